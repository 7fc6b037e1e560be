import Testing

@testable import Matcher

/// One way of breaking the valid plan of `ValidatorWeek`, and the rules the validator must name.
struct PlanMutation: Sendable, CustomTestStringConvertible {
  let name: String
  /// The rules reported, exactly (or at least, when `exact` is false).
  let expected: Set<Violation.Rule>
  let exact: Bool
  let make: @Sendable (Scenario) -> Plan

  var testDescription: String { name }

  /// A plan re-assembled from edited choices: derived fields stay consistent.
  static func choices(
    _ name: String, _ expected: Set<Violation.Rule>, exact: Bool = true, _ edit: @escaping @Sendable (inout [Choice]) -> Void
  ) -> PlanMutation {
    PlanMutation(name: name, expected: expected, exact: exact) { scenario in
      var choices = ValidatorWeek.choices
      edit(&choices)
      return ValidatorWeek.plan(scenario, choices: choices)
    }
  }

  /// The valid plan with fields edited in place.
  static func plan(
    _ name: String, _ expected: Set<Violation.Rule>, exact: Bool = true, _ edit: @escaping @Sendable (inout Plan) -> Void
  ) -> PlanMutation {
    PlanMutation(name: name, expected: expected, exact: exact) { scenario in
      var plan = ValidatorWeek.plan(scenario)
      edit(&plan)
      return plan
    }
  }
}

/// Helpers to edit the valid plan by record rather than by position.
extension Array where Element == Choice {
  /// Replaces the choice of `worker` on `request` with one built from the arguments.
  mutating func move(_ request: String, _ worker: String, to newWorker: String, _ date: String, _ start: String) {
    guard let index = firstIndex(where: { $0.request.rawValue == request && $0.worker.rawValue == worker }) else { return }
    self[index] = ValidatorWeek.choice(request, newWorker, date, start, pinned: self[index].pinned)
  }
}

extension Plan {
  /// Edits the assignment of `worker` on `request`.
  mutating func edit(_ request: String, _ worker: String, _ change: (inout Assignment) -> Void) {
    guard let index = assignments.firstIndex(where: { $0.request.rawValue == request && $0.worker.rawValue == worker }) else { return }
    change(&assignments[index])
  }
}

private let tue = ValidatorWeek.tuesday
private let wed = ValidatorWeek.wednesday

