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
  ///
  /// Each violation's path is one of the `pinned[i]` strings made below, so
  /// it maps back to the pin's `JSONPath` by lookup, never by parsing.
  static func issues(in scenario: Scenario) -> [ScenarioIssue] {
    var pinPaths: [String: JSONPath] = [:]
    for index in scenario.pinned.indices { pinPaths[path(ofPin: index)] = JSONPath.root + "pinned" + index }
    return violations(in: scenario).map { violation in
      guard let path = pinPaths[violation.path] else {
        preconditionFailure("PinCheck: a violation at \(violation.path), which is not a pin")
      }
      return ScenarioIssue(.pinBreaksRule, at: path, violation.message)
    }.sorted()
  }

  /// The validator's path of pin `index`: `pinned[index]`.
  private static func path(ofPin index: Int) -> String { "pinned[\(index)]" }

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
      entries.append(WorkloadRules.Entry(assignment: assignment, path: path(ofPin: index)))
    }
    var found: [Violation] = []
    for entry in entries {
      found += rules.violations(of: entry.assignment, at: entry.path, fields: false)
    }
    found += WorkloadRules(context: context).violations(of: entries)
    return found
  }
}
