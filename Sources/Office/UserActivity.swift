import GRDB

/// An activity the agency authorised a user for, with the authorisation number and the cheque price code.
public struct UserActivity: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "userActivity"
  public var userId: String
  public var activity: String
  /// The agency's authorisation number (seed: "numéro d'autorisation").
  public var authorisation: String?
  /// The cheque price code for this user's jobs of this activity (`TE` … `TK`); nil: the agency's.
  public var chequeCode: String?

  /// A record with these fields (ids and dates as the register stores them).
  public init(userId: String, activity: String, authorisation: String? = nil, chequeCode: String? = nil) {
    self.userId = userId
    self.activity = activity
    self.authorisation = authorisation
    self.chequeCode = chequeCode
  }

  /// The table's columns, for queries.

  public enum Columns {
    public static let userId = Column(CodingKeys.userId)
    public static let activity = Column(CodingKeys.activity)
  }
}
