import GRDB
import Matcher

extension OfficeDatabase {
  /// Workers whose id or name contains `search` (any case), sorted by id; archived ones only when asked.
  public func workers(search: String? = nil, includeArchived: Bool = false) throws -> [WorkerRecord] {
    try list(WorkerRecord.self, search: search, in: ["id", "name"], includeArchived: includeArchived)
  }

  /// Records of `type` sorted by id, unarchived unless asked, whose `columns` contain `search` (any case).
  func list<Record: FetchableRecord & TableRecord>(
    _ type: Record.Type, search: String?, in columns: [String], includeArchived: Bool
  ) throws -> [Record] {
    try writer.read { db in
      var request = type.order(Column("id"))
      if !includeArchived { request = request.filter(Column("archived") == false) }
      if let search, !search.isEmpty {
        let pattern = "%\(search)%"
        request = request.filter(columns.map { Column($0).like(pattern) }.joined(operator: .or))
      }
      return try request.fetchAll(db)
    }
  }

  /// One worker with their pattern, absences and extra availability; nil if unknown.
  public func worker(id: String) throws -> WorkerDetail? {
    try writer.read { db in try workerDetail(id, db) }
  }

  func workerDetail(_ id: String, _ db: Database) throws -> WorkerDetail? {
    guard let worker = try WorkerRecord.fetchOne(db, key: id) else { return nil }
    return WorkerDetail(
      worker: worker,
      slots: try WorkerSlot.filter(WorkerSlot.Columns.workerId == id).order(WorkerSlot.Columns.weekday, WorkerSlot.Columns.from).fetchAll(db),
      absences: try WorkerAbsence.filter(WorkerAbsence.Columns.workerId == id).order(WorkerAbsence.Columns.first).fetchAll(db),
      extras: try WorkerExtra.filter(WorkerExtra.Columns.workerId == id).order(WorkerExtra.Columns.date).fetchAll(db))
  }

  /// Adds a worker or replaces one (its pattern, absences and extras with the given ones), in one transaction.
  /// - Throws: `OfficeError.fields` with every problem of the form (nothing written).
  public func saveWorker(_ detail: WorkerDetail, by: String) throws {
    try writer.write { db in try saveWorker(detail, by: by, db) }
  }

  func saveWorker(_ detail: WorkerDetail, by: String, _ db: Database) throws {
    var checks = RecordChecks(rules: try registerRules(db))
    try checks.worker(detail, db)
    try checks.finish()
    let old = try workerDetail(detail.worker.id, db)
    try detail.worker.save(db)
    let id = detail.worker.id
    try WorkerSlot.filter(WorkerSlot.Columns.workerId == id).deleteAll(db)
    try WorkerAbsence.filter(WorkerAbsence.Columns.workerId == id).deleteAll(db)
    try WorkerExtra.filter(WorkerExtra.Columns.workerId == id).deleteAll(db)
    for var slot in detail.slots {
      slot.id = nil
      slot.workerId = id
      try slot.insert(db)
    }
    for var absence in detail.absences {
      absence.id = nil
      absence.workerId = id
      try absence.insert(db)
    }
    for var extra in detail.extras {
      extra.id = nil
      extra.workerId = id
      try extra.insert(db)
    }
    try AuditTrail.note(db, by: by, action: old == nil ? "add" : "update", entity: "worker", id: id, old: old.map(AuditedWorker.init), new: AuditedWorker(detail))
  }

  /// Archives a worker: kept with their history and hours, never planned again.
  public func archiveWorker(id: String, by: String) throws {
    try setArchived(WorkerRecord.self, entity: "worker", id: id, archived: true, by: by)
  }