/// One mutation per check of the validator.
let planMutations: [PlanMutation] = [
  // Header and solver.
  .plan("another scenario id", [.header]) { $0.scenario = "other-week" },
  .plan("another week", [.header]) { $0.weekStart = HandMadeScenario.day("2026-11-30") },
  .plan("a negative gap", [.solverGap]) { $0.solver.gap = -0.5 },
  // Who may go.
  .choices("an ineligible worker", [.eligibility]) { $0.move("r-1", "w-1", to: "w-3", tue, "09:00") },
  .plan("a worker not in the scenario", [.eligibility, .workerTotals, .summary]) { plan in
    plan.edit("r-1", "w-1") { $0.worker = "w-99" }
  },
  .choices("a worker without the authorisation", [.authorisation]) { $0.move("r-1", "w-1", to: "w-2", tue, "09:00") },
  .choices("a worker of another agency", [.agency]) { $0.move("r-1", "w-1", to: "w-4", tue, "09:00") },
  .choices("an excluded worker", [.exclusion]) { $0.move("r-1", "w-1", to: "w-5", tue, "09:00") },
  .choices("a worker too far away", [.distance]) { $0.move("r-1", "w-1", to: "w-6", tue, "09:00") },
  .choices("a rejected request", [.plannableRequest]) { $0.append(ValidatorWeek.choice("r-3", "w-1", wed, "09:00")) },
  .plan("a request not in the scenario", [.plannableRequest], exact: false) { plan in
    plan.edit("r-1", "w-1") { $0.request = "r-99" }
  },
  // When.
  .choices("a date outside the week", [.week, .window, .availability]) { $0.move("r-1", "w-1", to: "w-1", "2026-11-30", "09:00") },
  .choices("a start off the grid", [.grid]) { $0.move("r-1", "w-1", to: "w-1", tue, "09:15") },
  .choices("a block beyond the window", [.window]) { $0.move("r-1", "w-1", to: "w-1", tue, "16:30") },
  .choices("a block across an availability break", [.availability]) { $0.move("r-2", "w-2", to: "w-2", tue, "11:00") },
  // Copied and recomputed fields.
  .plan("hours unlike the request's", [.duration]) { plan in plan.edit("r-1", "w-1") { $0.hours = 4 } },
  .plan("an end unlike start + hours", [.endTime]) { plan in plan.edit("r-1", "w-1") { $0.end = TimeOfDay(minutes: 13 * 60) } },
  .plan("another user", [.copiedFields]) { plan in plan.edit("r-1", "w-1") { $0.user = "u-2" } },
  .plan("another activity", [.copiedFields]) { plan in plan.edit("r-1", "w-1") { $0.activity = "odd_jobs" } },
  .plan("another cap class", [.copiedFields]) { plan in plan.edit("r-1", "w-1") { $0.capClass = .standard } },
  .plan("a wrong distance", [.distanceKm]) { plan in plan.edit("r-1", "w-1") { $0.distanceKm += 0.5 } },
  .plan("a wrong travel cost", [.travelCost]) { plan in plan.edit("r-1", "w-1") { $0.travelCostEUR = 3 } },
  // Together.
  .choices("more workers than seats", [.seats]) { $0.append(ValidatorWeek.choice("r-2", "w-5", tue, "10:00")) },
  .choices("one worker on two seats", [.distinctWorkers]) { $0.move("r-2", "w-1", to: "w-2", tue, "15:00") },
  .choices("overlapping jobs", [.overlap]) { $0.move("r-2", "w-1", to: "w-1", tue, "11:00") },
  .choices("jobs too close", [.minGap]) { $0.move("r-2", "w-1", to: "w-1", tue, "12:00") },
  .choices("a month cap broken", [.cap]) { $0.move("r-6", "w-5", to: "w-1", wed, "09:00") },
  .choices("a weekly maximum broken", [.weeklyHours]) { $0.move("r-2", "w-2", to: "w-7", tue, "12:30") },
  // Pins.
  .plan("a pin not flagged", [.pinMissing]) { plan in plan.edit("r-10", "w-2") { $0.pinned = false } },
  .choices("a pin moved", [.pinMissing, .pinUnexpected]) { $0.move("r-10", "w-2", to: "w-2", ValidatorWeek.thursday, "10:00") },
  .plan("a flag without a pin", [.pinUnexpected]) { plan in plan.edit("r-6", "w-5") { $0.pinned = true } },
  // Rejected.
  .plan("a rejection left out", [.rejected]) { $0.rejected.removeFirst() },
  .plan("a wrong rejection code", [.rejected]) { $0.rejected[0].reason = .badDuration },
  .plan("an eligible worker listed as rejected", [.rejected]) { plan in
    plan.rejected.insert(Rejection(kind: .worker, id: "w-1", reason: .ineligible, message: "no"), at: plan.rejected.count - 1)
  },
  .plan("a rejection listed twice", [.rejected]) { $0.rejected.insert($0.rejected[0], at: 1) },
  // Unassigned.
  .plan("a short request without entry", [.unassignedSeats]) { $0.unassigned.removeFirst() },
  .plan("a wrong count of missing seats", [.unassignedSeats]) { $0.unassigned[0].seatsMissing = 2 },
  .plan("an entry for a seated request", [.unassignedSeats]) { plan in
    plan.unassigned.insert(Plan.Unassigned(request: "r-1", seatsMissing: 1, reasons: [.outcompeted]), at: 0)
  },
  .plan("an entry for a rejected request", [.unassignedSeats]) { plan in
    plan.unassigned.insert(Plan.Unassigned(request: "r-3", seatsMissing: 1, reasons: [.noAuthorizedWorker]), at: 0)
  },
  .plan("an entry listed twice", [.unassignedSeats]) { $0.unassigned.insert($0.unassigned[0], at: 1) },
  .plan("a wrong reason", [.unassignedReasons]) { $0.unassigned[0].reasons = [.outcompeted] },
  .plan("two reasons", [.unassignedReasons]) { $0.unassigned[1].reasons = [.outOfRange, .noCommonTime] },
  .plan("no reason", [.unassignedReasons]) { $0.unassigned[1].reasons = [] },
  // Worker totals.
  .plan("wrong planned hours", [.workerTotals]) { $0.workers[0].plannedHours += 1 },
  .plan("a wrong month total", [.workerTotals]) { $0.workers[0].months[0].standard += 1 },
  .plan("a wrong year total", [.workerTotals]) { $0.workers[0].yearHours[0].hours += 1 },
  .plan("a month the week does not touch", [.workerTotals]) { plan in
    plan.workers[0].months.append(Plan.MonthTotals(month: Month(year: 2026, month: 12), standard: 0, extended: 0, seasonal: 0))
  },
  .plan("an eligible worker left out", [.workerTotals]) { $0.workers.remove(at: 2) },
  .plan("an ineligible worker listed", [.workerTotals]) { plan in
    plan.workers.insert(Plan.WorkerTotals(id: "w-3", plannedHours: 0, months: plan.workers[0].months, yearHours: plan.workers[0].yearHours), at: 2)
  },
  // Summary.
  .plan("a wrong request count", [.summary]) { $0.summary.requests += 1 },
  .plan("a wrong seat count", [.summary]) { $0.summary.seats -= 1 },
  .plan("wrong requested hours", [.summary]) { $0.summary.requestedHours += 1 },
  .plan("wrong covered hours", [.summary]) { $0.summary.coveredHours -= 0.5 },
  .plan("a wrong weighted coverage", [.summary]) { $0.summary.weightedCoverage += 0.001 },
  .plan("a wrong travel total", [.summary]) { $0.summary.travelCostEUR += 0.02 },
  .plan("a wrong continuity count", [.summary]) { $0.summary.continuityAssignments += 1 },
  // Orders.
  // Orders: only the assignments' (formats.md; the other lists are read in any order, see PlanReadingTests).
  .plan("assignments out of order", [.order]) { $0.assignments.swapAt(0, 1) },
]

