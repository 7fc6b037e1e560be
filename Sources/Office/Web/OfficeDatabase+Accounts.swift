import GRDB

extension OfficeDatabase {
  /// How many accounts can log in to the web app (0: loopback only, no login).
  public func accountCount() throws -> Int {
    try writer.read { db in try AccountRecord.fetchCount(db) }
  }

  /// The bcrypt hash stored for `name`; nil when there is no such account.
  public func passwordHash(of name: String) throws -> String? {
    try writer.read { db in try AccountRecord.fetchOne(db, key: ["name": name])?.passwordHash }
  }

  /// Adds an account, or replaces its password hash; audited without the hash itself.
  ///
  /// - Parameter passwordHash: a bcrypt hash made by the caller; the password never reaches the register.
  /// - Throws: `OfficeError.invalid` for an empty name or a hash that is not bcrypt's.
  public func addAccount(name: String, passwordHash: String, by: String) throws {
    var problems: [String] = []
    if name.isEmpty || name.count > 64 || name.contains(where: { $0.isWhitespace || $0.isNewline }) {
      problems.append("name: \"\(name)\" must be 1 to 64 characters without spaces")
    }
    if !passwordHash.hasPrefix("$2") { problems.append("passwordHash: not a bcrypt hash") }
    guard problems.isEmpty else { throw OfficeError.invalid(problems) }
    try writer.write { db in
      let existed = try AccountRecord.fetchOne(db, key: ["name": name]) != nil
      try AccountRecord(name: name, passwordHash: passwordHash, created: AuditTrail.timestamp()).save(db)
      try AuditTrail.note(db, by: by, action: existed ? "password" : "create", entity: "account", id: name, old: nil, new: nil)
    }
  }
}
