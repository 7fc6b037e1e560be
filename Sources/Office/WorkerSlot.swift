import GRDB

/// One interval of a worker's weekly availability pattern: every `weekday` (1 Monday … 7 Sunday) from `from` to `to`.
public struct WorkerSlot: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "workerSlot"
  public var id: Int64?
  public var workerId: String
  public var weekday: Int
  /// `HH:MM`.
  public var from: String
  /// `HH:MM`, `24:00` allowed.
  public var to: String

  /// A record with these fields (ids and dates as the register stores them).
  public init(id: Int64? = nil, workerId: String, weekday: Int, from: String, to: String) {
    self.id = id
    self.workerId = workerId
    self.weekday = weekday
    self.from = from
    self.to = to
  }

  /// Keeps the row id SQLite gave the new row.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// The table's columns, for queries.

  public enum Columns {
    public static let workerId = Column(CodingKeys.workerId)
    public static let weekday = Column(CodingKeys.weekday)
    public static let from = Column(CodingKeys.from)
  }
}
