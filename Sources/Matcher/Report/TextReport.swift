/// The terminal view of a plan: per day, time-ordered assignments; then the
/// unassigned requests with their reasons, the rejected records, the hours
/// of each worker against each cap, and the money.
struct TextReport {
  let report: PlanReport

  private var labels: Labels { report.labels }
  private var plan: Plan { report.plan }
  private var scenario: Scenario { report.scenario }

  /// The whole report; every line ends in `\n`.
  func render() -> String {
    var lines: [String] = []
    lines += header()
    lines += days()
    lines += unassigned()
    lines += rejected()
    lines += caps()
    lines += money()
    return lines.map { $0 + "\n" }.joined()
  }

  private func header() -> [String] {
    let s = plan.summary
    return [
      "\(labels.title) — \(labels.weekOf) \(labels.shortDate(plan.weekStart)) — \(plan.scenario) (\(labels.status)\(labels.colon)\(plan.status.rawValue))",
      "\(labels.coverage)\(labels.colon)\(labels.hours(s.coveredHours)) / \(labels.hours(s.requestedHours)) \(labels.requested)"
        + " (\(labels.weighted) \(labels.number(s.weightedCoverage * 100, decimals: 0)) %), "
        + "\(s.requests) \(labels.requestsWord), \(s.seats) \(labels.seatsWord), \(labels.travel.lowercased()) \(labels.euros(s.travelCostEUR))",
      "",
    ]
  }

  private func days() -> [String] {
    var lines = ["== \(labels.assignmentsHeading) =="]
    let byDay = Dictionary(grouping: plan.assignments, by: \.date)
    for day in scenario.days {
      let assignments = (byDay[day] ?? []).sorted()
      guard !assignments.isEmpty else { continue }
      lines.append(labels.longDate(day).capitalizedFirst)
      let rows = assignments.map { a -> [String] in
        [
          "\(a.start)–\(a.end)", a.worker.rawValue, "→ " + a.user.rawValue,
          labels.activity(a.activity, rules: scenario.rules) + " (\(a.request))",
          labels.hours(a.hours),
          labels.kilometres(a.distanceKm), labels.travelShort + " " + labels.euros(a.travelCostEUR)
            + (a.pinned ? " [\(labels.pinned)]" : ""),
        ]
      }
      lines += Self.aligned(rows, indent: "  ")
    }
    if plan.assignments.isEmpty { lines.append("  " + labels.noAssignment) }
    lines.append("")
    return lines
  }

  private func unassigned() -> [String] {
    var lines = ["== \(labels.unassignedHeading) =="]
    for (entry, request) in report.unassignedRequests {
      var head = "  \(entry.request)"
      if let request {
        head += " (\(request.user), \(labels.activity(request.activity, rules: scenario.rules)), \(labels.hours(request.hours)))"
      }
      head += " — \(entry.seatsMissing) \(labels.seatsMissing)"
      lines.append(head)
      for reason in entry.reasons { lines.append("      • \(labels.sentence(reason)) [\(reason.rawValue)]") }
    }
    if plan.unassigned.isEmpty { lines.append("  " + labels.none) }
    lines.append("")
    return lines
  }

  private func rejected() -> [String] {
    var lines = ["== \(labels.rejectedHeading) =="]
    for rejection in plan.rejected {
      lines.append("  \(labels.kind(rejection.kind)) \(rejection.id)\(labels.colon)\(labels.sentence(rejection.reason)) (\(rejection.message))")
    }
    if plan.rejected.isEmpty { lines.append("  " + labels.none) }
    lines.append("")
    return lines
  }

  private func caps() -> [String] {
    var lines = ["== \(labels.capsHeading) =="]
    var rows: [[String]] = []
    for totals in plan.workers {
      var first = true
      for cap in scenario.rules.caps {
        for use in report.capUse(totals, cap) {
          rows.append([
            first ? totals.id.rawValue : "",
            first ? labels.hours(totals.plannedHours) + " " + labels.planned : "",
            cap.id, use.period,
            labels.hours(use.used) + " / " + labels.hours(cap.limit),
            TextReport.bar(used: use.used, limit: cap.limit),
          ])
          first = false
        }
      }
    }
    lines += Self.aligned(rows, indent: "  ")
    if plan.workers.isEmpty { lines.append("  " + labels.none) }
    lines.append("")
    return lines
  }

  private func money() -> [String] {
    let money = report.money
    var lines = ["== \(labels.moneyHeading) ==", "  \(labels.chequesByActivity)"]
    var rows: [[String]] = []
    for line in money.lines {
      rows.append([
        labels.activity(line.activity, rules: scenario.rules), line.code, labels.euros(line.priceEUR),
        ReportNumber.short(line.cheques, mark: labels.language == .fr ? "," : ".") + " " + labels.cheques,
        labels.euros(line.amountEUR),
      ])
    }
    lines += Self.aligned(rows, indent: "    ")
    lines.append("  \(labels.paidByUsers)\(labels.colon)\(labels.euros(money.amountEUR))")
    lines.append("  \(labels.workerPay)\(labels.colon)\(labels.euros(money.workerPayEUR))")
    lines.append("  \(labels.travel)\(labels.colon)\(labels.euros(money.travelEUR))")
    for body in money.bodies {
      lines.append("  \(labels.sharesOf), \(labels.body(body.body))\(labels.colon)\(ReportNumber.short(body.cheques, mark: labels.language == .fr ? "," : ".")) \(labels.cheques), \(labels.euros(body.amountEUR))")
      var bodyRows: [[String]] = [
        [labels.workerPay.lowercased(), labels.euros(body.workerPayEUR)],
        [labels.payingBodyFee, labels.euros(body.payingBodyFeeEUR)],
        [labels.issuerFee, labels.euros(body.issuerFeeEUR)],
      ]
      let bearers = ChequeBreakdown.issuerFeeBearers(body.body, rules: scenario.rules)
      for share in body.shares {
        let borne = bearers.first(where: { $0.party == share.party })?.fraction ?? 0
        bodyRows.append([labels.share(share.party, bearing: borne), labels.euros(share.eur)])
      }
      if body.body == .cpas { bodyRows.append([labels.cpasInAll, labels.euros(body.cpasIncomeEUR)]) }
      lines += Self.aligned(bodyRows, indent: "    ")
    }
    lines.append("  \(labels.cpasPerCheque(rules: scenario.rules))")
    lines.append("    " + PlanMoney.cpasPerCheque(rules: scenario.rules).map { "\($0.code) \(labels.euros4($0.eur))" }.joined(separator: "  "))
    return lines
  }

  /// A ten-cell gauge: `[######----]`, full (and `!`) at or past the limit.
  static func bar(used: Double, limit: Double) -> String {
    let ratio = limit > 0 ? min(max(used / limit, 0), 1) : 1
    let filled = Int((ratio * 10).rounded(.toNearestOrAwayFromZero))
    return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 10 - filled) + "]"
      + (used >= limit ? " !" : "")
  }

  /// Columns padded to their widest cell (in characters), trailing spaces trimmed.
  static func aligned(_ rows: [[String]], indent: String) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      var line = indent
      for (index, cell) in row.enumerated() {
        line += cell
        if index < row.count - 1 { line += String(repeating: " ", count: widths[index] - cell.count + 2) }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }
}

extension String {
  /// The string with its first character upper-cased (`mardi` → `Mardi`).
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
