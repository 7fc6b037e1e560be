import GRDB
import Matcher

extension OfficeDatabase {
  /// Agencies, sorted by id.
  public func agencies() throws -> [AgencyRecord] {
    try writer.read { db in try AgencyRecord.order(AgencyRecord.Columns.id).fetchAll(db) }
  }

  /// Users whose id or name contains `search` (any case), sorted by id; archived ones only when asked.
  public func users(search: String? = nil, includeArchived: Bool = false) throws -> [UserRecord] {
    try list(UserRecord.self, search: search, in: ["id", "name"], includeArchived: includeArchived)
  }

  /// One user with their authorised activities; nil if unknown.
  public func user(id: String) throws -> UserDetail? {
    try writer.read { db in try userDetail(id, db) }
  }

  func userDetail(_ id: String, _ db: Database) throws -> UserDetail? {
    guard let user = try UserRecord.fetchOne(db, key: id) else { return nil }
    let activities = try UserActivity.filter(UserActivity.Columns.userId == id).order(UserActivity.Columns.activity).fetchAll(db)
    return UserDetail(user: user, activities: activities)
  }

  /// Adds a user or replaces one (and their authorised activities), in one transaction.
  /// - Throws: `OfficeError.fields` with every problem of the form (nothing written).
  public func saveUser(_ detail: UserDetail, by: String) throws {
    try writer.write { db in try saveUser(detail, by: by, db) }
  }

  func saveUser(_ detail: UserDetail, by: String, _ db: Database) throws {
    var checks = RecordChecks(rules: try registerRules(db))
    try checks.user(detail, db)
    try checks.finish()
    let old = try userDetail(detail.user.id, db)
    try detail.user.save(db)
    try UserActivity.filter(UserActivity.Columns.userId == detail.user.id).deleteAll(db)
    for var activity in detail.activities {
      activity.userId = detail.user.id
      try activity.insert(db)
    }
    try AuditTrail.note(db, by: by, action: old == nil ? "add" : "update", entity: "user", id: detail.user.id, old: old.map(AuditedUser.init), new: AuditedUser(detail))
  }

  /// Archives a user: kept with their history, their requests no longer planned.
  public func archiveUser(id: String, by: String) throws {
    try setArchived(UserRecord.self, entity: "user", id: id, archived: true, by: by)
  }

  /// Deletes a user with no history, no ledger row and no request; else archives them.
  public func removeUser(id: String, by: String) throws -> Removal {
    try writer.write { db in
      guard let user = try UserRecord.fetchOne(db, key: id) else { throw OfficeError.invalid(["user \(id): not in the register"]) }
      let used = try HistoryRecord.filter(HistoryRecord.Columns.userId == id).fetchCount(db) > 0
        || LedgerEntry.filter(LedgerEntry.Columns.userId == id).fetchCount(db) > 0
        || RequestRecord.filter(RequestRecord.Columns.userId == id).fetchCount(db) > 0
      if used {
        try setArchived(UserRecord.self, entity: "user", id: id, archived: true, by: by, db)
        return .archived
      }
      _ = try user.delete(db)
      try AuditTrail.note(db, by: by, action: "delete", entity: "user", id: id, old: user, new: nil as UserRecord?)
      return .deleted
    }
  }
}

/// A user and their activities as the audit trail keeps them.
struct AuditedUser: Encodable {
  var user: UserRecord
  var activities: [UserActivity]
  init(_ detail: UserDetail) {
    user = detail.user
    activities = detail.activities
  }
}

extension OfficeDatabase {
  /// Adds or replaces an agency.
  /// - Throws: `OfficeError.fields` for an empty id or an unknown cheque code.
  public func saveAgency(_ agency: AgencyRecord, by: String) throws {
    try writer.write { db in
      var checks = RecordChecks(rules: try registerRules(db))
      checks.id(agency.id)
      checks.chequeCode(agency.chequeDefault, "chequeDefault")
      for activity in agency.chequeByActivity.keys.sorted() {
        checks.activities([activity], "chequeByActivity")
        checks.chequeCode(agency.chequeByActivity[activity], "chequeByActivity.\(activity)")
      }
      try checks.finish()
      try save(agency, in: db, by: by, entity: "agency", id: agency.id, action: "save")
    }
  }
}
