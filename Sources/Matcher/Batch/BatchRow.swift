/// One line of the results table: what one run produced.
///
/// Built from the plan (solved now or read back on resume) plus the run's
/// own figures (candidates, peak memory) kept beside the plan, so a resumed
/// row equals the row of the run that wrote the plan.
package struct BatchRow: Hashable, Sendable {
  /// The run's index in the study (the table's order).
  package var index: Int
  package var scenario: String
  package var options: String
  /// The plan's status (`optimal`, `feasible`, `heuristic`), or `refused`
  /// (the scenario did not load) / `invalid` (the plan failed validation: a bug) / `failed` (cannot write).
  package var status: String
  package var weightedCoverage: Double?
  package var coveredHours: Double?
  package var requestedHours: Double?
  package var travelEUR: Double?
  /// Assignments of a worker the user knows.
  package var continuity: Int?
  /// Seats left empty, by the reason code of their request, in funnel order.
  package var unassignedSeats: [UnassignedReason: Int]
  package var components: Int?
  package var candidates: Int?
  /// The solve's wall-clock seconds (the plan's `solver.seconds`).
  package var seconds: Double?
  /// The batch process's peak resident set (getrusage `ru_maxrss`) when the run ended, MiB.
  package var peakRSSMiB: Double?

  /// A row for a run with no plan.
  init(index: Int, scenario: String, options: String, status: String) {
    self.index = index
    self.scenario = scenario
    self.options = options
    self.status = status
    self.unassignedSeats = [:]
  }

  /// The row of a validated plan.
  init(run: BatchStudy.Run, plan: Plan, metrics: BatchMetrics?) {
    self.init(index: run.index, scenario: run.scenario.name, options: run.optionSet.name, status: plan.status.rawValue)
    weightedCoverage = plan.summary.weightedCoverage
    coveredHours = plan.summary.coveredHours
    requestedHours = plan.summary.requestedHours
    travelEUR = plan.summary.travelCostEUR
    continuity = plan.summary.continuityAssignments
    for entry in plan.unassigned {
      let reason = entry.reasons.min() ?? .outcompeted
      unassignedSeats[reason, default: 0] += entry.seatsMissing
    }
    components = plan.solver.components
    seconds = plan.solver.seconds
    candidates = metrics?.candidates
    peakRSSMiB = metrics?.peakRSSMiB
  }
}

/// What a run measured that its plan does not hold, kept in `plans/<run>.metrics.json`.
struct BatchMetrics: Hashable, Sendable {
  var candidates: Int
  var peakRSSMiB: Double

  var json: JSONValue {
    .object(JSONObject([("candidates", .number(Double(candidates))), ("peakRSSMiB", .number(peakRSSMiB))]))
  }

  init(candidates: Int, peakRSSMiB: Double) {
    self.candidates = candidates
    self.peakRSSMiB = peakRSSMiB
  }

  init?(_ bytes: [UInt8]) {
    guard case .object(let object)? = try? JSONParser.parse(bytes), case .number(let candidates)? = object["candidates"],
      case .number(let peak)? = object["peakRSSMiB"]
    else { return nil }
    self.init(candidates: Int(candidates), peakRSSMiB: peak)
  }
}
