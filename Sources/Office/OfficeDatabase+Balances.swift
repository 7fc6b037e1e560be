import GRDB
import Matcher

extension OfficeDatabase {
  /// Sets the hours a worker worked in a month of one cap class before the register started (0 removes it).
  /// - Throws: `OfficeError.fields` for an unknown worker, a bad month or class, or negative hours.
  public func setOpeningBalance(worker: String, month: String, capClass: String, hours: Double, by: String) throws {
    try writer.write { db in
      var checks = RecordChecks(rules: BundledRules.rules)
      try checks.exists(WorkerRecord.self, worker, "worker", db)
      if Month(iso: month) == nil { checks.add("month", "\"\(month)\" is not a month (YYYY-MM)", fr: "« \(month) » n'est pas un mois (AAAA-MM)") }
      if CapClass(rawValue: capClass) == nil { checks.add("capClass", "\"\(capClass)\" is not standard, extended or seasonal", fr: "« \(capClass) » n'est ni standard, ni extended, ni seasonal") }
      if !(hours >= 0 && hours.isFinite) { checks.add("hours", "must be 0 or more", fr: "doit valoir 0 ou plus") }
      try checks.finish()
      let key: [String: (any DatabaseValueConvertible)?] = ["workerId": worker, "month": month, "capClass": capClass]
      let old = try OpeningBalance.fetchOne(db, key: key)
      if hours == 0 {
        _ = try OpeningBalance.deleteOne(db, key: key)
      } else {
        try OpeningBalance(workerId: worker, month: month, capClass: capClass, hours: hours).save(db)
      }
      try AuditTrail.note(db, by: by, action: "opening", entity: "worker", id: worker, old: old, new: hours == 0 ? nil : OpeningBalance(workerId: worker, month: month, capClass: capClass, hours: hours))
    }
  }

  /// A worker's opening balances, by month then class.
  public func openingBalances(worker: String) throws -> [OpeningBalance] {
    try writer.read { db in
      try OpeningBalance.filter(OpeningBalance.Columns.workerId == worker).order(OpeningBalance.Columns.month, Column("capClass")).fetchAll(db)
    }
  }
}
