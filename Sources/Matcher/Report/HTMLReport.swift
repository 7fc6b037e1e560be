/// The printable view: one self-contained HTML page (inline CSS, no script,
/// no external asset) with totals, a week grid per worker, a list per user,
/// unassigned requests with reasons, cap gauges and the money.
///
/// Every text from the data is HTML-escaped. Assignments carry
/// `data-request` / `data-worker`, unassigned requests `data-unassigned`,
/// so that a test (or a script) can find them without parsing prose.
struct HTMLReport {
  let report: PlanReport

  private var labels: Labels { report.labels }
  private var plan: Plan { report.plan }
  private var scenario: Scenario { report.scenario }

  static let style = """
    :root { --ink: #1b2430; --line: #c9d1db; --soft: #eef2f6; --ok: #2f7d4f; --warn: #c98a00; --over: #b3261e; }
    * { box-sizing: border-box; }
    body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: var(--ink); margin: 16px; font-size: 11pt; }
    h1 { font-size: 16pt; margin: 0 0 4px; }
    h2 { font-size: 13pt; border-bottom: 2px solid var(--ink); margin: 18px 0 6px; padding-bottom: 2px; }
    p.meta { margin: 0 0 8px; color: #4a5563; }
    table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
    th, td { border: 1px solid var(--line); padding: 3px 5px; vertical-align: top; text-align: left; }
    th { background: var(--soft); }
    tr > th:first-child { white-space: nowrap; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    .job { background: #e3f1e8; border-left: 3px solid var(--ok); margin: 2px 0; padding: 2px 4px; font-size: 9pt; }
    .job.pinned { border-left-color: #3b5bdb; }
    .totals { display: flex; flex-wrap: wrap; gap: 8px; }
    .totals div { border: 1px solid var(--line); padding: 6px 10px; min-width: 150px; }
    .totals b { display: block; font-size: 14pt; }
    .gauge { width: 160px; height: 12px; background: var(--soft); border: 1px solid var(--line); display: inline-block; vertical-align: middle; }
    .gauge span { display: block; height: 100%; background: var(--ok); }
    .gauge.near span { background: var(--warn); }
    .gauge.full span { background: var(--over); }
    ul { margin: 4px 0 8px 18px; padding: 0; }
    .code { color: #6b7280; font-size: 9pt; }
    footer { margin-top: 16px; color: #6b7280; font-size: 9pt; }
    @page { size: A4; margin: 12mm; }
    @media print {
      body { margin: 0; font-size: 9.5pt; }
      h2 { break-after: avoid; }
      table, .totals, li { break-inside: avoid; }
      .job { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .gauge span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """

