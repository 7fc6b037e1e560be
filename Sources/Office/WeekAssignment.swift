import GRDB

/// One assignment of a week's draft or published plan, as a row.
public struct WeekAssignment: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "weekAssignment"

  /// Which of the week's plans the row belongs to.
  public enum Version: String, Codable, Hashable, Sendable {
    case draft, published
  }

  public var weekMonday: String
  public var version: Version
  /// The scenario's request id (`ID@DATE` for an occurrence of a recurring request).
  public var request: String
  public var worker: String
  public var user: String
  public var activity: String
  public var capClass: String
  public var date: String
  public var start: String
  public var end: String
  public var hours: Double
  public var distanceKm: Double
  public var travelCostEUR: Double
  public var pinned: Bool

  /// The table's columns, for queries.

  public enum Columns {
    public static let weekMonday = Column(CodingKeys.weekMonday)
    public static let version = Column(CodingKeys.version)
  }
}
