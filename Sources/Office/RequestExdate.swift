import GRDB

/// A date a recurring request skips (RFC 5545 `EXDATE`).
public struct RequestExdate: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "requestExdate"
  public var requestId: String
  public var date: String

  /// A record with these fields (ids and dates as the register stores them).
  public init(requestId: String, date: String) {
    self.requestId = requestId
    self.date = date
  }

  /// The table's columns, for queries.

  public enum Columns {
    public static let requestId = Column(CodingKeys.requestId)
    public static let date = Column(CodingKeys.date)
  }
}
