import GRDB

/// One dated window of a one-off request.
public struct RequestWindow: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "requestWindow"
  public var id: Int64?
  public var requestId: String
  public var date: String
  public var from: String
  public var to: String

  /// A record with these fields (ids and dates as the register stores them).
  public init(id: Int64? = nil, requestId: String, date: String, from: String, to: String) {
    self.id = id
    self.requestId = requestId
    self.date = date
    self.from = from
    self.to = to
  }

  /// Keeps the row id SQLite gave the new row.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// The table's columns, for queries.

  public enum Columns {
    public static let requestId = Column(CodingKeys.requestId)
    public static let date = Column(CodingKeys.date)
  }
}
