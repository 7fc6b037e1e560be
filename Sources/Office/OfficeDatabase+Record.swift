import GRDB
import Matcher

extension OfficeDatabase {
  /// Records what happened in a published week: the ledger then holds it, and the week is recorded.
  ///
  /// `outcomes` name assignments of the published plan (request and worker);
  /// the others are done as planned (`allDone` is an empty list). A done
  /// assignment adds its (worker, user) pair to the history. Recording a
  /// recorded week again corrects it.
  /// - Throws: `OfficeError.invalid` listing every outcome that names no
  ///   assignment of the week or has impossible hours (nothing written);
  ///   `.wrongState` if the week is not published.
  public func recordWeek(monday: Day, outcomes: [AssignmentOutcome] = [], by: String) throws {
    try Self.requireMonday(monday)
    try writer.write { db in
      guard var week = try WeekRecord.fetchOne(db, key: monday.description), week.state != .draft else {
        throw OfficeError.wrongState("week \(monday) is not published: there is nothing to record (match-cli office publish --week \(monday))")
      }
      let entries = try LedgerEntry.filter(LedgerEntry.Columns.weekMonday == monday.description).order(LedgerEntry.Columns.date, Column("start"), LedgerEntry.Columns.workerId).fetchAll(db)
      var byKey: [String: Int] = [:]
      for (index, entry) in entries.enumerated() { byKey[entry.request + "\u{0}" + entry.workerId] = index }
      var problems: [String] = []
      var chosen: [Int: AssignmentOutcome] = [:]
      for (line, outcome) in outcomes.enumerated() {
        let label = "\(outcome.source ?? "outcome \(line + 1)") (\(outcome.request), \(outcome.worker))"
        guard let index = byKey[outcome.request + "\u{0}" + outcome.worker] else {
          let knownWorker = try WorkerRecord.exists(db, key: outcome.worker)
          problems.append(knownWorker
            ? "\(label): no assignment of request \(outcome.request) to worker \(outcome.worker) in the week of \(monday)"
            : "\(label): unknown worker \(outcome.worker)")
          continue
        }
        if let hours = outcome.hours, !(hours >= 0 && hours <= 24) { problems.append("\(label): hours \(hours) is not between 0 and 24") }
        if outcome.state == .planned { problems.append("\(label): state must be done, no_show or cancelled") }
        if chosen[index] != nil { problems.append("\(label): the assignment is listed twice") }
        chosen[index] = outcome
      }
      guard problems.isEmpty else { throw OfficeError.invalid(problems) }
      for (index, var entry) in entries.enumerated() {
        let outcome = chosen[index]
        let state = outcome?.state ?? .done
        let hours = state == .done ? (outcome?.hours ?? entry.plannedHours) : 0
        guard entry.state != state || entry.hours != hours else { continue }
        let old = "\(entry.state.rawValue) \(JSONWriter.format(entry.hours)) h"
        entry.state = state
        entry.hours = hours
        try entry.update(db)
        try AuditTrail.note(db, by: by, action: "record", entity: "ledger", id: "\(monday)/\(entry.request)/\(entry.workerId)", old: old, new: "\(state.rawValue) \(JSONWriter.format(hours)) h")
      }
      for (index, entry) in entries.enumerated() where (chosen[index]?.state ?? .done) == .done {
        try HistoryRecord(workerId: entry.workerId, userId: entry.userId, source: "done", since: entry.date).insert(db, onConflict: .ignore)
      }
      let oldState = week.state
      week.state = .recorded
      week.recordedAt = AuditTrail.timestamp()
      try week.update(db)
      try AuditTrail.note(db, by: by, action: "record", entity: "week", id: monday.description, old: oldState.rawValue, new: "recorded, \(outcomes.count) exceptions")
    }
  }

  /// The ledger rows of a week, by date, start and worker.
  public func ledger(monday: Day) throws -> [LedgerEntry] {
    try writer.read { db in
      try LedgerEntry.filter(LedgerEntry.Columns.weekMonday == monday.description).order(LedgerEntry.Columns.date, Column("start"), LedgerEntry.Columns.workerId, LedgerEntry.Columns.request).fetchAll(db)
    }
  }

  /// Sets or replaces a pin for a week: `worker` does occurrence `request` on `date` at `start`.
  public func setPin(_ pin: PinRecord, by: String) throws {
    try writer.write { db in
      var checks = RecordChecks(rules: BundledRules.rules)
      checks.date(pin.week, "week", required: true)
      if let monday = Day(iso: pin.week), monday.weekday != 1 { checks.add("week", "\(monday) is not a Monday", fr: "\(monday) n'est pas un lundi") }
      checks.date(pin.date, "date", required: true)
      if TimeOfDay(pin.start, allowEndOfDay: false) == nil { checks.add("start", "\"\(pin.start)\" is not a time (HH:MM)", fr: "« \(pin.start) » n'est pas une heure (HH:MM)") }
      try checks.exists(WorkerRecord.self, pin.worker, "worker", db)
      let base = pin.request.split(separator: "@").first.map(String.init) ?? pin.request
      try checks.exists(RequestRecord.self, base, "request", db)
      try checks.finish()
      try pin.save(db)
      try AuditTrail.note(db, by: by, action: "pin", entity: "week", id: pin.week, old: nil as PinRecord?, new: pin)
    }
  }

  /// Removes a week's pin of `request` on `worker`.
  public func clearPin(week: Day, request: String, worker: String, by: String) throws {
    try writer.write { db in
      guard let pin = try PinRecord.fetchOne(db, key: ["week": week.description, "request": request, "worker": worker]) else { return }
      _ = try pin.delete(db)
      try AuditTrail.note(db, by: by, action: "unpin", entity: "week", id: week.description, old: pin, new: nil as PinRecord?)
    }
  }

  /// The pins of a week, by request then worker.
  public func pins(week: Day) throws -> [PinRecord] {
    try writer.read { db in
      try PinRecord.filter(PinRecord.Columns.week == week.description).order(Column("request"), Column("worker")).fetchAll(db)
    }
  }
}
