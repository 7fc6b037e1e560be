import Matcher

/// The metrics `check` prints under `OK`, read from a plan that passed the validator.
///
/// Taken from the plan's own summary: the validator has just recomputed
/// every total, so they are known true.
struct PlanMetrics {
  let plan: Plan

  /// Unassigned entries per reason code, in funnel order (an entry may give several reasons).
  var unassignedByReason: [(String, Int)] {
    UnassignedReason.allCases.map { reason in
      (reason.rawValue, plan.unassigned.filter { $0.reasons.contains(reason) }.count)
    }
  }

  /// Rejected records per reason code, in formats.md's order.
  var rejectedByCode: [(String, Int)] {
    RejectionReason.allCases.map { reason in (reason.rawValue, plan.rejected.filter { $0.reason == reason }.count) }
  }

  /// The metrics, one fact per line.
  var lines: [String] {
    var table = TextTable()
    let summary = plan.summary
    table.add("scenario", plan.scenario)
    table.add("status", "\(plan.status.rawValue) (\(plan.solver.method), \(Format.count(plan.solver.components, "component")))")
    table.add("assignments", String(plan.assignments.count))
    table.add("covered hours", "\(Format.number(summary.coveredHours)) of \(Format.number(summary.requestedHours)) requested")
    table.add("weighted coverage", Format.number(summary.weightedCoverage))
    table.add("travel", "\(Format.number(summary.travelCostEUR)) EUR")
    table.add("continuity", Format.count(summary.continuityAssignments, "assignment"))
    let seatsMissing = plan.unassigned.reduce(0) { $0 + $1.seatsMissing }
    table.add(
      "unassigned",
      plan.unassigned.isEmpty
        ? "0"
        : "\(Format.count(plan.unassigned.count, "request")), \(Format.count(seatsMissing, "seat")) (\(Format.breakdown(unassignedByReason)))")
    table.add("rejected", plan.rejected.isEmpty ? "0" : "\(plan.rejected.count) (\(Format.breakdown(rejectedByCode)))")
    return table.lines
  }
}