@Suite("PlanValidator")
struct PlanValidatorTests {
  @Test("the assembled plan of the hand-made week is valid")
  func validPlanPasses() throws {
    let scenario = try ValidatorWeek.scenario.load()
    let plan = ValidatorWeek.plan(scenario)
    #expect(PlanValidator(scenario: scenario).violations(of: plan).map(\.description) == [])
    // The week is what the tests think it is.
    #expect(plan.assignments.count == 5)
    #expect(plan.rejected.map(\.id) == ["r-3", "r-4", "r-8", "r-9", "w-3"])
    #expect(plan.workers.map(\.id.rawValue) == ["w-1", "w-2", "w-4", "w-5", "w-6", "w-7"])
  }

  @Test("the plan survives a JSON round trip and stays valid")
  func decodedPlanPasses() throws {
    let scenario = try ValidatorWeek.scenario.load()
    let plan = try Plan.decode(ValidatorWeek.plan(scenario).jsonBytes)
    #expect(PlanValidator(scenario: scenario).violations(of: plan).map(\.description) == [])
  }

  @Test("each broken rule is named", arguments: planMutations)
  func namesTheBrokenRule(_ mutation: PlanMutation) throws {
    let scenario = try ValidatorWeek.scenario.load()
    let violations = PlanValidator(scenario: scenario).violations(of: mutation.make(scenario))
    let rules = Set(violations.map(\.rule))
    if mutation.exact {
      #expect(rules == mutation.expected, "\(violations.map(\.description))")
    } else {
      #expect(rules.isSuperset(of: mutation.expected), "\(violations.map(\.description))")
    }
  }

  @Test("every rule has a mutation that breaks it")
  func everyRuleIsCovered() {
    let covered = planMutations.reduce(into: Set<Violation.Rule>()) { $0.formUnion($1.expected) }
      .union([.maximality])  // broken in maximalityViolation
    #expect(Set(Violation.Rule.allCases).subtracting(covered) == [])
  }

