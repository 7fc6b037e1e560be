import GRDB

/// Hours a worker worked in a month before the register started, by cap class.
public struct OpeningBalance: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "openingBalance"
  public var workerId: String
  /// `YYYY-MM`.
  public var month: String
  public var capClass: String
  public var hours: Double

  /// A record with these fields (ids and dates as the register stores them).
  public init(workerId: String, month: String, capClass: String, hours: Double) {
    self.workerId = workerId
    self.month = month
    self.capClass = capClass
    self.hours = hours
  }

  /// The table's columns, for queries.

  public enum Columns {
    public static let workerId = Column(CodingKeys.workerId)
    public static let month = Column(CodingKeys.month)
  }
}
