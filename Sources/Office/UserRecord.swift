import GRDB

/// A user in the register (household, school, association, commune, farm).
public struct UserRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "user"
  public var id: String
  public var agencyId: String
  /// `private`, `school`, `nonprofit`, `local_authority`, `agriculture`, `horticulture`.
  public var kind: String
  public var name: String?
  public var phone: String?
  public var street: String?
  public var postcode: String?
  public var commune: String?
  public var note: String?
  /// nil: at the commune's centre (approximate).
  public var lat: Double?
  public var lon: Double?
  public var archived: Bool

  /// A record with these fields (ids and dates as the register stores them).
  public init(
    id: String, agencyId: String, kind: String, name: String? = nil, phone: String? = nil, street: String? = nil,
    postcode: String? = nil, commune: String? = nil, note: String? = nil, lat: Double? = nil, lon: Double? = nil,
    archived: Bool = false
  ) {
    self.id = id
    self.agencyId = agencyId
    self.kind = kind
    self.name = name
    self.phone = phone
    self.street = street
    self.postcode = postcode
    self.commune = commune
    self.note = note
    self.lat = lat
    self.lon = lon
    self.archived = archived
  }

  /// The table's columns, for queries.

  public enum Columns {
    public static let id = Column(CodingKeys.id)
    public static let agencyId = Column(CodingKeys.agencyId)
    public static let name = Column(CodingKeys.name)
    public static let archived = Column(CodingKeys.archived)
  }
}
