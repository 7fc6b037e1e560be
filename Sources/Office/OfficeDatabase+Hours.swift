import GRDB
import Matcher

extension OfficeDatabase {
  /// Every worker's hours in `month` and its year against every cap, the nearest to a cap first.
  ///
  /// Always a query on the ledger (planned and done hours) plus opening
  /// balances: nothing is copied by hand. Archived workers with hours in the
  /// period are listed too. Ordered by the hours left under the tightest
  /// cap, then by id.
  /// - Complexity: two grouped scans of covering indexes (the month's rows, the year's rows).
  public func hours(month: Month, worker: String? = nil) throws -> [WorkerHours] {
    try writer.read { db in
      let rules = try registerRules(db)
      let year = String(month.year)
      var monthByWorker: [String: [CapClass: Double]] = [:]
      var doneByWorker: [String: Double] = [:]
      var yearByWorker: [String: [CapClass: Double]] = [:]
      let workerFilter = worker.map { _ in " AND workerId = ?" } ?? ""
      let extra: StatementArguments = worker.map { [$0] } ?? []
      for row in try Row.fetchAll(db, sql: """
        SELECT workerId, capClass, state, SUM(hours) FROM ledgerEntry
        WHERE month = ? AND state IN ('planned', 'done')\(workerFilter) GROUP BY workerId, capClass, state
        """, arguments: [month.description] + extra) {
        guard let capClass = CapClass(rawValue: row[1]) else { continue }
        let hours: Double = row[3] ?? 0
        monthByWorker[row[0], default: [:]][capClass, default: 0] += hours
        if (row[2] as String) == LedgerEntry.State.done.rawValue { doneByWorker[row[0], default: 0] += hours }
      }
      for row in try Row.fetchAll(db, sql: """
        SELECT workerId, capClass, SUM(hours) FROM ledgerEntry
        WHERE year = ? AND state IN ('planned', 'done')\(workerFilter) GROUP BY workerId, capClass
        """, arguments: [month.year] + extra) {
        guard let capClass = CapClass(rawValue: row[1]) else { continue }
        yearByWorker[row[0], default: [:]][capClass, default: 0] += row[2] ?? 0
      }
      for row in try Row.fetchAll(db, sql: """
        SELECT workerId, month, capClass, SUM(hours) FROM openingBalance
        WHERE substr(month, 1, 4) = ?\(workerFilter) GROUP BY workerId, month, capClass
        """, arguments: [year] + extra) {
        guard let capClass = CapClass(rawValue: row[2]) else { continue }
        let hours: Double = row[3] ?? 0
        yearByWorker[row[0], default: [:]][capClass, default: 0] += hours
        if (row[1] as String) == month.description { monthByWorker[row[0], default: [:]][capClass, default: 0] += hours }
      }
      var records = try WorkerRecord.order(WorkerRecord.Columns.id).fetchAll(db)
      if let worker { records = records.filter { $0.id == worker } }
      let result = records.compactMap { record -> WorkerHours? in
        let monthHours = monthByWorker[record.id] ?? [:]
        let yearHours = yearByWorker[record.id] ?? [:]
        if record.archived && yearHours.isEmpty { return nil }
        let caps = rules.caps.map { cap in
          let counted = cap.period == .month ? monthHours : yearHours
          let used = cap.classes.reduce(0) { $0 + (counted[$1] ?? 0) }
          return WorkerHours.CapUse(cap: cap.id, limit: cap.limit, used: used)
        }
        return WorkerHours(
          worker: record.id, name: record.name, month: month, monthHours: monthHours, monthDone: doneByWorker[record.id] ?? 0,
          yearHours: yearHours.values.reduce(0, +), caps: caps)
      }
      return result.sorted { lhs, rhs in
        let left = lhs.tightest?.remaining ?? .infinity
        let right = rhs.tightest?.remaining ?? .infinity
        return left != right ? left < right : lhs.worker < rhs.worker
      }
    }
  }
}
