/// Checks a scenario's pinned assignments against the rules, so that a
/// scenario whose pins break a rule is refused at load (formats.md).
///
/// Each pin is dressed as the `Plan.Assignment` it would become and run
/// through the validator's own per-assignment and joint checks
/// (`AssignmentRules`, `WorkloadRules`), so that the loader and
/// `PlanValidator` never disagree on a pin. A pin of a rejected request or
/// an ineligible worker is a problem too.
struct PinCheck {
  /// Every rule the pins break, each at `pinned[i]`, sorted by path then message.
  static func issues(in scenario: Scenario) -> [ScenarioIssue] {
    violations(in: scenario).map { violation in
      ScenarioIssue(.pinBreaksRule, at: JSONPath(stringLiteral: violation.path), violation.message)
    }.sorted()
  }

  /// The validator's violations for the pins, with paths `pinned[i]`: each pin on
  /// its own, in file order, then the joint rules (seats, overlaps, caps by worker id).
  static func violations(in scenario: Scenario) -> [Violation] {
    let context = ValidationContext(scenario: scenario)
    let rules = AssignmentRules(context: context)
    var entries: [WorkloadRules.Entry] = []
    for (index, pin) in scenario.pinned.enumerated() {
      // The decoder resolved every reference before this runs; an unknown id is reported by it.
      guard let request = scenario.request(pin.request), scenario.worker(pin.worker) != nil else { continue }
      let end = pin.start.minutes + context.minutes(of: request)
      let assignment = Plan.Assignment(
        request: request.id, worker: pin.worker, user: request.user, activity: request.activity,
        capClass: context.capClass(of: request) ?? .standard, date: pin.date, start: pin.start,
        end: TimeOfDay(minutes: end), hours: request.hours, distanceKm: 0, travelCostEUR: 0, pinned: true)
      entries.append(WorkloadRules.Entry(assignment: assignment, path: "pinned[\(index)]"))
    }
    var found: [Violation] = []
    for entry in entries {
      found += rules.violations(of: entry.assignment, at: entry.path, fields: false)
    }
    found += WorkloadRules(context: context).violations(of: entries)
    return found
  }
}
