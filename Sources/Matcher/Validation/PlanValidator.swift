/// The independent check of a plan against its scenario: every rule of
/// domain.md and every requirement of formats.md.
///
/// The second pair of eyes on the solvers: it shares with them only the
/// domain types and `RuleArithmetic` (distance, travel cost, eligibility),
/// re-deriving everything else (classification, unassigned reasons, totals)
/// on its own. Tests and the CLI treat it as the oracle of validity.
///
/// ```swift
/// let violations = PlanValidator(scenario: scenario).violations(of: plan)
/// // [] when the plan is valid
/// ```
public struct PlanValidator: Sendable {
  private let context: ValidationContext

  /// A validator for plans of `scenario`; derives the classification once.
  public init(scenario: Scenario) {
    context = ValidationContext(scenario: scenario)
  }

  /// Every violation of `plan`, empty when the plan is valid.
  ///
  /// Deterministic order: header and solver; each assignment in plan order;
  /// the joint rules (seats, overlaps, caps by worker id); pins; `rejected`;
  /// `unassigned`; `workers`; `summary`; the assignments' order.
  /// - Complexity: dominated by the funnel over short requests,
  ///   O(requests short × workers × placements).
  public func violations(of plan: Plan) -> [Violation] {
    var found = headerViolations(of: plan)
    let rules = AssignmentRules(context: context)
    let entries = plan.assignments.enumerated().map { WorkloadRules.Entry(assignment: $1, path: "assignments[\($0)]") }
    for entry in entries {
      found += rules.violations(of: entry.assignment, at: entry.path, fields: true)
    }
    found += WorkloadRules(context: context).violations(of: entries)
    found += pinViolations(of: plan)
    found += rejectedViolations(of: plan)
    found += UnassignedCheck(context: context).violations(of: plan)
    let totals = TotalsCheck(context: context)
    found += totals.workerViolations(of: plan)
    found += totals.summaryViolations(of: plan)
    found += orderViolations(of: plan)
    return found
  }

  private func headerViolations(of plan: Plan) -> [Violation] {
    var found: [Violation] = []
    let scenario = context.scenario
    if plan.scenario != scenario.id {
      found.append(Violation(.header, at: "scenario", "the plan is for scenario \"\(plan.scenario)\", not \"\(scenario.id)\""))
    }
    if plan.weekStart != scenario.weekStart {
      found.append(Violation(.header, at: "weekStart", "the plan's week starts \(plan.weekStart), the scenario's \(scenario.weekStart)"))
    }
    if let gap = plan.solver.gap, gap < 0 {
      found.append(Violation(.solverGap, at: "solver.gap", "a gap of \(JSONWriter.format(gap)) is negative"))
    }
    return found
  }

  /// Every scenario pin present with `pinned: true`; every `pinned: true` a scenario pin.
  private func pinViolations(of plan: Plan) -> [Violation] {
    var found: [Violation] = []
    func matches(_ pin: Pin, _ a: Plan.Assignment) -> Bool {
      a.request == pin.request && a.worker == pin.worker && a.date == pin.date && a.start == pin.start
    }
    let pins = context.scenario.pinned
    for (index, pin) in pins.enumerated() where !plan.assignments.contains(where: { $0.pinned && matches(pin, $0) }) {
      let what = "pinned[\(index)] (\(pin.request) by \(pin.worker) on \(pin.date) at \(pin.start))"
      if let position = plan.assignments.firstIndex(where: { matches(pin, $0) }) {
        found.append(Violation(.pinMissing, at: "assignments[\(position)].pinned", "\(what) is in the plan but not flagged pinned"))
      } else {
        found.append(Violation(.pinMissing, at: "assignments", "\(what) is not in the plan"))
      }
    }
    for (index, a) in plan.assignments.enumerated() where a.pinned && !pins.contains(where: { matches($0, a) }) {
      found.append(Violation(.pinUnexpected, at: "assignments[\(index)].pinned", "\(a.request) by \(a.worker) on \(a.date) at \(a.start) is flagged pinned but the scenario has no such pin"))
    }
    return found
  }

  /// `rejected` lists exactly the records the validator classifies as rejected, with the same codes.
  private func rejectedViolations(of plan: Plan) -> [Violation] {
    var found: [Violation] = []
    var expected: [String: Rejection] = [:]
    for rejection in context.expectedRejections { expected["\(rejection.kind.rawValue) \(rejection.id)"] = rejection }
    var listed: [String: Int] = [:]
    for (index, rejection) in plan.rejected.enumerated() {
      let key = "\(rejection.kind.rawValue) \(rejection.id)"
      if let first = listed[key] {
        found.append(Violation(.rejected, at: "rejected[\(index)]", "\(key) is listed again (first at rejected[\(first)])"))
        continue
      }
      listed[key] = index
      guard let truth = expected[key] else {
        found.append(Violation(.rejected, at: "rejected[\(index)]", "\(key) takes part in the planning and is not rejected"))
        continue
      }
      if rejection.reason != truth.reason {
        found.append(Violation(.rejected, at: "rejected[\(index)].reason", "\(key) is rejected for \(truth.reason.rawValue) (\(truth.message)), not \(rejection.reason.rawValue)"))
      }
    }
    for truth in context.expectedRejections where listed["\(truth.kind.rawValue) \(truth.id)"] == nil {
      found.append(Violation(.rejected, at: "rejected", "\(truth.kind.rawValue) \(truth.id) is rejected for \(truth.reason.rawValue) (\(truth.message)) but not listed"))
    }
    return found
  }

  /// The one order formats.md lets a reader check: assignments by date,
  /// start, worker, request. `unassigned`, `rejected` and `workers` are
  /// written sorted but read in any order (formats.md), like keys.
  private func orderViolations(of plan: Plan) -> [Violation] {
    var found: [Violation] = []
    func check<T, Key: Comparable>(_ list: [T], _ name: String, _ order: String, _ key: (T) -> Key) {
      for index in list.indices.dropFirst() where key(list[index]) < key(list[index - 1]) {
        found.append(Violation(.order, at: "\(name)[\(index)]", "comes before \(name)[\(index - 1)] in \(order) order"))
      }
    }
    check(plan.assignments, "assignments", "date, start, worker, request") { AssignmentKey($0) }
    return found
  }

  /// An assignment's place in the plan's order.
  private struct AssignmentKey: Comparable {
    var date: Int
    var start: Int
    var worker: String
    var request: String
    init(_ a: Plan.Assignment) {
      date = a.date.ordinal
      start = a.start.minutes
      worker = a.worker.rawValue
      request = a.request.rawValue
    }
    static func < (lhs: Self, rhs: Self) -> Bool {
      (lhs.date, lhs.start, lhs.worker, lhs.request) < (rhs.date, rhs.start, rhs.worker, rhs.request)
    }
  }
}
