/// Lists every (worker, request, day, start) that could be chosen on its own.
///
/// Filters, in the funnel order of formats.md, and counted in `FilterStats`:
/// activity authorised; same agency when `policy.sameAgencyOnly`; one-way
/// road distance within the worker's `maxDistanceKm`; a start on the slot
/// grid with the whole block inside one request window and one availability
/// interval of that day; alone within every cap slot and `maxHoursPerWeek`;
/// worker not excluded by the request. Then `StartReduction` drops starts
/// that no optimum needs.
/// - Complexity: O(Σ_requests authorised workers of its agency × windows ×
///   availability intervals) plus the reduction.
struct CandidateEnumerator {
  let week: PlanningWeek
  /// Eligible workers holding each activity, by position.
  private let byActivity: [Activity.ID: [Int]]
  /// The same, per agency, for `sameAgencyOnly`.
  private let byAgencyActivity: [AgencyActivity: [Int]]
  /// Per worker and day, availability intervals in minutes.
  private let availability: ContiguousArray<[[(from: Int, to: Int)]]>
  private let continuity: Set<HistoryPair>
  private let monthCaps: [(offset: Int, element: Cap)]
  /// Starts of the previous plan to keep if the week allows (`--keep`).
  private let keep: Set<PinnedStart>
  private let keptRequests: Set<Int>

  init(week: PlanningWeek, keep: Set<PinnedStart> = []) {
    self.week = week
    self.keep = keep
    keptRequests = Set(keep.map(\.request))
    var byActivity: [Activity.ID: [Int]] = [:]
    var byAgencyActivity: [AgencyActivity: [Int]] = [:]
    var availability = ContiguousArray<[[(from: Int, to: Int)]]>()
    for (w, worker) in week.workers.enumerated() {
      for activity in Set(worker.activities).sorted() {
        byActivity[activity, default: []].append(w)
        byAgencyActivity[AgencyActivity(agency: worker.agency, activity: activity), default: []].append(w)
      }
      var days = [[(from: Int, to: Int)]](repeating: [], count: 7)
      for span in worker.availability {
        if let d = week.dayIndex(span.date) { days[d].append((span.from.minutes, span.to.minutes)) }
      }
      availability.append(days)
    }
    self.byActivity = byActivity
    self.byAgencyActivity = byAgencyActivity
    self.availability = availability
    continuity = Set(week.scenario.history)
    monthCaps = week.rules.caps.enumerated().filter { $0.element.period == .month }.map { ($0.offset, $0.element) }
  }

  /// The candidate set, reduced, sorted by (request, worker, day, start).
  func candidates(reduce: Bool = true) -> CandidateSet {
    var set = CandidateSet()
    set.stage = ContiguousArray(repeating: .none, count: week.requests.count)
    set.stats.pairs = week.workers.count * week.requests.count
    let pins = pinnedStarts()
    for r in week.requests.indices {
      set.stage[r] = examine(request: r, excluding: [], into: &set, pins: pins)
    }
    var result = reduce ? StartReduction(week: week).reduced(set) : set
    result.stats.dominated = set.count - result.count
    result.stats.kept = result.count
    return result
  }

  /// The first funnel stage that no worker outside `seated` gets past, for
  /// the reasons of a request left with empty seats.
  func stage(ofRequest r: Int, excluding seated: Set<Int>) -> FunnelStage {
    var scratch = CandidateSet()
    return examine(request: r, excluding: seated, into: &scratch, pins: [])
  }

