import GRDB
import Matcher

extension OfficeDatabase {
  /// The month's statement from the ledger's done hours (see `MonthlyStatement`).
  ///
  /// A job's cheque code is the user's for that activity, else the user's
  /// agency's for the activity, else the agency's default, else the rule
  /// set's. A RIS worker's CPAS is their `cpas`, else `cpas-` and their
  /// agency id without its `ale-` prefix.
  /// - Complexity: one scan of the month's ledger rows.
  public func statement(month: Month) throws -> MonthlyStatement {
    try writer.read { db in
      let rules = try registerRules(db)
      let entries = try LedgerEntry.filter(LedgerEntry.Columns.month == month.description && LedgerEntry.Columns.state == LedgerEntry.State.done.rawValue)
        .order(LedgerEntry.Columns.date, LedgerEntry.Columns.workerId, LedgerEntry.Columns.request).fetchAll(db)
      let workers = Dictionary(uniqueKeysWithValues: try WorkerRecord.filter(keys: Set(entries.map(\.workerId)).sorted()).fetchAll(db).map { ($0.id, $0) })
      let users = Dictionary(uniqueKeysWithValues: try UserRecord.filter(keys: Set(entries.map(\.userId)).sorted()).fetchAll(db).map { ($0.id, $0) })
      let agencies = Dictionary(uniqueKeysWithValues: try AgencyRecord.fetchAll(db).map { ($0.id, $0) })
      var userCodes: [String: String] = [:]
      for activity in try UserActivity.filter(users.keys.sorted().contains(UserActivity.Columns.userId)).fetchAll(db) {
        if let code = activity.chequeCode { userCodes[activity.userId + "\u{0}" + activity.activity] = code }
      }
      var ale: [String: Double] = [:]
      var forem = 0.0
      var cpas: [String: Double] = [:]
      var workerLines: [String: MonthlyStatement.WorkerLine] = [:]
      var userLines: [String: MonthlyStatement.UserLine] = [:]
      var unpriced: [String] = []
      for entry in entries {
        let worker = workers[entry.workerId]
        let user = users[entry.userId]
        let body: PayingBody = worker?.ris == true ? .cpas : .paymentOrganisation
        let agency = user.flatMap { agencies[$0.agencyId] }
        let code = userCodes[entry.userId + "\u{0}" + entry.activity] ?? agency?.chequeByActivity[entry.activity] ?? agency?.chequeDefault ?? rules.cheques.defaultCode
        var line = workerLines[entry.workerId] ?? MonthlyStatement.WorkerLine(worker: entry.workerId, name: worker?.name, hours: 0, payEUR: 0, paidBy: body)
        line.hours += entry.hours
        line.payEUR += entry.hours * rules.workerHourlyPayEUR
        workerLines[entry.workerId] = line
        guard let code, let cheque = ChequeBreakdown(code: code, body: body, rules: rules) else {
          unpriced.append("\(entry.weekMonday)/\(entry.request)/\(entry.workerId)")
          continue
        }
        var userLine = userLines[entry.userId] ?? MonthlyStatement.UserLine(user: entry.userId, name: user?.name, cheques: 0, eur: 0, byCode: [:])
        userLine.cheques += entry.hours
        userLine.eur += entry.hours * cheque.priceEUR
        userLine.byCode[code, default: 0] += entry.hours
        userLines[entry.userId] = userLine
        ale[user?.agencyId ?? "?", default: 0] += entry.hours * cheque.share(of: "ale")
        forem += entry.hours * cheque.share(of: "forem")
        if body == .cpas, let worker {
          cpas[worker.cpas ?? Self.defaultCPAS(agency: worker.agencyId), default: 0] += entry.hours * (cheque.share(of: "cpas") + cheque.payingBodyFeeEUR)
        }
      }
      var parties = ale.keys.sorted().map { MonthlyStatement.Party(party: "ale", id: $0, eur: ale[$0] ?? 0) }
      if !entries.isEmpty { parties.append(MonthlyStatement.Party(party: "forem", id: nil, eur: forem)) }
      parties += cpas.keys.sorted().map { MonthlyStatement.Party(party: "cpas", id: $0, eur: cpas[$0] ?? 0) }
      return MonthlyStatement(
        month: month, parties: parties, workers: workerLines.keys.sorted().compactMap { workerLines[$0] },
        users: userLines.keys.sorted().compactMap { userLines[$0] }, unpriced: unpriced)
    }
  }

  /// The CPAS of an agency's commune: `ale-namur` → `cpas-namur`.
  static func defaultCPAS(agency: String) -> String {
    "cpas-" + (agency.hasPrefix("ale-") ? String(agency.dropFirst(4)) : agency)
  }
}
