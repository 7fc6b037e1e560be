/// Why a request's seats stayed empty, re-derived worker by worker, and
/// whether a fitting worker was left idle.
///
/// Each eligible worker not already seated on the request goes through five
/// stages: (1) authorised for the activity, (2) same agency when
/// `sameAgencyOnly` and within `maxDistanceKm`, (3) some grid start inside
/// one window and one availability interval, (4) that block alone within
/// every cap and `maxHoursPerWeek`, (5) not excluded. A worker past all five
/// fits. The true reason is `outcompeted` when someone fits, else the code of
/// the first stage no worker got past.
struct SeatFunnel: Sendable {
  /// The scenario and the validator's own classification of it.
  let context: ValidationContext

  /// Reason codes by the number of stages the best worker passed (0...4).
  private static let codes: [UnassignedReason] = [.noAuthorizedWorker, .outOfRange, .noCommonTime, .capExhausted, .excluded]

  /// The true reason for `request`'s missing seats, and the fitting workers sorted by id.
  func reason(for request: Request, seated: Set<Worker.ID>) -> (reason: UnassignedReason, fitting: [Worker]) {
    // Workers without the activity pass no stage; with `sameAgencyOnly`,
    // those of another agency pass one. Only the rest are walked through.
    let holders = context.workers(holding: request.activity)
    var deepest = 0
    var walked = holders
    if context.scenario.policy.sameAgencyOnly {
      if holders.contains(where: { !seated.contains($0.id) }) { deepest = 1 }
      walked = context.scenario.user(request.user).map { context.workers(holding: request.activity, in: $0.agency) } ?? []
    }
    var fitting: [Worker] = []
    for worker in walked where !seated.contains(worker.id) {
      let passed = stagesPassed(by: worker, for: request)
      if passed == 5 { fitting.append(worker) }
      deepest = max(deepest, passed)
    }
    return (fitting.isEmpty ? Self.codes[deepest] : .outcompeted, fitting)
  }

  /// How many of the five stages `worker` passes for `request`, stopping at the first failed.
  func stagesPassed(by worker: Worker, for request: Request) -> Int {
    guard worker.activities.contains(request.activity) else { return 0 }
    guard context.sameAgencyHolds(worker, request), context.oneWayKm(worker, request) <= worker.maxDistanceKm + 1e-9 else { return 1 }
    let placements = context.placements(of: request, for: worker)
    guard !placements.isEmpty else { return 2 }
    let rules = context.scenario.rules
    let withinCaps = placements.contains { placement in
      guard let capClass = context.capClass(of: request) else { return false }
      return HourLedger().breach(adding: request.hours, of: capClass, on: placement.date, for: worker, caps: rules.caps) == nil
        && !HourLedger().exceedsWeek(of: worker, adding: request.hours)
    }
    guard withinCaps else { return 3 }
    guard !request.excludedWorkers.contains(worker.id) else { return 4 }
    return 5
  }

  /// A fitting worker and start that could still take a seat of `request`
  /// given the plan's other assignments: no overlap or gap conflict, caps and
  /// weekly maximum with the planned hours. First by worker id, date, start.
  ///
  /// `busy` holds each worker's blocks by date (requests known).
  func idleSeat(
    for request: Request, fitting: [Worker], ledger: HourLedger, busy: [Worker.ID: [Day: [AssignmentRules.Block]]]
  ) -> (worker: Worker, date: Day, start: Int)? {
    guard let capClass = context.capClass(of: request) else { return nil }
    let length = context.minutes(of: request)
    let gap = context.scenario.policy.minGapMinutes
    let caps = context.scenario.rules.caps
    for worker in fitting {
      guard !ledger.exceedsWeek(of: worker, adding: request.hours) else { continue }
      for placement in context.placements(of: request, for: worker) {
        let end = placement.start + length
        let clear = (busy[worker.id]?[placement.date] ?? []).allSatisfy { other in
          end + gap <= other.start || other.end + gap <= placement.start
        }
        guard clear, ledger.breach(adding: request.hours, of: capClass, on: placement.date, for: worker, caps: caps) == nil else { continue }
        return (worker, placement.date, placement.start)
      }
    }
    return nil
  }
}
