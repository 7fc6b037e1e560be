import GRDB

/// An agency (ALE) in the register: its name and address, and its cheque price codes.
public struct AgencyRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "agency"
  public var id: String
  public var name: String?
  public var phone: String?
  public var street: String?
  public var postcode: String?
  public var commune: String?
  public var note: String?
  /// The agency's default cheque price code (`TH`), nil for the rule set's default.
  public var chequeDefault: String?
  /// Per-activity price codes, by activity id.
  public var chequeByActivity: [String: String]

  /// A record with these fields (ids and dates as the register stores them).
  public init(
    id: String, name: String?, phone: String? = nil, street: String? = nil, postcode: String? = nil, commune: String? = nil,
    note: String? = nil, chequeDefault: String? = nil, chequeByActivity: [String: String] = [:]
  ) {
    self.id = id
    self.name = name
    self.phone = phone
    self.street = street
    self.postcode = postcode
    self.commune = commune
    self.note = note
    self.chequeDefault = chequeDefault
    self.chequeByActivity = chequeByActivity
  }

  /// The table's columns, for queries.

  public enum Columns {
    public static let id = Column(CodingKeys.id)
    public static let name = Column(CodingKeys.name)
  }
}
