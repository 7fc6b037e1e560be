import GRDB
import Matcher

/// The ledger's sums: a worker's hours for a month or a year are always one of these queries.
///
/// Hours that count are those of `planned` rows (a published week) and
/// `done` rows (a recorded one, with the hours actually worked), plus the
/// opening balances. Each row is booked in its own day's month and year.
enum HoursQuery {
  /// The states whose hours count against the caps.
  static let countingStates = [LedgerEntry.State.planned.rawValue, LedgerEntry.State.done.rawValue]

  /// Per worker, hours by month and cap class for the months of `years`, from
  /// ledger rows dated before `day` plus opening balances of those years.
  /// - Complexity: one indexed scan of the ledger rows of `years`.
  static func workedBefore(_ day: Day, years: Set<Int>, _ db: Database, worker: String? = nil) throws -> [String: [WorkedMonth]] {
    var totals: [String: [String: [CapClass: Double]]] = [:]
    var ledgerSQL = """
      SELECT workerId, substr(date, 1, 7), capClass, SUM(hours) FROM ledgerEntry
      WHERE year IN (\(years.sorted().map(String.init).joined(separator: ","))) AND date < ? AND state IN ('planned', 'done')
      """
    var arguments: StatementArguments = [day.description]
    if let worker {
      ledgerSQL += " AND workerId = ?"
      arguments += [worker]
    }
    // substr(date, 1, 7) is the month: the covering index (year, date, …) answers without the table.
    ledgerSQL += " GROUP BY workerId, substr(date, 1, 7), capClass"
    for row in try Row.fetchAll(db, sql: ledgerSQL, arguments: arguments) {
      add(row, into: &totals)
    }
    let lastMonth = day.adding(days: -1).month.description
    var openingSQL = "SELECT workerId, month, capClass, SUM(hours) FROM openingBalance WHERE month <= ? AND substr(month, 1, 4) IN (\(years.sorted().map { "'\($0)'" }.joined(separator: ",")))"
    var openingArguments: StatementArguments = [max(lastMonth, day.month.description)]
    if let worker {
      openingSQL += " AND workerId = ?"
      openingArguments += [worker]
    }
    openingSQL += " GROUP BY workerId, month, capClass"
    for row in try Row.fetchAll(db, sql: openingSQL, arguments: openingArguments) {
      add(row, into: &totals)
    }
    return totals.mapValues { months in
      months.keys.sorted().compactMap { key -> WorkedMonth? in
        guard let month = Month(iso: key), let hours = months[key] else { return nil }
        return WorkedMonth(month: month, standard: hours[.standard] ?? 0, extended: hours[.extended] ?? 0, seasonal: hours[.seasonal] ?? 0)
      }
    }
  }

  private static func add(_ row: Row, into totals: inout [String: [String: [CapClass: Double]]]) {
    let worker: String = row[0]
    let month: String = row[1]
    guard let capClass = CapClass(rawValue: row[2]) else { return }
    let hours: Double = row[3] ?? 0
    totals[worker, default: [:]][month, default: [:]][capClass, default: 0] += hours
  }
}
