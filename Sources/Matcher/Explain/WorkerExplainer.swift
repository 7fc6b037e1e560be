extension Explainer {
  /// The worker's week, hours left under each cap and the requests they could
  /// still take, or nil if the scenario has no such worker.
  ///
  /// "Could still take" is the validator's maximality check
  /// (`SeatFunnel.stagesPassed` alone, then `SeatFunnel.idleSeat` with the
  /// plan's hours and blocks), run for this one worker over every plannable
  /// request they do not already hold.
  /// - Complexity: O(requests × placements × their assignments that day).
  package func worker(_ id: Worker.ID) -> WorkerExplanation? {
    guard let worker = scenario.worker(id) else { return nil }
    let week = byWorker[id] ?? []
    guard context.isEligible(id) else {
      return WorkerExplanation(worker: worker, ineligible: context.ineligibility(of: id) ?? "", week: week, caps: [], weekly: nil, openings: [])
    }
    var caps: [CapRoom] = []
    for cap in scenario.rules.caps {
      switch cap.period {
      case .month:
        for month in context.months {
          let planned = cap.classes.reduce(0.0) { $0 + ledger.hours(of: id, in: month, $1) }
          let used = HourLedger.worked(worker, in: month, counting: cap.classes) + planned
          caps.append(CapRoom(cap: cap.id, period: month.description, limit: cap.limit, used: used, needed: 0))
        }
      case .year:
        for year in context.years {
          let used = HourLedger.worked(worker, inYear: year, counting: cap.classes) + ledger.hours(of: id, inYear: year, counting: cap.classes)
          caps.append(CapRoom(cap: cap.id, period: String(year), limit: cap.limit, used: used, needed: 0))
        }
      }
    }
    let weekly = worker.maxHoursPerWeek.map { _ in weekRoom(of: worker, planned: ledger.weekHours(of: id), needed: 0) }
    let held = Set(week.map(\.request))
    var seatCount: [Request.ID: Int] = [:]
    for a in plan.assignments { seatCount[a.request, default: 0] += 1 }
    var openings: [WorkerExplanation.Opening] = []
    for request in context.plannableRequests where !held.contains(request.id) && funnel.stagesPassed(by: worker, for: request) == 5 {
      guard let idle = funnel.idleSeat(for: request, fitting: [worker], ledger: ledger, busy: busy) else { continue }
      openings.append(WorkerExplanation.Opening(
        request: request.id, date: idle.date, start: TimeOfDay(minutes: idle.start), seatOpen: (seatCount[request.id] ?? 0) < request.seats))
    }
    return WorkerExplanation(worker: worker, ineligible: nil, week: week, caps: caps, weekly: weekly, openings: openings.sorted())
  }
}