  /// The page, ending in a newline.
  func render() -> String {
    var body: [String] = []
    body += header()
    body += grid()
    body += users()
    body += unassigned()
    body += rejected()
    body += caps()
    body += money()
    body.append("<footer>\(Self.escape(labels.generated)) — \(Self.escape(plan.scenario))</footer>")
    return """
      <!DOCTYPE html>
      <html lang="\(labels.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <title>\(Self.escape(labels.title + " — " + plan.scenario))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
  }

  private func header() -> [String] {
    let s = plan.summary
    func box(_ title: String, _ value: String) -> String {
      "<div>\(Self.escape(title))<b>\(Self.escape(value))</b></div>"
    }
    return [
      "<h1>\(Self.escape(labels.title)) — \(Self.escape(labels.weekOf)) \(Self.escape(labels.shortDate(plan.weekStart)))</h1>",
      "<p class=\"meta\">\(Self.escape(plan.scenario)) · \(Self.escape(labels.status))\(labels.colon)\(Self.escape(plan.status.rawValue))</p>",
      "<h2>\(Self.escape(labels.totalsHeading))</h2>",
      "<div class=\"totals\">",
      box(labels.coverage, "\(labels.hours(s.coveredHours)) / \(labels.hours(s.requestedHours))"),
      box(labels.weighted, labels.number(s.weightedCoverage * 100, decimals: 0) + " %"),
      box(labels.assignmentsHeading, String(plan.assignments.count)),
      box(labels.unassignedHeading, String(plan.unassigned.count)),
      box(labels.travel, labels.euros(s.travelCostEUR)),
      box(labels.paidByUsers, labels.euros(report.money.amountEUR)),
      box(labels.continuity, String(s.continuityAssignments)),
      "</div>",
    ]
  }

  private func job(_ a: Plan.Assignment, showWorker: Bool) -> String {
    let who = showWorker ? a.worker.rawValue : a.user.rawValue
    let activity = labels.activity(a.activity, rules: scenario.rules)
    return "<div class=\"job\(a.pinned ? " pinned" : "")\" data-request=\"\(Self.escape(a.request.rawValue))\" data-worker=\"\(Self.escape(a.worker.rawValue))\">"
      + "<b>\(a.start)–\(a.end)</b> \(Self.escape(activity))<br>\(Self.escape(who)) <span class=\"code\">\(Self.escape(a.request.rawValue)) · \(Self.escape(labels.hours(a.hours))) · \(Self.escape(labels.kilometres(a.distanceKm)))</span></div>"
  }

  private func grid() -> [String] {
    var lines = ["<h2>\(Self.escape(labels.gridHeading))</h2>", "<table>", "<tr><th>\(Self.escape(labels.worker))</th>"]
    for day in scenario.days {
      lines[lines.count - 1] += "<th>\(Self.escape(labels.shortWeekday(day.weekday))) \(Self.escape(labels.shortDate(day)))</th>"
    }
    lines[lines.count - 1] += "</tr>"
    for worker in report.assignedWorkers {
      var row = "<tr><th>\(Self.escape(worker.rawValue))</th>"
      for day in scenario.days {
        let jobs = plan.assignments.filter { $0.worker == worker && $0.date == day }
        row += "<td>" + jobs.map { job($0, showWorker: false) }.joined() + "</td>"
      }
      lines.append(row + "</tr>")
    }
    lines.append("</table>")
    return lines
  }

  private func users() -> [String] {
    var lines = ["<h2>\(Self.escape(labels.usersHeading))</h2>"]
    let users = Array(Set(plan.assignments.map(\.user))).sorted()
    if users.isEmpty { lines.append("<p>\(Self.escape(labels.noAssignment))</p>") }
    for user in users {
      lines.append("<h3>\(Self.escape(user.rawValue))</h3><ul>")
      for a in plan.assignments where a.user == user {
        lines.append(
          "<li>\(Self.escape(labels.longDate(a.date))) \(a.start)–\(a.end) · \(Self.escape(labels.activity(a.activity, rules: scenario.rules))) · \(Self.escape(a.worker.rawValue)) · \(Self.escape(labels.travelShort)) \(Self.escape(labels.euros(a.travelCostEUR)))</li>")
      }
      lines.append("</ul>")
    }
    return lines
  }

  private func unassigned() -> [String] {
    var lines = ["<h2>\(Self.escape(labels.unassignedHeading))</h2>"]
    if plan.unassigned.isEmpty { return lines + ["<p>\(Self.escape(labels.none))</p>"] }
    lines.append("<ul>")
    for (entry, request) in report.unassignedRequests {
      var head = "<b>\(Self.escape(entry.request.rawValue))</b>"
      if let request {
        head += " (\(Self.escape(request.user.rawValue)), \(Self.escape(labels.activity(request.activity, rules: scenario.rules))), \(Self.escape(labels.hours(request.hours))))"
      }
      head += " — \(entry.seatsMissing) \(Self.escape(labels.seatsMissing))"
      let reasons = entry.reasons.map { "\(Self.escape(labels.sentence($0))) <span class=\"code\">[\($0.rawValue)]</span>" }
      lines.append("<li data-unassigned=\"\(Self.escape(entry.request.rawValue))\">\(head)<br>\(reasons.joined(separator: "<br>"))</li>")
    }
    lines.append("</ul>")
    return lines
  }

  private func rejected() -> [String] {
    var lines = ["<h2>\(Self.escape(labels.rejectedHeading))</h2>"]
    if plan.rejected.isEmpty { return lines + ["<p>\(Self.escape(labels.none))</p>"] }
    lines.append("<ul>")
    for r in plan.rejected {
      lines.append("<li>\(Self.escape(labels.kind(r.kind))) <b>\(Self.escape(r.id))</b>\(labels.colon)\(Self.escape(labels.sentence(r.reason))) <span class=\"code\">(\(Self.escape(r.message)))</span></li>")
    }
    lines.append("</ul>")
    return lines
  }

  private func caps() -> [String] {
    var lines = ["<h2>\(Self.escape(labels.capsHeading))</h2>", "<table>"]
    lines.append("<tr><th>\(Self.escape(labels.worker))</th><th>cap</th><th>\(Self.escape(labels.period))</th><th class=\"num\">h</th><th></th></tr>")
    for totals in plan.workers {
      for cap in scenario.rules.caps {
        for use in report.capUse(totals, cap) {
          let ratio = cap.limit > 0 ? min(max(use.used / cap.limit, 0), 1) : 1
          let state = use.used >= cap.limit ? " full" : (ratio >= 0.8 ? " near" : "")
          let percent = ReportNumber.fixed(ratio * 100, decimals: 1, mark: ".")
          lines.append(
            "<tr><td>\(Self.escape(totals.id.rawValue))</td><td>\(Self.escape(cap.id))</td><td>\(Self.escape(use.period))</td>"
              + "<td class=\"num\">\(Self.escape(labels.hours(use.used))) / \(Self.escape(labels.hours(cap.limit)))</td>"
              + "<td><span class=\"gauge\(state)\"><span style=\"width: \(percent)%\"></span></span></td></tr>")
        }
      }
    }
    lines.append("</table>")
    return lines
  }

  private func money() -> [String] {
    let money = report.money
    var lines = ["<h2>\(Self.escape(labels.moneyHeading))</h2>", "<table>"]
    lines.append("<tr><th>\(Self.escape(labels.activityWord))</th><th>\(Self.escape(labels.code))</th><th class=\"num\">\(Self.escape(labels.price))</th><th class=\"num\">\(Self.escape(labels.cheques))</th><th class=\"num\">\(Self.escape(labels.amount))</th></tr>")
    for line in money.lines {
      lines.append(
        "<tr><td>\(Self.escape(labels.activity(line.activity, rules: scenario.rules)))</td><td>\(Self.escape(line.code))</td>"
          + "<td class=\"num\">\(Self.escape(labels.euros(line.priceEUR)))</td><td class=\"num\">\(Self.escape(labels.hours(line.cheques).replacingSuffix(" h", with: "")))</td>"
          + "<td class=\"num\">\(Self.escape(labels.euros(line.amountEUR)))</td></tr>")
    }
    lines.append("</table>")
    lines.append("<table>")
    lines.append("<tr><th>\(Self.escape(labels.paidByUsers))</th><td class=\"num\">\(Self.escape(labels.euros(money.amountEUR)))</td></tr>")
    lines.append("<tr><th>\(Self.escape(labels.workerPay))</th><td class=\"num\">\(Self.escape(labels.euros(money.workerPayEUR)))</td></tr>")
    lines.append("<tr><th>\(Self.escape(labels.travel))</th><td class=\"num\">\(Self.escape(labels.euros(money.travelEUR)))</td></tr>")
    lines.append("</table>")
    for body in money.bodies {
      lines.append("<h3>\(Self.escape(labels.sharesOf)), \(Self.escape(labels.body(body.body)))</h3><table>")
      var rows: [(String, Double)] = [
        (labels.workerPay, body.workerPayEUR), (labels.payingBodyFee, body.payingBodyFeeEUR), (labels.issuerFee, body.issuerFeeEUR),
      ]
      let bearers = ChequeBreakdown.issuerFeeBearers(body.body, rules: scenario.rules)
      rows += body.shares.map { share in
        (labels.share(share.party, bearing: bearers.first(where: { $0.party == share.party })?.fraction ?? 0), share.eur)
      }
      if body.body == .cpas { rows.append((labels.cpasInAll, body.cpasIncomeEUR)) }
      for (title, eur) in rows {
        lines.append("<tr><th>\(Self.escape(title))</th><td class=\"num\">\(Self.escape(labels.euros(eur)))</td></tr>")
      }
      lines.append("</table>")
    }
    lines.append("<p>\(Self.escape(labels.cpasPerCheque(rules: scenario.rules)))\(labels.colon)")
    lines.append(PlanMoney.cpasPerCheque(rules: scenario.rules).map { "\(Self.escape($0.code)) \(Self.escape(labels.euros4($0.eur)))" }.joined(separator: " · ") + "</p>")
    return lines
  }

  /// Escapes `&`, `<`, `>`, `"` and `'` for text and attribute values.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}

extension String {
  /// The string without `suffix` and with `replacement` instead, if it ends with `suffix`.
  func replacingSuffix(_ suffix: String, with replacement: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
  }
}
