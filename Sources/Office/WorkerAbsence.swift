import GRDB

/// Days a worker is away (`first` … `last`, both included): the pattern gives nothing on them.
public struct WorkerAbsence: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "workerAbsence"
  public var id: Int64?
  public var workerId: String
  public var first: String
  public var last: String
  public var note: String?

  /// A record with these fields (ids and dates as the register stores them).
  public init(id: Int64? = nil, workerId: String, first: String, last: String, note: String? = nil) {
    self.id = id
    self.workerId = workerId
    self.first = first
    self.last = last
    self.note = note
  }

  /// Keeps the row id SQLite gave the new row.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// The table's columns, for queries.

  public enum Columns {
    public static let workerId = Column(CodingKeys.workerId)
    public static let first = Column(CodingKeys.first)
    public static let last = Column(CodingKeys.last)
  }
}
