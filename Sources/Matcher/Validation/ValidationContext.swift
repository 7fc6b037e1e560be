/// What the validator knows of a scenario, derived on its own: who takes
/// part, which records are rejected and why, and the week's calendar.
///
/// It re-derives the classification of formats.md instead of trusting
/// `Scenario.rejected`, so that a loader bug shows up as a plan violation.
/// Only `RuleArithmetic.eligibility` is shared with the loader.
struct ValidationContext: Sendable {
  /// Slack for comparing sums of hours (hours are slot fractions, sums exact up to rounding noise).
  static let hoursEpsilon = 1e-6

  /// The scenario as loaded; its `rejected` list is not trusted.
  let scenario: Scenario
  /// Sunday of the week.
  let sunday: Day
  /// Calendar months the week touches, in order.
  let months: [Month]
  /// Calendar years the week touches, in order.
  let years: [Int]
  /// The records the plan must list as rejected, sorted by kind then id.
  let expectedRejections: [Rejection]
  /// Eligible workers, sorted by id.
  let eligibleWorkers: [Worker]
  /// Plannable requests, sorted by id.
  let plannableRequests: [Request]
  private let eligibleIDs: Set<Worker.ID>
  /// Eligible workers holding each activity, sorted by id; the same per agency.
  private let holders: [Activity.ID: [Worker]]
  private let localHolders: [AgencyHolding: [Worker]]
  private let plannableIDs: Set<Request.ID>
  private let rejectionByRequest: [Request.ID: RejectionReason]
  private let ineligibility: [Worker.ID: String]
  private let historyPairs: Set<HistoryPair>

