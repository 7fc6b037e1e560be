import Matcher

/// The short human summary of a solve, printed on standard error after `plan`.
struct PlanSummary {
  let report: SolveReport

  var lines: [String] {
    let plan = report.plan
    let s = plan.summary
    var lines: [String] = []
    let percent = Format.fixed(s.weightedCoverage * 100, 1)
    lines.append("plan: \(plan.status.rawValue), \(plan.solver.method), \(plan.solver.components) component(s), \(Format.fixed(plan.solver.seconds, 2)) s\(plan.solver.timeLimitHit ? " (time limit hit)" : "")")
    lines.append("coverage: \(Format.number(s.coveredHours)) of \(Format.number(s.requestedHours)) h, weighted \(percent) %; \(plan.assignments.count) assignment(s), \(s.continuityAssignments) with a familiar worker")
    lines.append("travel: \(Format.fixed(s.travelCostEUR, 2)) €")
    if !report.heuristicComponentSizes.isEmpty {
      let listed = report.heuristicComponentSizes.prefix(10).map { "\($0.component) (\($0.candidates) candidates)" }
      let more = report.heuristicComponentSizes.count > 10 ? ", … \(report.heuristicComponentSizes.count - 10) more" : ""
      lines.append("heuristic components (greedy and swaps, no MIP bound): \(listed.joined(separator: ", "))\(more)")
    }
    var reasons: [UnassignedReason: Int] = [:]
    for entry in plan.unassigned { for reason in entry.reasons { reasons[reason, default: 0] += 1 } }
    let byReason = UnassignedReason.allCases.compactMap { reason in reasons[reason].map { "\(reason.rawValue) \($0)" } }
    lines.append("unassigned: \(plan.unassigned.count) request(s)\(byReason.isEmpty ? "" : " (" + byReason.joined(separator: ", ") + ")"); rejected: \(plan.rejected.count)")
    let bound = plan.solver.bound.map { Format.fixed($0, 3) } ?? "none"
    let gap = plan.solver.gap.map { Format.fixed($0 * 100, 3) + " %" } ?? "n/a"
    lines.append("model: \(report.candidates) candidates, \(report.variables) variables, \(report.rows) rows; objective \(Format.fixed(plan.solver.objective ?? 0, 3)), bound \(bound), gap \(gap)")
    return lines
  }
}

/// The plan as a plain listing for people: per day, in time order, then what stayed open.
struct PlanListing {
  let plan: Plan
  let scenario: Scenario

  static let weekdays = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  var text: String {
    var lines = ["Plan \(plan.scenario), week of \(plan.weekStart) — \(plan.status.rawValue)"]
    var currentDay: Day?
    for a in plan.assignments {
      if a.date != currentDay {
        currentDay = a.date
        lines.append("")
        lines.append("\(Self.weekdays[a.date.weekday]) \(a.date)")
      }
      let label = scenario.rules.activity(a.activity)?.label ?? a.activity.rawValue
      let travel = a.travelCostEUR > 0 ? ", travel \(Format.fixed(a.travelCostEUR, 2)) €" : ""
      lines.append("  \(a.start)–\(a.end)  \(a.worker) → \(a.user) (\(label), \(a.request)) \(Format.number(a.hours)) h, \(Format.fixed(a.distanceKm, 1)) km\(travel)\(a.pinned ? " [pinned]" : "")")
    }
    if !plan.unassigned.isEmpty {
      lines.append("")
      lines.append("Unassigned")
      for u in plan.unassigned {
        lines.append("  \(u.request): \(u.seatsMissing) seat(s) missing — \(u.reasons.map(\.rawValue).joined(separator: ", "))")
      }
    }
    if !plan.rejected.isEmpty {
      lines.append("")
      lines.append("Rejected")
      for r in plan.rejected { lines.append("  \(r.kind.rawValue) \(r.id): \(r.reason.rawValue) — \(r.message)") }
    }
    let s = plan.summary
    lines.append("")
    lines.append("Covered \(Format.number(s.coveredHours)) of \(Format.number(s.requestedHours)) h (weighted \(Format.fixed(s.weightedCoverage * 100, 1)) %), travel \(Format.fixed(s.travelCostEUR, 2)) €")
    return lines.joined(separator: "\n") + "\n"
  }
}
