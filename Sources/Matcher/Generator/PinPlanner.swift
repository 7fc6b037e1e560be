/// Picks the few pinned assignments of a generated week, each valid under every rule.
///
/// A pin is made by finding a worker who truly fits: eligible, authorised
/// for the activity, of the request's agency, not excluded, within their
/// distance limit (with a 50 m margin), with the hours left under every cap
/// of the month and year of the day and under their weekly limit, and free
/// (an availability interval) for a block on the slot grid inside one of the
/// request's windows. Each worker and each request gets at most one pin, so
/// pins never overlap for a worker nor exceed a request's seats.
struct PinPlanner {
  let seed: UInt64
  let rules: RuleSet
  let policy: Policy
  let monday: Day

  /// Up to `count` pins; preferred workers are tried first.
  /// - Complexity: O(requests + tries × workers of one agency).
  func pins(
    count: Int, requests: [Request], plannable: [Bool], requestAgency: [Int], workers: [GeneratedWorker],
    holders: AgencyHolders
  ) -> [Pin] {
    guard count > 0 else { return [] }
    var rng = SeededRandom(seed: seed, .pins)
    var order = requests.indices.filter { plannable[$0] }
    rng.shuffle(&order)
    var pinnedWorkers = Set<Int>()
    var pins: [(index: Int, pin: Pin)] = []
    let workerIndex = Dictionary(workers.enumerated().map { ($1.worker.id, $0) }, uniquingKeysWith: { first, _ in first })
    for requestIndex in order.prefix(count * 40) where pins.count < count {
      let request = requests[requestIndex]
      var candidates = request.preferredWorkers.compactMap { workerIndex[$0] }
      var others = holders.workers(agency: requestAgency[requestIndex], activity: request.activity)
      rng.shuffle(&others)
      candidates += others.prefix(60)
      for candidate in candidates where !pinnedWorkers.contains(candidate) {
        let options = fits(workers[candidate], request)
        guard !options.isEmpty else { continue }
        let choice = rng.pick(options)
        pins.append((requestIndex, Pin(request: request.id, worker: workers[candidate].worker.id, date: choice.date, start: choice.start)))
        pinnedWorkers.insert(candidate)
        break
      }
    }
    return pins.sorted { $0.index < $1.index }.map(\.pin)
  }

  /// Every (date, start) at which `generated` could take `request` alone; empty if a rule forbids it.
  func fits(_ generated: GeneratedWorker, _ request: Request) -> [(date: Day, start: TimeOfDay)] {
    let worker = generated.worker
    guard !generated.meantIneligible,
      RuleArithmetic.eligibility(of: worker, at: monday, rules: rules) == .eligible,
      worker.activities.contains(request.activity),
      !request.excludedWorkers.contains(worker.id),
      let activity = rules.activity(request.activity)
    else { return [] }
    let distance = RuleArithmetic.oneWayKm(from: worker.home, to: request.location, policy: policy)
    guard distance <= worker.maxDistanceKm - 0.05 else { return [] }
    if let weekly = worker.maxHoursPerWeek, request.hours > weekly { return [] }

    var options: [(date: Day, start: TimeOfDay)] = []
    let slot = policy.slotMinutes
    for window in request.windows {
      guard capsAllow(worker, hours: request.hours, capClass: activity.capClass, on: window.date) else { continue }
      for free in worker.availability where free.date == window.date {
        let low = max(window.from.minutes, free.from.minutes)
        let high = min(window.to.minutes, free.to.minutes)
        var start = (low + slot - 1) / slot * slot
        while start + request.minutes <= high {
          options.append((window.date, TimeOfDay(minutes: start)))
          start += slot
        }
      }
    }
    return options
  }

  /// Whether `hours` of `capClass` on `day` keep the worker within every cap.
  private func capsAllow(_ worker: Worker, hours: Double, capClass: CapClass, on day: Day) -> Bool {
    let month = day.month
    for cap in rules.caps where cap.counts(capClass) {
      var used = 0.0
      for entry in worker.worked where cap.period == .month ? entry.month == month : entry.month.year == month.year {
        for counted in cap.classes { used += entry[counted] }
      }
      if used + hours > cap.limit { return false }
    }
    return true
  }
}

/// Workers of each agency holding each activity, for O(1) picks.
struct AgencyHolders {
  /// `lists[agency][activity position in the catalog]`: worker indices, in file order.
  private var lists: [[[Int]]]
  private let catalogOrder: [Activity.ID: Int]

  init(workers: [GeneratedWorker], agencies: Int, rules: RuleSet) {
    let order = Dictionary(rules.activities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    catalogOrder = order
    lists = Array(repeating: Array(repeating: [], count: rules.activities.count), count: agencies)
    for (index, generated) in workers.enumerated() {
      for activity in generated.worker.activities {
        if let position = order[activity] { lists[generated.agencyIndex][position].append(index) }
      }
    }
  }

  /// Indices of the agency's workers authorised for `activity`.
  func workers(agency: Int, activity: Activity.ID) -> [Int] {
    guard let position = catalogOrder[activity] else { return [] }
    return lists[agency][position]
  }
}
