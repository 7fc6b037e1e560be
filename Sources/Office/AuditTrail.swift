import Foundation
import GRDB
import Matcher

/// Writes the audit trail inside the transaction of the change it describes.
///
/// Old and new values are JSON of the record (or of the fields that changed),
/// keys sorted, so that the trail reads the same on every machine.
enum AuditTrail {
  /// Now, UTC, to the second (`2026-11-30T08:12:03Z`).
  ///
  /// Matcher's `Day` does the calendar: no formatter to build for each of the
  /// thousands of entries an import writes.
  static func timestamp(_ date: Date = Date()) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let day = Day(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    let time = seconds - day.ordinal * 86_400
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(day)T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
  }

  /// JSON text of `value`, keys sorted; nil for nil.
  static func json<T: Encodable>(_ value: T?) -> String? {
    guard let value else { return nil }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  /// Records one change.
  static func note<Old: Encodable, New: Encodable>(
    _ db: Database, by: String, action: String, entity: String, id: String, old: Old?, new: New?
  ) throws {
    var entry = AuditEntry(at: timestamp(), by: by, action: action, entity: entity, entityId: id, old: json(old), new: json(new))
    try entry.insert(db)
  }

  /// Records one change described by plain text on both sides.
  static func note(_ db: Database, by: String, action: String, entity: String, id: String, old: String?, new: String?) throws {
    var entry = AuditEntry(at: timestamp(), by: by, action: action, entity: entity, entityId: id, old: old, new: new)
    try entry.insert(db)
  }
}

extension OfficeDatabase {
  /// The audit trail, newest first; only the changes of `entity` (and `id`) when given.
  public func auditTrail(entity: String? = nil, id: String? = nil, limit: Int = 200) throws -> [AuditEntry] {
    try writer.read { db in
      var request = AuditEntry.order(AuditEntry.Columns.id.desc)
      if let entity { request = request.filter(AuditEntry.Columns.entity == entity) }
      if let id { request = request.filter(AuditEntry.Columns.entityId == id) }
      return try request.limit(limit).fetchAll(db)
    }
  }
}