  /// Deletes a worker who never worked (no history, no ledger row), else archives them.
  public func removeWorker(id: String, by: String) throws -> Removal {
    try writer.write { db in
      guard let worker = try WorkerRecord.fetchOne(db, key: id) else { throw OfficeError.invalid(["worker \(id): not in the register"]) }
      let used = try HistoryRecord.filter(HistoryRecord.Columns.workerId == id).fetchCount(db) > 0
        || LedgerEntry.filter(LedgerEntry.Columns.workerId == id).fetchCount(db) > 0
      if used {
        try setArchived(WorkerRecord.self, entity: "worker", id: id, archived: true, by: by, db)
        return .archived
      }
      try OpeningBalance.filter(OpeningBalance.Columns.workerId == id).deleteAll(db)
      _ = try worker.delete(db)
      try AuditTrail.note(db, by: by, action: "delete", entity: "worker", id: id, old: worker, new: nil as WorkerRecord?)
      return .deleted
    }
  }

  /// Adds an absence (`first` … `last`, ISO dates, both included).
  @discardableResult
  public func addAbsence(worker: String, first: String, last: String, note: String? = nil, by: String) throws -> WorkerAbsence {
    try writer.write { db in
      var absence = WorkerAbsence(workerId: worker, first: first, last: last, note: note)
      var checks = RecordChecks(rules: BundledRules.rules)
      try checks.exists(WorkerRecord.self, worker, "workerId", db)
      checks.absenceDates(absence, "absence")
      try checks.finish()
      try absence.insert(db)
      try AuditTrail.note(db, by: by, action: "add", entity: "absence", id: worker, old: nil as WorkerAbsence?, new: absence)
      return absence
    }
  }

  /// Removes an absence by its row id.
  public func removeAbsence(id: Int64, by: String) throws {
    try writer.write { db in
      guard let absence = try WorkerAbsence.fetchOne(db, key: id) else { throw OfficeError.invalid(["absence \(id): not in the register"]) }
      _ = try absence.delete(db)
      try AuditTrail.note(db, by: by, action: "delete", entity: "absence", id: absence.workerId, old: absence, new: nil as WorkerAbsence?)
    }
  }

  /// Adds one-off availability beyond the weekly pattern.
  @discardableResult
  public func addExtraAvailability(worker: String, date: String, from: String, to: String, by: String) throws -> WorkerExtra {
    try writer.write { db in
      var extra = WorkerExtra(workerId: worker, date: date, from: from, to: to)
      var checks = RecordChecks(rules: BundledRules.rules)
      try checks.exists(WorkerRecord.self, worker, "workerId", db)
      checks.date(date, "date", required: true)
      checks.times(from, to, "extra")
      try checks.finish()
      try extra.insert(db)
      try AuditTrail.note(db, by: by, action: "add", entity: "extra", id: worker, old: nil as WorkerExtra?, new: extra)
      return extra
    }
  }

  /// Sets `archived` on a worker, user or request, with an audit entry.
  func setArchived<Record: MutablePersistableRecord & FetchableRecord & TableRecord>(
    _ type: Record.Type, entity: String, id: String, archived: Bool, by: String, _ db: Database? = nil
  ) throws {
    let body = { (db: Database) throws in
      guard try type.exists(db, key: id) else { throw OfficeError.invalid(["\(entity) \(id): not in the register"]) }
      try db.execute(sql: "UPDATE \(type.databaseTableName) SET archived = ? WHERE id = ?", arguments: [archived, id])
      try AuditTrail.note(db, by: by, action: archived ? "archive" : "unarchive", entity: entity, id: id, old: String(!archived), new: String(archived))
    }
    if let db { try body(db) } else { try writer.write(body) }
  }
}

/// A worker and their rows as the audit trail keeps them.
struct AuditedWorker: Encodable {
  var worker: WorkerRecord
  var slots: [String]
  var absences: [String]
  var extras: [String]

  init(_ detail: WorkerDetail) {
    worker = detail.worker
    slots = detail.slots.map { "\($0.weekday) \($0.from)-\($0.to)" }
    absences = detail.absences.map { "\($0.first)..\($0.last)" }
    extras = detail.extras.map { "\($0.date) \($0.from)-\($0.to)" }
  }
}