  /// Walks request `r`'s workers (all but `excluded`) through the funnel,
  /// appending to `set` every start that passes, and returns the deepest
  /// stage any worker reached.
  private func examine(request r: Int, excluding skipped: Set<Int>, into set: inout CandidateSet, pins: Set<PinnedStart>) -> FunnelStage {
    let request = week.requests[r]
    let activity = week.activity[r]
    let slot = week.policy.slotMinutes
    func unskipped(_ workers: [Int]) -> [Int] { skipped.isEmpty ? workers : workers.filter { !skipped.contains($0) } }
    let authorised = unskipped(byActivity[request.activity] ?? [])
    set.stats.notAuthorised += week.workers.count - authorised.count
    guard !authorised.isEmpty else { return .none }
    var stage = FunnelStage.authorised
    let local: [Int]
    if week.policy.sameAgencyOnly, let userAgency = week.scenario.user(request.user)?.agency {
      local = unskipped(byAgencyActivity[AgencyActivity(agency: userAgency, activity: request.activity)] ?? [])
      set.stats.otherAgency += authorised.count - local.count
    } else {
      local = authorised
    }
    let hours = request.hours
    let length = request.minutes
    let excluded = Set(request.excludedWorkers)
    let preferred = Set(request.preferredWorkers)
    let weights = week.policy.objective
    // Few requests have a pin or a previous assignment: look those up only there.
    let pinnedHere = pins.contains { $0.request == r }
    let keptHere = keptRequests.contains(r)
    var starts: [(day: Int, start: Int)] = []
    for w in local {
      let worker = week.workers[w]
      let km = RuleArithmetic.oneWayKm(from: worker.home, to: request.location, policy: week.policy)
      guard km <= worker.maxDistanceKm else {
        set.stats.tooFar += 1
        continue
      }
      stage = max(stage, .inReach)
      starts.removeAll(keepingCapacity: true)
      for window in request.windows {
        guard let d = week.dayIndex(window.date) else { continue }
        for interval in availability[w][d] {
          let low = max(window.from.minutes, interval.from)
          let high = min(window.to.minutes, interval.to) - length
          var s = (low + slot - 1) / slot * slot
          while s <= high {
            starts.append((d, s))
            s += slot
          }
        }
      }
      guard !starts.isEmpty else {
        set.stats.noCommonTime += 1
        continue
      }
      starts.sort { ($0.day, $0.start) < ($1.day, $1.start) }
      var unique: [(day: Int, start: Int)] = []
      for start in starts where unique.last.map({ $0 != start }) ?? true { unique.append(start) }
      set.stats.starts += unique.count
      stage = max(stage, .commonTime)

      let isExcluded = excluded.contains(worker.id)
      let knows = preferred.contains(worker.id) || continuity.contains(HistoryPair(worker: worker.id, user: request.user))
      let cost = RuleArithmetic.travelCost(oneWayKm: km, rules: week.rules)
      for (d, s) in unique {
        guard fitsAlone(worker: w, day: d, capClass: activity.capClass, hours: hours) else {
          set.stats.overCap += 1
          continue
        }
        stage = max(stage, .withinCaps)
        if isExcluded {
          set.stats.excluded += 1
          continue
        }
        stage = .fits
        let share = monthCaps.reduce(1.0) { share, cap in
          let free = week.freeHours[w][cap.offset * 2 + week.dayMonth[d]]
          return cap.element.limit > 0 ? min(share, max(0, free) / cap.element.limit) : share
        }
        var secondary = -weights.travel * cost + weights.fairness * hours * min(1, share)
        if knows { secondary += weights.continuity * hours }
        if worker.ris { secondary += week.policy.risBonusPerHour * hours }
        set.append(
          worker: w, request: r, day: d, start: s,
          pinned: pinnedHere && pins.contains(PinnedStart(worker: w, request: r, day: d, start: s)),
          kept: keptHere && keep.contains(PinnedStart(worker: w, request: r, day: d, start: s)),
          coverage: Double(request.priority) * hours, secondary: secondary)
      }
    }
    return stage
  }

  /// Whether `hours` of `capClass` on day `d` fit every cap slot and the weekly maximum alone.
  func fitsAlone(worker w: Int, day d: Int, capClass: CapClass, hours: Double) -> Bool {
    if hours > week.weekLimit[w] + PlanningWeek.hourTolerance { return false }
    for slot in week.slotsCounting[d][capClass.rank] where hours > week.freeHours[w][slot] + PlanningWeek.hourTolerance {
      return false
    }
    return true
  }

  /// The scenario's pins as dense (worker, request, day, start).
  func pinnedStarts() -> Set<PinnedStart> {
    Set(week.scenario.pinned.compactMap { pin in
      guard let w = week.workerPosition[pin.worker], let r = week.requestPosition[pin.request],
        let d = week.dayIndex(pin.date)
      else { return nil }
      return PinnedStart(worker: w, request: r, day: d, start: pin.start.minutes)
    })
  }
}

/// A pin in dense indices.
struct PinnedStart: Hashable, Sendable {
  var worker: Int
  var request: Int
  var day: Int
  var start: Int
}

/// Index key: workers of one agency authorised for one activity.
struct AgencyActivity: Hashable, Sendable {
  var agency: Agency.ID
  var activity: Activity.ID
}
