import GRDB

/// An assignment the collaborator fixed for a week (the scenario's `pinned`).
public struct PinRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "pin"
  /// The Monday of the week, ISO.
  public var week: String
  /// The scenario's request id (`ID@DATE` for an occurrence).
  public var request: String
  public var worker: String
  public var date: String
  public var start: String

  /// A record with these fields (ids and dates as the register stores them).
  public init(week: String, request: String, worker: String, date: String, start: String) {
    self.week = week
    self.request = request
    self.worker = worker
    self.date = date
    self.start = start
  }

  /// The table's columns, for queries.

  public enum Columns {
    public static let week = Column(CodingKeys.week)
  }
}
