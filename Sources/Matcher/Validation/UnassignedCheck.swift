/// Checks the plan's `unassigned` section: one entry per plannable request
/// short of seats, with the right `seatsMissing` and the one true reason, and
/// no request left short while a fitting worker could still take it.
struct UnassignedCheck: Sendable {
  /// The scenario and the validator's own classification of it.
  let context: ValidationContext

  /// Every problem of `plan.unassigned`, then the maximality violations by request id.
  /// - Complexity: O(requests × workers × placements) for the funnel.
  func violations(of plan: Plan) -> [Violation] {
    let scenario = context.scenario
    let funnel = SeatFunnel(context: context)
    let rules = AssignmentRules(context: context)
    var seated: [Request.ID: Set<Worker.ID>] = [:]
    var seatCount: [Request.ID: Int] = [:]
    var busy: [Worker.ID: [Day: [AssignmentRules.Block]]] = [:]
    for a in plan.assignments {
      seated[a.request, default: []].insert(a.worker)
      seatCount[a.request, default: 0] += 1
      if scenario.worker(a.worker) != nil, let block = rules.block(of: a) { busy[a.worker, default: [:]][a.date, default: []].append(block) }
    }
    let entries = plan.assignments.enumerated().map { WorkloadRules.Entry(assignment: $1, path: "assignments[\($0)]") }
    let ledger = WorkloadRules(context: context).ledger(of: entries)

    func missing(_ request: Request) -> Int { max(0, request.seats - (seatCount[request.id] ?? 0)) }
    var truth: [Request.ID: (reason: UnassignedReason, fitting: [Worker])] = [:]
    func truthOf(_ request: Request) -> (reason: UnassignedReason, fitting: [Worker]) {
      if let known = truth[request.id] { return known }
      let found = funnel.reason(for: request, seated: seated[request.id] ?? [])
      truth[request.id] = found
      return found
    }

    var found: [Violation] = []
    var entryPath: [Request.ID: String] = [:]
    for (index, entry) in plan.unassigned.enumerated() {
      let path = "unassigned[\(index)]"
      guard let request = scenario.request(entry.request), context.isPlannable(entry.request) else {
        found.append(Violation(.unassignedSeats, at: path + ".request", "\(entry.request) is not a plannable request"))
        continue
      }
      if let first = entryPath[entry.request] {
        found.append(Violation(.unassignedSeats, at: path, "\(entry.request) is listed again (first at \(first))"))
        continue
      }
      entryPath[entry.request] = path
      let short = missing(request)
      guard short > 0 else {
        found.append(Violation(.unassignedSeats, at: path, "\(request.id) has all its \(request.seats) seat\(request.seats == 1 ? "" : "s") filled and needs no entry"))
        continue
      }
      if entry.seatsMissing != short {
        found.append(Violation(.unassignedSeats, at: path + ".seatsMissing", "\(request.id) misses \(short) of \(request.seats) seats, not \(entry.seatsMissing)"))
      }
      let reason = truthOf(request).reason
      // A list of codes read as a set (formats.md asks no more): a code given twice is still the one true reason.
      if Set(entry.reasons) != [reason] {
        let given = entry.reasons.map(\.rawValue).joined(separator: ", ")
        found.append(Violation(.unassignedReasons, at: path + ".reasons", "\(request.id)'s true reason is \(reason.rawValue), not [\(given)]"))
      }
    }

    for request in context.plannableRequests where missing(request) > 0 && entryPath[request.id] == nil {
      found.append(Violation(.unassignedSeats, at: "unassigned", "\(request.id) misses \(missing(request)) of \(request.seats) seats but has no entry"))
    }

    for request in context.plannableRequests where missing(request) > 0 {
      let (reason, fitting) = truthOf(request)
      guard reason == .outcompeted, let idle = funnel.idleSeat(for: request, fitting: fitting, ledger: ledger, busy: busy) else { continue }
      found.append(Violation(
        .maximality, at: entryPath[request.id] ?? "unassigned",
        "request \(request.id) could still be seated by \(idle.worker.id) on \(idle.date) at \(TimeOfDay(minutes: idle.start))"))
    }
    return found
  }
}
