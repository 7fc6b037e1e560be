import GRDB

/// A (worker, user) pair that worked together: continuity for the planning.
public struct HistoryRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "history"
  public var workerId: String
  public var userId: String
  /// `import` (from a scenario) or `done` (a recorded assignment).
  public var source: String
  /// The first date the pair worked together, when known.
  public var since: String?

  /// A record with these fields (ids and dates as the register stores them).
  public init(workerId: String, userId: String, source: String, since: String? = nil) {
    self.workerId = workerId
    self.userId = userId
    self.source = source
    self.since = since
  }

  /// The table's columns, for queries.

  public enum Columns {
    public static let workerId = Column(CodingKeys.workerId)
    public static let userId = Column(CodingKeys.userId)
  }
}
