import GRDB

/// A worker in the register: who they are, where they live, what they may do.
///
/// Dates are ISO text (`YYYY-MM-DD`); `lat`/`lon` nil means "at the commune's
/// centre" (the bundled postcode table, an approximate place). The weekly
/// pattern, absences and extra availability are rows of their own.
public struct WorkerRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "worker"
  public var id: String
  public var agencyId: String
  public var name: String?
  public var phone: String?
  public var street: String?
  public var postcode: String?
  public var commune: String?
  public var note: String?
  public var lat: Double?
  public var lon: Double?
  public var birthDate: String
  /// On the social integration income (RIS), paid through `cpas`.
  public var ris: Bool
  /// The CPAS that pays a RIS worker (`cpas-namur`); nil: the CPAS of the worker's agency.
  public var cpas: String?
  public var unemployedSince: String?
  public var jobSeekerSince: String?
  /// Activities the agency authorised, by id.
  public var activities: [String]
  /// One-way road km the worker accepts; nil: the policy's default.
  public var maxDistanceKm: Double?
  public var maxHoursPerWeek: Double?
  /// Archived workers are kept (their history and ledger stay) but never planned.
  public var archived: Bool

  /// A record with these fields (ids and dates as the register stores them).
  public init(
    id: String, agencyId: String, name: String? = nil, phone: String? = nil, street: String? = nil, postcode: String? = nil,
    commune: String? = nil, note: String? = nil, lat: Double? = nil, lon: Double? = nil, birthDate: String, ris: Bool = false,
    cpas: String? = nil, unemployedSince: String? = nil, jobSeekerSince: String? = nil, activities: [String] = [],
    maxDistanceKm: Double? = nil, maxHoursPerWeek: Double? = nil, archived: Bool = false
  ) {
    self.id = id
    self.agencyId = agencyId
    self.name = name
    self.phone = phone
    self.street = street
    self.postcode = postcode
    self.commune = commune
    self.note = note
    self.lat = lat
    self.lon = lon
    self.birthDate = birthDate
    self.ris = ris
    self.cpas = cpas
    self.unemployedSince = unemployedSince
    self.jobSeekerSince = jobSeekerSince
    self.activities = activities
    self.maxDistanceKm = maxDistanceKm
    self.maxHoursPerWeek = maxHoursPerWeek
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