  @Test("violations name the records and numbers")
  func messagesAreSpecific() throws {
    let scenario = try ValidatorWeek.scenario.load()
    let validator = PlanValidator(scenario: scenario)
    var choices = ValidatorWeek.choices
    choices.move("r-1", "w-1", to: "w-2", tue, "09:00")
    choices.move("r-6", "w-5", to: "w-1", wed, "09:00")
    let descriptions = validator.violations(of: ValidatorWeek.plan(scenario, choices: choices)).map(\.description)
    #expect(descriptions.contains("assignments[0]: [authorisation] worker w-2 is not authorised for gardening"))
    #expect(descriptions.contains("assignments[3]: [cap] worker w-1's month-standard cap for 2026-11 reaches 46 h, limit 45"))

    var window = ValidatorWeek.choices
    window.move("r-1", "w-1", to: "w-1", tue, "16:30")
    let windowText = validator.violations(of: ValidatorWeek.plan(scenario, choices: window)).map(\.description)
    #expect(windowText == ["assignments[2]: [window] r-1 needs 3 h from 16:30 on 2026-11-24, beyond the window 08:00-18:00"])

    let described = Violation(.summary, at: "summary.coveredHours", "Σ hours of the assignments is 8, not 7.5").description
    #expect(described == "summary.coveredHours: [summary] Σ hours of the assignments is 8, not 7.5")
  }

  @Test("the same plan gives the same violations in the same order")
  func deterministic() throws {
    let scenario = try ValidatorWeek.scenario.load()
    var plan = ValidatorWeek.plan(scenario)
    plan.assignments.reverse()
    plan.workers.reverse()
    plan.summary.coveredHours = 0
    let first = PlanValidator(scenario: scenario).violations(of: plan)
    for _ in 0..<5 {
      let again = try ValidatorWeek.scenario.load()
      #expect(PlanValidator(scenario: again).violations(of: plan) == first)
    }
  }
}

/// A hand-made week with one short request, and the one true reason for it.
struct ReasonCase: Sendable, CustomTestStringConvertible {
  let name: String
  let reason: UnassignedReason
  let workers: [HandMadeScenario.WorkerSpec]
  var requests: [HandMadeScenario.RequestSpec] = [ReasonCase.gardening("r-1")]
  var choices: [Choice] = []
  /// The request left short.
  var short = "r-1"

  var testDescription: String { name }

  /// Two hours of gardening on Tuesday between 08:00 and 12:00.
  static func gardening(_ id: String, from: String = "08:00", to: String = "12:00", excluded: [String] = []) -> HandMadeScenario.RequestSpec {
    .init(id: id, activity: "gardening", hours: 2, windows: [(ValidatorWeek.tuesday, from, to)], excluded: excluded)
  }

  /// A gardener available on Tuesday morning, at the centre.
  static func gardener(_ id: String, activities: [String] = ["gardening"], from: String = "08:00", to: String = "12:00") -> HandMadeScenario.WorkerSpec {
    .init(id: id, activities: activities, availability: [(ValidatorWeek.tuesday, from, to)])
  }

  func scenario() throws -> Scenario {
    var s = HandMadeScenario()
    s.workers = workers
    s.requests = requests
    return try s.load()
  }

  /// The plan of `choices` with the short request listed under `reasons`.
  func plan(_ scenario: Scenario, reasons: [UnassignedReason]) -> Plan {
    PlanAssembler.plan(
      for: scenario, choices: choices, unassigned: [Plan.Unassigned(request: Request.ID(short), seatsMissing: 1, reasons: reasons)],
      status: .heuristic, solver: ValidatorWeek.solver)
  }
}

