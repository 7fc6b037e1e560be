import GRDB

/// One-off availability beyond the weekly pattern: `date` from `from` to `to`.
public struct WorkerExtra: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "workerExtra"
  public var id: Int64?
  public var workerId: String
  public var date: String
  public var from: String
  public var to: String

  /// A record with these fields (ids and dates as the register stores them).
  public init(id: Int64? = nil, workerId: String, date: String, from: String, to: String) {
    self.id = id
    self.workerId = workerId
    self.date = date
    self.from = from
    self.to = to
  }

  /// Keeps the row id SQLite gave the new row.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// The table's columns, for queries.

  public enum Columns {
    public static let workerId = Column(CodingKeys.workerId)
    public static let date = Column(CodingKeys.date)
  }
}