  /// Derives the classification of `scenario`.
  /// - Complexity: O(records × catalog size).
  init(scenario: Scenario) {
    self.scenario = scenario
    let monday = scenario.weekStart
    sunday = monday.adding(days: 6)
    let days = (0..<7).map { monday.adding(days: $0) }
    var months: [Month] = []
    var years: [Int] = []
    for day in days {
      if !months.contains(day.month) { months.append(day.month) }
      if !years.contains(day.components.year) { years.append(day.components.year) }
    }
    self.months = months
    self.years = years

    var rejections: [Rejection] = []
    var ineligibility: [Worker.ID: String] = [:]
    for worker in scenario.workers {
      if case .ineligible(let why) = RuleArithmetic.eligibility(of: worker, at: monday, rules: scenario.rules) {
        ineligibility[worker.id] = why
        rejections.append(Rejection(kind: .worker, id: worker.id.rawValue, reason: .ineligible, message: why))
      }
    }
    var rejectionByRequest: [Request.ID: RejectionReason] = [:]
    for request in scenario.requests {
      if let (reason, message) = Self.rejection(of: request, scenario: scenario, sunday: monday.adding(days: 6)) {
        rejectionByRequest[request.id] = reason
        rejections.append(Rejection(kind: .request, id: request.id.rawValue, reason: reason, message: message))
      }
    }
    expectedRejections = rejections.sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }
    self.ineligibility = ineligibility
    self.rejectionByRequest = rejectionByRequest
    eligibleWorkers = scenario.workers.filter { ineligibility[$0.id] == nil }.sorted { $0.id.rawValue < $1.id.rawValue }
    plannableRequests = scenario.requests.filter { rejectionByRequest[$0.id] == nil }.sorted { $0.id.rawValue < $1.id.rawValue }
    eligibleIDs = Set(eligibleWorkers.map(\.id))
    var holders: [Activity.ID: [Worker]] = [:]
    var localHolders: [AgencyHolding: [Worker]] = [:]
    for worker in eligibleWorkers {
      for activity in Set(worker.activities) {
        holders[activity, default: []].append(worker)
        localHolders[AgencyHolding(agency: worker.agency, activity: activity), default: []].append(worker)
      }
    }
    self.holders = holders
    self.localHolders = localHolders
    plannableIDs = Set(plannableRequests.map(\.id))
    historyPairs = Set(scenario.history)
  }

  /// The first rejection reason of formats.md that applies to `request`, if any:
  /// unknown_activity, activity_not_allowed, window_outside_week, bad_duration.
  static func rejection(of request: Request, scenario: Scenario, sunday: Day) -> (RejectionReason, String)? {
    guard let activity = scenario.rules.activity(request.activity) else {
      return (.unknownActivity, "activity \(request.activity) is not in the catalog")
    }
    let kind = scenario.user(request.user)?.kind ?? "unknown"
    guard activity.userKinds.contains(kind) else {
      return (.activityNotAllowed, "\(activity.id) is not allowed for a \(kind) user")
    }
    if let outside = request.windows.first(where: { $0.date < scenario.weekStart || $0.date > sunday }) {
      return (.windowOutsideWeek, "window on \(outside.date) is outside the week")
    }
    let exact = request.hours * 60
    let slot = scenario.policy.slotMinutes
    let whole = exact.rounded()
    guard abs(exact - whole) < 1e-9, slot > 0, Int(whole) % slot == 0 else {
      return (.badDuration, "\(JSONWriter.format(request.hours)) h is not a whole number of \(slot)-minute slots")
    }
    guard request.windows.contains(where: { Double($0.to.minutes - $0.from.minutes) >= whole }) else {
      return (.badDuration, "\(JSONWriter.format(request.hours)) h is longer than every window")
    }
    return nil
  }

  /// A number as messages print it: `3`, `2.5`, `19.84` (two decimals at most).
  static func text(_ value: Double) -> String { JSONWriter.format((value * 100).rounded() / 100) }

  /// Whether the worker exists and is eligible.
  func isEligible(_ id: Worker.ID) -> Bool { eligibleIDs.contains(id) }
  /// Whether the request exists and is not rejected.
  func isPlannable(_ id: Request.ID) -> Bool { plannableIDs.contains(id) }
  /// Why a worker is ineligible, if they are.
  func ineligibility(of id: Worker.ID) -> String? { ineligibility[id] }
  /// Why a request is rejected, if it is.
  func rejectionReason(of id: Request.ID) -> RejectionReason? { rejectionByRequest[id] }

  /// The cap class of the request's activity, if the catalog has it.
  func capClass(of request: Request) -> CapClass? { scenario.rules.activity(request.activity)?.capClass }

  /// Length of the request's block in minutes, from its hours.
  func minutes(of request: Request) -> Int { Int((request.hours * 60).rounded()) }

  /// Whether the user knows the worker: a history pair or a preferred worker of the request.
  func isContinuity(worker: Worker.ID, request: Request) -> Bool {
    request.preferredWorkers.contains(worker) || historyPairs.contains(HistoryPair(worker: worker, user: request.user))
  }

  /// One-way road km from the worker's home to the request's place, unrounded.
  func oneWayKm(_ worker: Worker, _ request: Request) -> Double {
    RuleArithmetic.oneWayKm(from: worker.home, to: request.location, policy: scenario.policy)
  }

  /// Eligible workers holding `activity`, sorted by id; only those of
  /// `agency` when one is given.
  func workers(holding activity: Activity.ID, in agency: Agency.ID? = nil) -> [Worker] {
    guard let agency else { return holders[activity] ?? [] }
    return localHolders[AgencyHolding(agency: agency, activity: activity)] ?? []
  }

  /// Whether the worker may serve the request's user under `sameAgencyOnly`.
  func sameAgencyHolds(_ worker: Worker, _ request: Request) -> Bool {
    guard scenario.policy.sameAgencyOnly else { return true }
    return scenario.user(request.user)?.agency == worker.agency
  }

  /// Every grid start of the request's block that lies inside one window and
  /// one availability interval of the worker, sorted by date then start.
  /// - Complexity: O(windows × availability + placements).
  func placements(of request: Request, for worker: Worker) -> [(date: Day, start: Int)] {
    let slot = max(1, scenario.policy.slotMinutes)
    let length = minutes(of: request)
    var found = Set<Int>()
    var result: [(date: Day, start: Int)] = []
    for window in request.windows {
      for span in worker.availability where span.date == window.date {
        let low = max(window.from.minutes, span.from.minutes)
        let high = min(window.to.minutes, span.to.minutes)
        var start = (low + slot - 1) / slot * slot
        while start + length <= high {
          // One key per (date, start): ordinal × minutes-per-day + start.
          if found.insert(window.date.ordinal * 1441 + start).inserted { result.append((window.date, start)) }
          start += slot
        }
      }
    }
    return result.sorted { ($0.date, $0.start) < ($1.date, $1.start) }
  }
}

/// Index key: an agency's workers holding one activity.
private struct AgencyHolding: Hashable, Sendable {
  var agency: Agency.ID
  var activity: Activity.ID
}
