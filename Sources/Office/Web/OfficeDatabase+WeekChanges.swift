import GRDB
import Matcher

extension OfficeDatabase {
  /// The week the web app opens on: the latest planned week, else the week of the first dated request window, else `today`'s week.
  public func currentWeek(today: Day) throws -> Day {
    try writer.read { db in
      if let latest = try String.fetchOne(db, sql: "SELECT monday FROM week ORDER BY monday DESC LIMIT 1"), let day = Day(iso: latest) {
        return day
      }
      let first = try String.fetchOne(db, sql: "SELECT MIN(date) FROM requestWindow").flatMap { Day(iso: $0) }
      let day = first ?? today
      return day.adding(days: 1 - day.weekday)
    }
  }

  /// Pins `request` on `worker` at `date` `start` for the week, checking the pin against the rules; one transaction, audited.
  ///
  /// `setPin` checks only that the ids exist; the web app's pin button needs the
  /// refusal named before anything is stored, so this one also runs the loader's pin check.
  ///
  /// - Throws: `OfficeError.invalid` naming the rule the pin breaks (the loader's
  ///   own pin check, on the week as the register exports it); nothing written.
  public func addPin(monday: Day, request: String, worker: String, date: Day, start: String, by: String) throws {
    try Self.requireMonday(monday)
    try writer.write { db in
      try insertPin(monday: monday, request: request, worker: worker, date: date, start: start, db)
      try AuditTrail.note(db, by: by, action: "pin", entity: "week", id: monday.description, old: nil, new: "\(worker) \(date) \(start)")
    }
  }

  /// Gives `request` to `to` instead of `from` at the same date and start, pinned; one transaction.
  ///
  /// - Throws: `OfficeError.invalid` naming the rule the move breaks; nothing written.
  public func movePin(monday: Day, request: String, from: String, to: String, date: Day, start: String, by: String) throws {
    try Self.requireMonday(monday)
    try writer.write { db in
      try PinRecord.filter(PinRecord.Columns.week == monday.description && Column("request") == request && Column("worker") == from)
        .deleteAll(db)
      try insertPin(monday: monday, request: request, worker: to, date: date, start: start, db)
      try AuditTrail.note(db, by: by, action: "move", entity: "week", id: monday.description, old: "\(request) \(from)", new: "\(request) \(to) \(date) \(start)")
    }
  }

  /// Inserts a pin and checks the week still exports (its pins break no rule), inside the caller's transaction.
  private func insertPin(monday: Day, request: String, worker: String, date: Day, start: String, _ db: Database) throws {
    guard date >= monday, date <= monday.adding(days: 6) else {
      throw OfficeError.invalid(["date: \(date) is not in the week of \(monday)"])
    }
    try PinRecord(week: monday.description, request: request, worker: worker, date: date.description, start: start).save(db)
    do {
      _ = try exportWeek(monday: monday, db)
    } catch let error as OfficeError {
      // Only the pins' own problems matter here; the message names the rule.
      throw OfficeError.invalid(error.lines.filter { $0.contains("pinned") }.isEmpty ? error.lines : error.lines.filter { $0.contains("pinned") })
    }
  }
}
