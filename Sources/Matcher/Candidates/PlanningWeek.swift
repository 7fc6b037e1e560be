/// The scenario's plannable part, indexed densely for the hot loops.
///
/// Eligible workers and plannable requests are sorted by id and addressed by
/// `Int` position; days are 0 (Monday) ... 6 (Sunday). Hour caps become
/// per-worker *cap slots*: one per (cap, period) the week touches, holding
/// the hours still free under that cap after what was `worked`.
struct PlanningWeek: Sendable {
  let scenario: Scenario
  let workers: ContiguousArray<Worker>
  let requests: ContiguousArray<Request>
  let rules: RuleSet
  let policy: Policy
  /// Calendar months the week touches, in order (one or two).
  let months: [Month]
  /// Calendar years the week touches, in order (one or two).
  let years: [Int]
  /// Index into `months` / `years` of each day of the week.
  let dayMonth: [Int]
  let dayYear: [Int]
  /// For each day and cap class, the cap slots that count it (same for every worker).
  let slotsCounting: [[[Int]]]
  /// Number of cap slots per worker: one per (cap, period of the week).
  let slotCount: Int
  /// Per worker, hours still free in each cap slot (`limit − worked`, may be negative).
  let freeHours: ContiguousArray<[Double]>
  /// Per worker, the weekly maximum in hours, or +∞.
  let weekLimit: ContiguousArray<Double>
  /// Position of each worker / request by id.
  let workerPosition: [Worker.ID: Int]
  let requestPosition: [Request.ID: Int]
  /// Per request, its catalog activity (plannable requests always have one).
  let activity: ContiguousArray<Activity>
  /// Per request, its length in minutes (read in the hot loops without copying a `Request`).
  let minutes: ContiguousArray<Int>
  /// Per request, its hours and seats (the same, for the same reason).
  let hours: ContiguousArray<Double>
  let seats: ContiguousArray<Int>

  init(_ scenario: Scenario) {
    self.scenario = scenario
    rules = scenario.rules
    policy = scenario.policy
    workers = ContiguousArray(scenario.eligibleWorkers.sorted { $0.id < $1.id })
    requests = ContiguousArray(scenario.plannableRequests.sorted { $0.id < $1.id })
    let months = scenario.months
    let years = scenario.years
    let days = scenario.days
    let dayMonth = days.map { day in months.firstIndex(of: day.month) ?? 0 }
    let dayYear = days.map { day in years.firstIndex(of: day.components.year) ?? 0 }
    self.months = months
    self.years = years
    self.dayMonth = dayMonth
    self.dayYear = dayYear

    // Slot numbering: cap c, period p → c * 2 + p, where p indexes months (month caps) or years (year caps).
    let caps = scenario.rules.caps
    slotCount = caps.count * 2
    slotsCounting = (0..<7).map { d in
      CapClass.allCases.map { capClass in
        caps.enumerated().compactMap { c, cap in
          guard cap.counts(capClass) else { return nil }
          return c * 2 + (cap.period == .month ? dayMonth[d] : dayYear[d])
        }
      }
    }
    var free = ContiguousArray<[Double]>()
    free.reserveCapacity(workers.count)
    for worker in workers {
      var slots = [Double](repeating: .infinity, count: caps.count * 2)
      for (c, cap) in caps.enumerated() {
        switch cap.period {
        case .month:
          for (p, month) in months.enumerated() {
            let worked = cap.classes.reduce(0.0) { $0 + worker.workedHours(in: month, $1) }
            slots[c * 2 + p] = cap.limit - worked
          }
        case .year:
          for (p, year) in years.enumerated() {
            let worked = worker.worked.filter { $0.month.year == year }.reduce(0.0) { sum, month in
              cap.classes.reduce(sum) { $0 + month[$1] }
            }
            slots[c * 2 + p] = cap.limit - worked
          }
        }
      }
      free.append(slots)
    }
    freeHours = free
    weekLimit = ContiguousArray(workers.map { $0.maxHoursPerWeek ?? .infinity })
    workerPosition = Dictionary(uniqueKeysWithValues: workers.enumerated().map { ($1.id, $0) })
    requestPosition = Dictionary(uniqueKeysWithValues: requests.enumerated().map { ($1.id, $0) })
    minutes = ContiguousArray(requests.map(\.minutes))
    hours = ContiguousArray(requests.map(\.hours))
    seats = ContiguousArray(requests.map(\.seats))
    activity = ContiguousArray(requests.map { request in
      guard let activity = scenario.rules.activity(request.activity) else {
        preconditionFailure("plannable request \(request.id) has no catalog activity")
      }
      return activity
    })
  }

  /// Day index 0...6 of a date inside the week, else nil.
  func dayIndex(_ date: Day) -> Int? {
    let offset = date.ordinal - scenario.weekStart.ordinal
    return (0..<7).contains(offset) ? offset : nil
  }

  /// Tolerance for comparing hour sums against caps (hours are multiples of minutes).
  static let hourTolerance = 1e-6
}