let reasonCases: [ReasonCase] = [
  ReasonCase(name: "nobody holds the activity", reason: .noAuthorizedWorker, workers: [ReasonCase.gardener("w-1", activities: ["odd_jobs"])]),
  ReasonCase(name: "the gardeners are too far", reason: .outOfRange, workers: [
    .init(id: "w-1", home: HandMadeScenario.north, activities: ["gardening"], availability: [(ValidatorWeek.tuesday, "08:00", "12:00")]),
    ReasonCase.gardener("w-2", activities: ["odd_jobs"]),
  ]),
  ReasonCase(name: "a gardener of another agency", reason: .outOfRange, workers: [
    .init(id: "w-1", agency: "ale-liege", activities: ["gardening"], availability: [(ValidatorWeek.tuesday, "08:00", "12:00")]),
  ]),
  ReasonCase(name: "the near gardener is free only in the afternoon", reason: .noCommonTime, workers: [
    ReasonCase.gardener("w-1", from: "13:00", to: "18:00"),
    .init(id: "w-2", home: HandMadeScenario.north, activities: ["gardening"], availability: [(ValidatorWeek.tuesday, "08:00", "12:00")]),
    ReasonCase.gardener("w-3", activities: ["odd_jobs"]),
  ]),
  ReasonCase(name: "the overlap of times is off the grid", reason: .noCommonTime, workers: [ReasonCase.gardener("w-1", from: "08:15", to: "10:15")]),
  ReasonCase(name: "the gardener's month-extended cap is full", reason: .capExhausted, workers: [
    .init(id: "w-1", activities: ["gardening"], availability: [(ValidatorWeek.tuesday, "08:00", "12:00")], worked: [("2026-11", 0, 69, 0)]),
    ReasonCase.gardener("w-2", from: "13:00", to: "18:00"),
  ]),
  ReasonCase(name: "the gardener's weekly maximum is too small", reason: .capExhausted, workers: [
    .init(id: "w-1", activities: ["gardening"], availability: [(ValidatorWeek.tuesday, "08:00", "12:00")], maxHoursPerWeek: 1.5),
  ]),
  ReasonCase(
    name: "only an excluded gardener fits", reason: .excluded,
    workers: [ReasonCase.gardener("w-1"), ReasonCase.gardener("w-2", from: "13:00", to: "18:00")],
    requests: [ReasonCase.gardening("r-1", excluded: ["w-1"])]),
  ReasonCase(
    name: "the only gardener took another job", reason: .outcompeted, workers: [ReasonCase.gardener("w-1")],
    requests: [ReasonCase.gardening("r-1"), ReasonCase.gardening("r-2")],
    choices: [ValidatorWeek.choice("r-2", "w-1", ValidatorWeek.tuesday, "08:00")]),
  ReasonCase(
    name: "the only gardener's cap is full after another job", reason: .outcompeted,
    workers: [.init(id: "w-1", activities: ["gardening"], availability: [(ValidatorWeek.tuesday, "08:00", "18:00")], worked: [("2026-11", 0, 67, 0)])],
    requests: [ReasonCase.gardening("r-1", to: "18:00"), ReasonCase.gardening("r-2", to: "18:00")],
    choices: [ValidatorWeek.choice("r-2", "w-1", ValidatorWeek.tuesday, "08:00")]),
]

@Suite("PlanValidator: unassigned reasons")
struct ValidatorReasonTests {
  @Test("the true reason is accepted", arguments: reasonCases)
  func trueReasonPasses(_ reasonCase: ReasonCase) throws {
    let scenario = try reasonCase.scenario()
    let plan = reasonCase.plan(scenario, reasons: [reasonCase.reason])
    #expect(PlanValidator(scenario: scenario).violations(of: plan).map(\.description) == [])
  }

  @Test("every other code is flagged", arguments: reasonCases)
  func wrongReasonIsFlagged(_ reasonCase: ReasonCase) throws {
    let scenario = try reasonCase.scenario()
    let validator = PlanValidator(scenario: scenario)
    for wrong in UnassignedReason.allCases where wrong != reasonCase.reason {
      let violations = validator.violations(of: reasonCase.plan(scenario, reasons: [wrong]))
      #expect(violations.map(\.rule) == [.unassignedReasons], "\(wrong): \(violations.map(\.description))")
      #expect(violations.first?.path == "unassigned[0].reasons")
    }
  }

  @Test("the reason cases cover all six codes")
  func allCodesCovered() {
    #expect(Set(reasonCases.map(\.reason)) == Set(UnassignedReason.allCases))
  }

  @Test("a request left short while a fitting worker is idle breaks maximality")
  func maximalityViolation() throws {
    let reasonCase = ReasonCase(
      name: "idle gardener", reason: .outcompeted, workers: [ReasonCase.gardener("w-1", to: "18:00")],
      requests: [ReasonCase.gardening("r-1", to: "18:00"), ReasonCase.gardening("r-2", to: "18:00")],
      choices: [ValidatorWeek.choice("r-1", "w-1", ValidatorWeek.tuesday, "08:00")], short: "r-2")
    let scenario = try reasonCase.scenario()
    let violations = PlanValidator(scenario: scenario).violations(of: reasonCase.plan(scenario, reasons: [.outcompeted]))
    #expect(violations.map(\.description) == ["unassigned[0]: [maximality] request r-2 could still be seated by w-1 on 2026-11-24 at 10:30"])
  }

