import GRDB
import Matcher

/// What an import added or changed, for the command's summary.
public struct ImportSummary: Hashable, Sendable {
  public var agencies = 0
  public var workers = 0
  public var users = 0
  public var requests = 0
  public var history = 0
  public var pins = 0
  public var openingBalances = 0
}

extension OfficeDatabase {
  /// Loads an `ale-scenario/1` week into the register, in one transaction.
  ///
  /// Agencies, workers, users and requests are added or replaced by id
  /// (requests as one-off, with their dated windows); each worker's dated
  /// availability becomes their weekly pattern (by weekday); `history` pairs
  /// are added; `pinned` become the week's pins; each worker's `worked`
  /// months become opening balances (replacing those of the same month); the
  /// scenario's `rules` and `policy` overrides become the register's.
  /// Records the planning would reject (an ineligible worker) are kept.
  /// - Throws: `OfficeError.invalid` with every problem of the scenario (nothing written).
  @discardableResult
  public func importScenario(_ bytes: [UInt8], by: String) throws -> ImportSummary {
    let scenario: Scenario
    do {
      scenario = try Scenario.load(bytes)
    } catch {
      throw OfficeError.invalid(error.issues.map(\.description))
    }
    let overrides = try? JSONValue.parse(bytes)
    return try writer.write { db in
      var summary = ImportSummary()
      for agency in scenario.agencies {
        try save(RegisterMapping.record(agency), in: db, by: by, entity: "agency", id: agency.id.rawValue)
        summary.agencies += 1
      }
      for worker in scenario.workers {
        try save(RegisterMapping.record(worker), in: db, by: by, entity: "worker", id: worker.id.rawValue)
        try WorkerSlot.filter(WorkerSlot.Columns.workerId == worker.id.rawValue).deleteAll(db)
        for var slot in RegisterMapping.slots(worker) { try slot.insert(db) }
        for month in worker.worked {
          try OpeningBalance.filter(OpeningBalance.Columns.workerId == worker.id.rawValue && OpeningBalance.Columns.month == month.month.description).deleteAll(db)
          for capClass in CapClass.allCases where month[capClass] != 0 {
            try OpeningBalance(workerId: worker.id.rawValue, month: month.month.description, capClass: capClass.rawValue, hours: month[capClass]).insert(db)
            summary.openingBalances += 1
          }
        }
        summary.workers += 1
      }
      for user in scenario.users {
        try save(RegisterMapping.record(user), in: db, by: by, entity: "user", id: user.id.rawValue)
        summary.users += 1
      }
      for request in scenario.requests {
        let user = scenario.user(request.user)
        try save(RegisterMapping.record(request, user: user), in: db, by: by, entity: "request", id: request.id.rawValue)
        try RequestWindow.filter(RequestWindow.Columns.requestId == request.id.rawValue).deleteAll(db)
        for span in request.windows {
          var window = RequestWindow(requestId: request.id.rawValue, date: span.date.description, from: span.from.description, to: span.to.description)
          try window.insert(db)
        }
        summary.requests += 1
      }
      for pair in scenario.history {
        let record = HistoryRecord(workerId: pair.worker.rawValue, userId: pair.user.rawValue, source: "import")
        if try !record.exists(db) {
          try record.insert(db)
          try AuditTrail.note(db, by: by, action: "import", entity: "history", id: "\(pair.worker)/\(pair.user)", old: nil as String?, new: record)
          summary.history += 1
        }
      }
      let monday = scenario.weekStart.description
      try PinRecord.filter(PinRecord.Columns.week == monday).deleteAll(db)
      for pin in scenario.pinned {
        try PinRecord(week: monday, request: pin.request.rawValue, worker: pin.worker.rawValue, date: pin.date.description, start: pin.start.description).insert(db)
        summary.pins += 1
      }
      for key in ["rules", "policy"] {
        guard case .object(let object)? = overrides.flatMap({ root -> JSONValue? in
          if case .object(let members) = root { return members[key] }
          return nil
        }) else { continue }
        let text = JSONWriter.string(.object(object))
        let old = try SettingRecord.fetchOne(db, key: key)?.value
        if old != text {
          try SettingRecord(key: key, value: text).save(db)
          try AuditTrail.note(db, by: by, action: "import", entity: "setting", id: key, old: old, new: text)
        }
      }
      return summary
    }
  }

  /// Inserts or replaces `record`, with an audit entry when it is new or changed.
  func save<Record: PersistableRecord & FetchableRecord & Encodable & Equatable>(
    _ record: Record, in db: Database, by: String, entity: String, id: String, action: String = "import"
  ) throws {
    let old = try Record.fetchOne(db, key: ["id": id])
    guard old != record else { return }
    try record.save(db)
    try AuditTrail.note(db, by: by, action: action, entity: entity, id: id, old: old, new: record)
  }
}
