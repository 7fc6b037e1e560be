import GRDB
import Matcher

extension OfficeDatabase {
  /// Requests whose id, user or activity contains `search`, sorted by id; archived ones only when asked.
  public func requests(search: String? = nil, includeArchived: Bool = false) throws -> [RequestRecord] {
    try list(RequestRecord.self, search: search, in: ["id", "userId", "activity"], includeArchived: includeArchived)
  }

  /// One request with its windows and skipped dates; nil if unknown.
  public func request(id: String) throws -> RequestDetail? {
    try writer.read { db in try requestDetail(id, db) }
  }

  func requestDetail(_ id: String, _ db: Database) throws -> RequestDetail? {
    guard let request = try RequestRecord.fetchOne(db, key: id) else { return nil }
    return RequestDetail(
      request: request,
      windows: try RequestWindow.filter(RequestWindow.Columns.requestId == id).order(RequestWindow.Columns.date, Column("from")).fetchAll(db),
      exdates: try RequestExdate.filter(RequestExdate.Columns.requestId == id).order(RequestExdate.Columns.date).fetchAll(db))
  }

  /// Adds a request (one-off with dated windows, or recurring with an RRULE) or replaces one, in one transaction.
  /// - Throws: `OfficeError.fields` with every problem of the form (nothing written).
  public func saveRequest(_ detail: RequestDetail, by: String) throws {
    try writer.write { db in try saveRequest(detail, by: by, db) }
  }

  func saveRequest(_ detail: RequestDetail, by: String, _ db: Database) throws {
    var checks = RecordChecks(rules: try registerRules(db))
    try checks.request(detail, db)
    try checks.finish()
    var detail = detail
    if let rrule = detail.request.rrule, let rule = try? RecurrenceRule(parsing: rrule) {
      detail.request.rrule = rule.description  // one spelling for the same rule
    }
    let old = try requestDetail(detail.request.id, db)
    try detail.request.save(db)
    let id = detail.request.id
    try RequestWindow.filter(RequestWindow.Columns.requestId == id).deleteAll(db)
    try RequestExdate.filter(RequestExdate.Columns.requestId == id).deleteAll(db)
    for var window in detail.windows {
      window.id = nil
      window.requestId = id
      try window.insert(db)
    }
    for var exdate in detail.exdates {
      exdate.requestId = id
      try exdate.insert(db, onConflict: .ignore)
    }
    try AuditTrail.note(db, by: by, action: old == nil ? "add" : "update", entity: "request", id: id, old: old.map(AuditedRequest.init), new: AuditedRequest(detail))
  }

  /// Adds a one-off request on dated windows (`date`, `from`, `to`).
  public func addOneOffRequest(_ request: RequestRecord, windows: [(date: String, from: String, to: String)], by: String) throws {
    var record = request
    record.rrule = nil
    let rows = windows.map { RequestWindow(requestId: request.id, date: $0.date, from: $0.from, to: $0.to) }
    try saveRequest(RequestDetail(request: record, windows: rows), by: by)
  }

  /// Skips one occurrence of a recurring request (adds an `EXDATE`).
  public func skipOccurrence(request id: String, date: String, by: String) throws {
    try writer.write { db in
      guard let request = try RequestRecord.fetchOne(db, key: id) else { throw OfficeError.fields([FieldProblem("request", "\"\(id)\" is not in the register")]) }
      guard request.rrule != nil else { throw OfficeError.fields([FieldProblem("request", "\(id) is not recurring")]) }
      var checks = RecordChecks(rules: BundledRules.rules)
      checks.date(date, "date", required: true)
      try checks.finish()
      try RequestExdate(requestId: id, date: date).insert(db, onConflict: .ignore)
      try AuditTrail.note(db, by: by, action: "skip", entity: "request", id: id, old: nil, new: date)
    }
  }

  /// Archives a request: no longer exported or planned, kept for the ledger.
  public func archiveRequest(id: String, by: String) throws {
    try setArchived(RequestRecord.self, entity: "request", id: id, archived: true, by: by)
  }
}

/// A request and its rows as the audit trail keeps them.
struct AuditedRequest: Encodable {
  var request: RequestRecord
  var windows: [String]
  var exdates: [String]
  init(_ detail: RequestDetail) {
    request = detail.request
    windows = detail.windows.map { "\($0.date) \($0.from)-\($0.to)" }
    exdates = detail.exdates.map(\.date)
  }
}
