import GRDB

/// A planned week: draft → published → recorded, with its plans kept whole.
///
/// Its documents (the last `office plan`'s `ale-plan/1` and the
/// `ale-scenario/1` it was planned on, then the published ones) are kept
/// whole, deflated, in `WeekDocument`; the same assignments are rows of
/// `WeekAssignment`, and published ones rows of the ledger.
public struct WeekRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "week"

  /// Where a week stands.
  public enum State: String, Codable, Hashable, Sendable, DatabaseValueConvertible {
    case draft, published, recorded
  }

  /// The Monday, ISO.
  public var monday: String
  public var state: State
  /// UTC timestamps (ISO 8601) of the last plan, publication and record.
  public var plannedAt: String?
  public var publishedAt: String?
  public var recordedAt: String?

  /// A record with these fields (ids and dates as the register stores them).
  public init(monday: String, state: State) {
    self.monday = monday
    self.state = state
  }

  /// The table's columns, for queries.

  public enum Columns {
    public static let monday = Column(CodingKeys.monday)
    public static let state = Column(CodingKeys.state)
  }
}
