/// The rules one assignment must keep on its own: who may go, where, when,
/// and (for a plan) the fields copied or recomputed from the scenario.
///
/// Shared by `PlanValidator` and `PinCheck`, so that a pin the loader
/// accepts is never an assignment the validator refuses.
struct AssignmentRules: Sendable {
  /// The scenario and the validator's own classification of it.
  let context: ValidationContext

  /// The block an assignment occupies, from its start and its request's length
  /// (not from its own `end` and `hours`, which are checked separately).
  struct Block: Hashable, Sendable {
    /// The assignment's date.
    var date: Day
    /// Minutes after midnight.
    var start: Int
    /// Minutes after midnight: start plus the request's length.
    var end: Int
    /// `09:00-12:00`.
    var text: String { "\(TimeOfDay(minutes: start))-\(TimeOfDay(minutes: end))" }
  }

  /// The block of `assignment`, when its request is known.
  func block(of assignment: Plan.Assignment) -> Block? {
    guard let request = context.scenario.request(assignment.request) else { return nil }
    let start = assignment.start.minutes
    return Block(date: assignment.date, start: start, end: start + context.minutes(of: request))
  }

  /// Every rule `assignment` breaks on its own, reported at `path`.
  ///
  /// With `fields`, also the plan's copied and recomputed fields (user,
  /// activity, capClass, hours, end, distanceKm, travelCostEUR), reported at
  /// `path.field`. Nothing beyond the unknown record is reported when the
  /// worker or request does not exist.
  func violations(of assignment: Plan.Assignment, at path: String, fields: Bool) -> [Violation] {
    var found: [Violation] = []
    let scenario = context.scenario
    let worker = scenario.worker(assignment.worker)
    let request = scenario.request(assignment.request)
    if worker == nil {
      found.append(Violation(.eligibility, at: path, "worker \(assignment.worker) is not in the scenario"))
    } else if let why = context.ineligibility(of: assignment.worker) {
      found.append(Violation(.eligibility, at: path, "worker \(assignment.worker) is not eligible: \(why)"))
    }
    if request == nil {
      found.append(Violation(.plannableRequest, at: path, "request \(assignment.request) is not in the scenario"))
    } else if let reason = context.rejectionReason(of: assignment.request) {
      found.append(Violation(.plannableRequest, at: path, "request \(assignment.request) is rejected (\(reason.rawValue)), not plannable"))
    }
    guard let worker, let request, let block = block(of: assignment) else { return found }

    if !worker.activities.contains(request.activity) {
      found.append(Violation(.authorisation, at: path, "worker \(worker.id) is not authorised for \(request.activity)"))
    }
    if !context.sameAgencyHolds(worker, request) {
      let agency = scenario.user(request.user).map { "\($0.agency)" } ?? "?"
      found.append(Violation(.agency, at: path, "worker \(worker.id) of \(worker.agency) may not serve \(request.user) of \(agency)"))
    }
    if request.excludedWorkers.contains(worker.id) {
      found.append(Violation(.exclusion, at: path, "worker \(worker.id) is excluded by \(request.id)"))
    }
    let km = context.oneWayKm(worker, request)
    if km > worker.maxDistanceKm + 1e-9 {
      found.append(Violation(.distance, at: path, "worker \(worker.id) is \(ValidationContext.text(km)) km from \(request.id), beyond their \(ValidationContext.text(worker.maxDistanceKm)) km"))
    }
    if block.date < scenario.weekStart || block.date > context.sunday {
      found.append(Violation(.week, at: path, "\(block.date) is outside the week \(scenario.weekStart)...\(context.sunday)"))
    }
    let slot = scenario.policy.slotMinutes
    if slot > 0, block.start % slot != 0 {
      found.append(Violation(.grid, at: path, "start \(assignment.start) is not on the \(slot)-minute grid"))
    }
    if let problem = windowProblem(request, block) { found.append(Violation(.window, at: path, problem)) }
    if let problem = availabilityProblem(worker, block) { found.append(Violation(.availability, at: path, problem)) }
    if fields { found += fieldViolations(of: assignment, at: path, worker: worker, request: request, km: km) }
    return found
  }

  private func windowProblem(_ request: Request, _ block: Block) -> String? {
    let windows = request.windows.filter { $0.date == block.date }
    if windows.contains(where: { $0.contains(day: block.date, start: block.start, end: block.end) }) { return nil }
    let needs = "\(request.id) needs \(ValidationContext.text(request.hours)) h from \(TimeOfDay(minutes: block.start)) on \(block.date)"
    guard !windows.isEmpty else { return "\(needs), but has no window that day" }
    let list = windows.map { "\($0.from)-\($0.to)" }.joined(separator: ", ")
    return "\(needs), beyond the window\(windows.count == 1 ? "" : "s") \(list)"
  }

  private func availabilityProblem(_ worker: Worker, _ block: Block) -> String? {
    let spans = worker.availability.filter { $0.date == block.date }
    if spans.contains(where: { $0.contains(day: block.date, start: block.start, end: block.end) }) { return nil }
    guard !spans.isEmpty else { return "worker \(worker.id) is not available on \(block.date)" }
    let list = spans.map { "\($0.from)-\($0.to)" }.joined(separator: ", ")
    return "worker \(worker.id) is not available \(block.text) on \(block.date) (only \(list))"
  }

  private func fieldViolations(of a: Plan.Assignment, at path: String, worker: Worker, request: Request, km: Double) -> [Violation] {
    var found: [Violation] = []
    if abs(a.hours - request.hours) > 1e-9 {
      found.append(Violation(.duration, at: path + ".hours", "\(ValidationContext.text(a.hours)) h differ from \(request.id)'s \(ValidationContext.text(request.hours)) h"))
    }
    let end = a.start.minutes + context.minutes(of: request)
    if a.end.minutes != end {
      found.append(Violation(.endTime, at: path + ".end", "end \(a.end) is not start \(a.start) + \(ValidationContext.text(request.hours)) h = \(TimeOfDay(minutes: end))"))
    }
    if a.user != request.user {
      found.append(Violation(.copiedFields, at: path + ".user", "user \(a.user) is not \(request.id)'s user \(request.user)"))
    }
    if a.activity != request.activity {
      found.append(Violation(.copiedFields, at: path + ".activity", "activity \(a.activity) is not \(request.id)'s activity \(request.activity)"))
    }
    if let capClass = context.capClass(of: request), a.capClass != capClass {
      found.append(Violation(.copiedFields, at: path + ".capClass", "cap class \(a.capClass.rawValue) is not \(request.activity)'s \(capClass.rawValue)"))
    }
    if abs(a.distanceKm - km) > 0.01 + 1e-9 {
      found.append(Violation(.distanceKm, at: path + ".distanceKm", "\(ValidationContext.text(a.distanceKm)) km differs from the recomputed \(ValidationContext.text(km)) km from \(worker.id) to \(request.id)"))
    }
    let cost = RuleArithmetic.travelCost(oneWayKm: km, rules: context.scenario.rules)
    if abs(a.travelCostEUR - cost) > 0.01 + 1e-9 {
      found.append(Violation(.travelCost, at: path + ".travelCostEUR", "\(ValidationContext.text(a.travelCostEUR)) EUR differs from the recomputed \(ValidationContext.text(cost)) EUR for \(ValidationContext.text(km)) km"))
    }
    return found
  }
}
