import GRDB

/// A request in the register: one-off (dated windows, rows of `RequestWindow`)
/// or recurring (an RFC 5545 `rrule` from `dtstart`, each occurrence's window
/// `from`–`to`, skipped dates in `RequestExdate`).
///
/// A recurring request becomes one scenario request per occurrence in the
/// exported week, with id `ID@DATE` (`r-school@2026-11-24`).
public struct RequestRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "request"
  public var id: String
  public var userId: String
  public var activity: String
  public var hours: Double
  public var seats: Int
  public var priority: Int
  /// Where the job is done; nil: at the user's.
  public var lat: Double?
  public var lon: Double?
  public var preferredWorkers: [String]
  public var excludedWorkers: [String]
  /// `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630`; nil for a one-off request.
  public var rrule: String?
  /// First date of the recurrence (ISO).
  public var dtstart: String?
  /// Each occurrence's window, `HH:MM`.
  public var from: String?
  public var to: String?
  public var note: String?
  public var archived: Bool

  /// A record with these fields (ids and dates as the register stores them).
  public init(
    id: String, userId: String, activity: String, hours: Double, seats: Int = 1, priority: Int = 1, lat: Double? = nil,
    lon: Double? = nil, preferredWorkers: [String] = [], excludedWorkers: [String] = [], rrule: String? = nil,
    dtstart: String? = nil, from: String? = nil, to: String? = nil, note: String? = nil, archived: Bool = false
  ) {
    self.id = id
    self.userId = userId
    self.activity = activity
    self.hours = hours
    self.seats = seats
    self.priority = priority
    self.lat = lat
    self.lon = lon
    self.preferredWorkers = preferredWorkers
    self.excludedWorkers = excludedWorkers
    self.rrule = rrule
    self.dtstart = dtstart
    self.from = from
    self.to = to
    self.note = note
    self.archived = archived
  }

  /// Whether the request repeats (has an `rrule`).
  public var isRecurring: Bool { rrule != nil }

  /// The table's columns, for queries.

  public enum Columns {
    public static let id = Column(CodingKeys.id)
    public static let userId = Column(CodingKeys.userId)
    public static let archived = Column(CodingKeys.archived)
    public static let rrule = Column(CodingKeys.rrule)
  }
}
