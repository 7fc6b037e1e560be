import Foundation
import GRDB

extension OfficeDatabase {
  /// Adds a web app login: a unique name and its password hash (bcrypt; the web app hashes, the register never sees a password).
  /// - Throws: `OfficeError.fields` for an empty or taken name, or an empty hash.
  public func addAccount(name: String, passwordHash: String, by: String) throws {
    try writer.write { db in
      var problems: [FieldProblem] = []
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { problems.append(FieldProblem("name", "a name is required")) }
      if try AccountRecord.exists(db, key: trimmed) { problems.append(FieldProblem("name", "\"\(trimmed)\" is already an account")) }
      if passwordHash.isEmpty { problems.append(FieldProblem("passwordHash", "a hash is required")) }
      guard problems.isEmpty else { throw OfficeError.fields(problems) }
      try AccountRecord(name: trimmed, passwordHash: passwordHash, created: AuditTrail.timestamp()).insert(db)
      try AuditTrail.note(db, by: by, action: "add", entity: "account", id: trimmed, old: nil, new: "created")
    }
  }

  /// The stored hash of an account, nil if there is no such account.
  public func passwordHash(account name: String) throws -> String? {
    try writer.read { db in try AccountRecord.fetchOne(db, key: name)?.passwordHash }
  }

  /// Every account, by name (hashes included: callers show names only).
  public func accounts() throws -> [AccountRecord] {
    try writer.read { db in try AccountRecord.order(AccountRecord.Columns.name).fetchAll(db) }
  }
}
