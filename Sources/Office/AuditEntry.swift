import GRDB

/// One change to the register: what (`action` on `entity` `entityId`), old → new, when, by whom.
///
/// `old` and `new` are JSON text of the fields that changed (nil for a
/// creation's old side or a deletion's new side).
public struct AuditEntry: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "auditEntry"
  public var id: Int64?
  /// UTC, ISO 8601 (`2026-11-30T08:12:03Z`).
  public var at: String
  public var by: String
  public var action: String
  public var entity: String
  public var entityId: String
  public var old: String?
  public var new: String?

  /// Keeps the row id SQLite gave the new row.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// The table's columns, for queries.

  public enum Columns {
    public static let id = Column(CodingKeys.id)
    public static let entity = Column(CodingKeys.entity)
    public static let entityId = Column(CodingKeys.entityId)
  }
}
