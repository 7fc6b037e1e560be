import GRDB

/// A login of the web app: a unique name and a bcrypt hash (never the password).
public struct AccountRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "account"
  public var name: String
  public var passwordHash: String
  /// UTC, ISO 8601.
  public var created: String

  /// The table's columns, for queries.

  public enum Columns {
    public static let name = Column(CodingKeys.name)
  }
}
