extension Explainer {
  /// Why `id` is seated as it is, or nil if the scenario has no such request.
  ///
  /// Each eligible worker (sorted by id) gets the first rule that stops them,
  /// in the funnel order of `SeatFunnel` (authorised, agency, distance, common
  /// time, caps and weekly maximum alone, exclusion), then: already seated on
  /// this request, taken by the plan's other work (the clashing assignments, or
  /// the cap the plan's other hours leave no room under), else "could take it".
  /// - Complexity: O(workers × placements × their assignments that day).
  package func request(_ id: Request.ID) -> RequestExplanation? {
    guard let request = scenario.request(id) else { return nil }
    if let reason = context.rejectionReason(of: id) {
      let message = scenario.rejected.first { $0.kind == .request && $0.id == id.rawValue }?.message ?? ""
      return RequestExplanation(request: request, status: .rejected(reason, message: message), candidates: [])
    }
    let seated = plan.assignments.filter { $0.request == id }
    let status: RequestExplanation.Status
    if let entry = plan.unassigned.first(where: { $0.request == id }) {
      status = .short(seated: seated, missing: entry.seatsMissing, reasons: entry.reasons)
    } else if seated.count < request.seats {
      status = .short(seated: seated, missing: request.seats - seated.count, reasons: [])
    } else {
      status = .seated(seated)
    }
    let filledBy = seated.count >= request.seats ? seated.map(\.worker).sorted() : []
    let candidates = context.eligibleWorkers.map { worker in
      RequestExplanation.Candidate(worker: worker.id, verdict: verdict(for: worker, on: request, seated: seated, filledBy: filledBy))
    }
    return RequestExplanation(request: request, status: status, candidates: candidates)
  }

  private func verdict(for worker: Worker, on request: Request, seated: [Plan.Assignment], filledBy: [Worker.ID]) -> RequestExplanation.Verdict {
    let passed = funnel.stagesPassed(by: worker, for: request)
    let caps = scenario.rules.caps
    let capClass = context.capClass(of: request) ?? .standard
    switch passed {
    case 0: return .notAuthorised
    case 1:
      if !context.sameAgencyHolds(worker, request) { return .otherAgency(worker: worker.agency, user: scenario.user(request.user)?.agency) }
      return .tooFar(km: context.oneWayKm(worker, request), maxKm: worker.maxDistanceKm)
    case 2: return .noCommonTime
    case 3:
      // No placement fits alone: name what the first one breaks.
      let placement = context.placements(of: request, for: worker)[0]
      if let breach = HourLedger().breach(adding: request.hours, of: capClass, on: placement.date, for: worker, caps: caps) {
        return .cap(Self.room(breach, needed: request.hours))
      }
      return .weeklyMaximum(weekRoom(of: worker, planned: 0, needed: request.hours))
    case 4: return .excluded
    default: break
    }
    if let mine = seated.first(where: { $0.worker == worker.id }) { return .seatedHere(mine) }
    if let idle = funnel.idleSeat(for: request, fitting: [worker], ledger: ledger, busy: busy) {
      return .couldTake(date: idle.date, start: TimeOfDay(minutes: idle.start), seatsFilledBy: filledBy)
    }
    // Fits alone but not with the plan: a cap first if some start is clear of clashes, else the clashes.
    let length = context.minutes(of: request)
    let gap = scenario.policy.minGapMinutes
    let rules = AssignmentRules(context: context)
    var clashes: [Plan.Assignment] = []
    var leastValue = Double.infinity
    for placement in context.placements(of: request, for: worker) {
      let end = placement.start + length
      let clashing = (byWorker[worker.id] ?? []).filter { other in
        guard other.date == placement.date, let block = rules.block(of: other) else { return false }
        return !(end + gap <= block.start || block.end + gap <= placement.start)
      }
      if clashing.isEmpty {
        if let breach = ledger.breach(adding: request.hours, of: capClass, on: placement.date, for: worker, caps: caps) {
          return .takenByCap(Self.room(breach, needed: request.hours))
        }
        return .takenByWeeklyMaximum(weekRoom(of: worker, planned: ledger.weekHours(of: worker.id), needed: request.hours))
      }
      for a in clashing where !clashes.contains(a) { clashes.append(a) }
      // What this start would displace, in coverage's own unit: priority × hours.
      leastValue = min(leastValue, clashing.reduce(0) { $0 + Double(scenario.request($1.request)?.priority ?? 1) * $1.hours })
    }
    return .takenByTime(clashes.sorted(), leastValue: leastValue)
  }

  /// The weekly maximum as a `CapRoom` (`cap` = `week`).
  func weekRoom(of worker: Worker, planned: Double, needed: Double) -> CapRoom {
    CapRoom(cap: "week", period: scenario.weekStart.description, limit: worker.maxHoursPerWeek ?? .infinity, used: planned, needed: needed)
  }
}