  @Test("a short request without entry and an idle worker: both are named")
  func maximalityWithoutEntry() throws {
    var s = HandMadeScenario()
    s.workers = [ReasonCase.gardener("w-1", to: "18:00")]
    s.requests = [ReasonCase.gardening("r-1", to: "18:00")]
    let scenario = try s.load()
    let plan = PlanAssembler.plan(for: scenario, choices: [], unassigned: [], status: .heuristic, solver: ValidatorWeek.solver)
    let violations = PlanValidator(scenario: scenario).violations(of: plan)
    #expect(violations.map(\.description) == [
      "unassigned: [unassigned_seats] r-1 misses 1 of 1 seats but has no entry",
      "unassigned: [maximality] request r-1 could still be seated by w-1 on 2026-11-24 at 08:00",
    ])
  }
}

/// A worker with `worked` hours and one odd job of 2 h on each given date.
private func capWeek(weekStart: String, worked: [(month: String, standard: Double, extended: Double, seasonal: Double)], dates: [String]) -> HandMadeScenario {
  var s = HandMadeScenario()
  s.weekStart = weekStart
  s.workers = [.init(id: "w-1", activities: ["odd_jobs"], availability: dates.map { ($0, "08:00", "18:00") }, worked: worked)]
  s.requests = dates.enumerated().map { index, date in
    .init(id: "r-\(index + 1)", activity: "odd_jobs", hours: 2, windows: [(date, "08:00", "18:00")])
  }
  return s
}

@Suite("PlanValidator: caps over months and years")
struct ValidatorCapTests {
  @Test("a week across two months counts each day in its own month")
  func straddlingWeek() throws {
    // Monday 2026-11-30 is in November, Tuesday 2026-12-01 in December.
    let scenario = try capWeek(weekStart: "2026-11-30", worked: [("2026-11", 44, 0, 0)], dates: ["2026-11-30", "2026-12-01"]).load()
    let validator = PlanValidator(scenario: scenario)
    let both = PlanAssembler.plan(
      for: scenario,
      choices: [ValidatorWeek.choice("r-1", "w-1", "2026-11-30", "09:00"), ValidatorWeek.choice("r-2", "w-1", "2026-12-01", "09:00")],
      unassigned: [], status: .optimal, solver: ValidatorWeek.solver)
    #expect(both.workers[0].months.map(\.month.description) == ["2026-11", "2026-12"])
    #expect(validator.violations(of: both).map(\.description) == [
      "assignments[0]: [cap] worker w-1's month-standard cap for 2026-11 reaches 46 h, limit 45"
    ])
    // December alone is fine; November's request is then short for lack of hours.
    let december = PlanAssembler.plan(
      for: scenario, choices: [ValidatorWeek.choice("r-2", "w-1", "2026-12-01", "09:00")],
      unassigned: [Plan.Unassigned(request: "r-1", seatsMissing: 1, reasons: [.capExhausted])], status: .optimal, solver: ValidatorWeek.solver)
    #expect(validator.violations(of: december).map(\.description) == [])
  }

  @Test("the year cap sums every worked month of the year")
  func yearCap() throws {
    let worked: [(month: String, standard: Double, extended: Double, seasonal: Double)] = [
      ("2026-06", 0, 0, 150), ("2026-07", 0, 0, 150), ("2026-08", 0, 0, 150), ("2026-09", 0, 0, 150), ("2026-10", 0, 0, 29),
    ]
    let scenario = try capWeek(weekStart: "2026-11-23", worked: worked, dates: ["2026-11-24"]).load()
    let plan = PlanAssembler.plan(
      for: scenario, choices: [ValidatorWeek.choice("r-1", "w-1", "2026-11-24", "09:00")], unassigned: [], status: .optimal, solver: ValidatorWeek.solver)
    #expect(PlanValidator(scenario: scenario).violations(of: plan).map(\.description) == [
      "assignments[0]: [cap] worker w-1's year-all cap for 2026 reaches 631 h, limit 630"
    ])
  }
}
