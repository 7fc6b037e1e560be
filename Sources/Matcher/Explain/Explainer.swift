/// Explains a plan to the collaborator: why each worker is or is not on a
/// request (`request(_:)`), and what a worker's week leaves room for
/// (`worker(_:)`).
///
/// Built on the validator's own rule checks (`SeatFunnel`, `HourLedger`,
/// `AssignmentRules`, `WorkloadRules`) rather than the solver's candidate
/// enumeration, so that an explanation never contradicts `match-cli check`:
/// a worker the explainer says "could take it" while a seat is open is
/// exactly what the validator calls a maximality violation.
package struct Explainer: Sendable {
  package let plan: Plan
  package let scenario: Scenario
  let context: ValidationContext
  let funnel: SeatFunnel
  /// The plan's hours per worker, month and class.
  let ledger: HourLedger
  /// Each worker's planned blocks by date (requests known), as `SeatFunnel.idleSeat` wants them.
  let busy: [Worker.ID: [Day: [AssignmentRules.Block]]]
  /// Each worker's assignments, in plan order.
  let byWorker: [Worker.ID: [Plan.Assignment]]

  /// - Complexity: O(assignments + records × catalog) to classify the scenario.
  package init(plan: Plan, scenario: Scenario) {
    self.plan = plan
    self.scenario = scenario
    let context = ValidationContext(scenario: scenario)
    self.context = context
    funnel = SeatFunnel(context: context)
    let rules = AssignmentRules(context: context)
    var busy: [Worker.ID: [Day: [AssignmentRules.Block]]] = [:]
    var byWorker: [Worker.ID: [Plan.Assignment]] = [:]
    for a in plan.assignments {
      byWorker[a.worker, default: []].append(a)
      if scenario.worker(a.worker) != nil, let block = rules.block(of: a) { busy[a.worker, default: [:]][a.date, default: []].append(block) }
    }
    self.busy = busy
    self.byWorker = byWorker
    let entries = plan.assignments.enumerated().map { WorkloadRules.Entry(assignment: $1, path: "assignments[\($0)]") }
    ledger = WorkloadRules(context: context).ledger(of: entries)
  }

  /// Room left under one cap in one period, or under the weekly maximum.
  static func room(_ breach: HourLedger.Breach, needed: Double) -> CapRoom {
    CapRoom(
      cap: breach.cap.id, period: breach.month.map(\.description) ?? String(breach.year), limit: breach.cap.limit,
      used: breach.total - needed, needed: needed)
  }
}

/// Hours used and left under one cap in one period (`2026-11`, `2026`), against what a job needs.
package struct CapRoom: Hashable, Sendable {
  /// The cap's id (`month-standard`), or `week` for the worker's `maxHoursPerWeek`.
  package var cap: String
  /// `2026-11` for a monthly cap, `2026` for a yearly one, the week's Monday for `week`.
  package var period: String
  package var limit: Double
  /// Worked before the week plus planned (what the plan already gives them).
  package var used: Double
  /// Hours the job in question needs (0 in a worker's summary).
  package var needed: Double
  /// `limit − used`, never below 0.
  package var left: Double { max(0, limit - used) }
}
