import Testing

@testable import Matcher

/// A set of pins on `PinWeek` and the rules they break.
struct PinCase: Sendable, CustomTestStringConvertible {
  let name: String
  let pins: [HandMadeScenario.PinSpec]
  /// The rule each reported problem comes from, by path, exactly.
  let expected: [String: Set<Violation.Rule>]

  var testDescription: String { name }
}

/// The week pins are tried on (Monday 2026-11-23).
///
/// w-1 has 66 extended hours worked in November, so two 3-hour gardening
/// pins reach 72 > 70; w-2 does odd jobs only; w-3 is ineligible; w-far lives
/// 20 km away; w-liege is of another agency; w-ex is excluded by r-1; w-4 is
/// a free gardener; w-week takes at most 2 h a week. r-1 and r-2 (2 seats),
/// r-4: 3 h of gardening on Tuesday 08-18; r-3 on Wednesday; r-bad is
/// gardening for a school (rejected).
enum PinWeek {
  static let tue = "2026-11-24"
  static let wed = "2026-11-25"

  static func scenario(pins: [HandMadeScenario.PinSpec]) -> HandMadeScenario {
    var s = HandMadeScenario()
    s.users = [.init(id: "u-1"), .init(id: "u-2", kind: "school")]
    func gardener(_ id: String, agency: String = "ale-namur", home: (lat: Double, lon: Double) = HandMadeScenario.centre, unemployedSince: String = "2024-01-01") -> HandMadeScenario.WorkerSpec {
      .init(id: id, agency: agency, home: home, unemployedSince: unemployedSince, activities: ["gardening"], availability: [(tue, "08:00", "18:00")])
    }
    s.workers = [
      .init(id: "w-1", activities: ["gardening"], availability: [(tue, "08:00", "20:00"), (wed, "08:00", "12:00")], worked: [("2026-11", 0, 66, 0)]),
      .init(id: "w-2", activities: ["odd_jobs"], availability: [(tue, "08:00", "12:00")]),
      gardener("w-3", unemployedSince: "2026-10-01"),
      gardener("w-4"),
      gardener("w-ex"),
      gardener("w-far", home: HandMadeScenario.north),
      gardener("w-liege", agency: "ale-liege"),
      .init(id: "w-week", activities: ["gardening"], availability: [(tue, "08:00", "18:00")], maxHoursPerWeek: 2),
    ]
    s.requests = [
      .init(id: "r-1", activity: "gardening", hours: 3, windows: [(tue, "08:00", "18:00")], excluded: ["w-ex"]),
      .init(id: "r-2", activity: "gardening", hours: 3, windows: [(tue, "08:00", "18:00")], seats: 2),
      .init(id: "r-3", activity: "gardening", hours: 3, windows: [(wed, "08:00", "18:00")]),
      .init(id: "r-4", activity: "gardening", hours: 3, windows: [(tue, "08:00", "18:00")]),
      .init(id: "r-bad", user: "u-2", activity: "gardening", hours: 3, windows: [(tue, "08:00", "18:00")]),
    ]
    s.pinned = pins
    return s
  }

  static func pin(_ request: String, _ worker: String, _ date: String = tue, start: String) -> HandMadeScenario.PinSpec {
    .init(request: request, worker: worker, date: date, start: start)
  }
}

let pinCases: [PinCase] = [
  PinCase(name: "an ineligible worker", pins: [PinWeek.pin("r-1", "w-3", start: "09:00")], expected: ["pinned[0]": [.eligibility]]),
  PinCase(name: "a rejected request", pins: [PinWeek.pin("r-bad", "w-1", start: "09:00")], expected: ["pinned[0]": [.plannableRequest]]),
  PinCase(name: "a worker without the authorisation", pins: [PinWeek.pin("r-1", "w-2", start: "09:00")], expected: ["pinned[0]": [.authorisation]]),
  PinCase(name: "a worker of another agency", pins: [PinWeek.pin("r-1", "w-liege", start: "09:00")], expected: ["pinned[0]": [.agency]]),
  PinCase(name: "an excluded worker", pins: [PinWeek.pin("r-1", "w-ex", start: "09:00")], expected: ["pinned[0]": [.exclusion]]),
  PinCase(name: "a worker too far away", pins: [PinWeek.pin("r-1", "w-far", start: "09:00")], expected: ["pinned[0]": [.distance]]),
  PinCase(
    name: "a date outside the week", pins: [PinWeek.pin("r-1", "w-1", "2026-11-30", start: "09:00")],
    expected: ["pinned[0]": [.week, .window, .availability]]),
  PinCase(name: "a start off the grid", pins: [PinWeek.pin("r-1", "w-1", start: "09:15")], expected: ["pinned[0]": [.grid]]),
  PinCase(name: "a block beyond the window", pins: [PinWeek.pin("r-4", "w-1", start: "17:00")], expected: ["pinned[0]": [.window]]),
  PinCase(name: "a block beyond the availability", pins: [PinWeek.pin("r-3", "w-1", PinWeek.wed, start: "11:00")], expected: ["pinned[0]": [.availability]]),
  PinCase(
    name: "more pins than seats", pins: [PinWeek.pin("r-1", "w-1", start: "09:00"), PinWeek.pin("r-1", "w-4", start: "09:00")],
    expected: ["pinned[1]": [.seats]]),
  PinCase(
    name: "the same worker twice on a request", pins: [PinWeek.pin("r-2", "w-4", start: "08:00"), PinWeek.pin("r-2", "w-4", start: "13:00")],
    expected: ["pinned[1]": [.distinctWorkers]]),
  PinCase(
    name: "overlapping pins", pins: [PinWeek.pin("r-1", "w-4", start: "09:00"), PinWeek.pin("r-2", "w-4", start: "10:00")],
    expected: ["pinned[1]": [.overlap]]),
  PinCase(
    name: "pins too close", pins: [PinWeek.pin("r-1", "w-4", start: "09:00"), PinWeek.pin("r-2", "w-4", start: "12:00")],
    expected: ["pinned[1]": [.minGap]]),
  PinCase(
    name: "pins over a month cap", pins: [PinWeek.pin("r-1", "w-1", start: "09:00"), PinWeek.pin("r-2", "w-1", start: "13:00")],
    expected: ["pinned[1]": [.cap]]),
  PinCase(name: "a pin over the weekly maximum", pins: [PinWeek.pin("r-1", "w-week", start: "09:00")], expected: ["pinned[0]": [.weeklyHours]]),
]

@Suite("PinCheck")
struct PinCheckTests {
  @Test("valid pins are accepted, and the plan keeping them is valid")
  func validPinsAccepted() throws {
    let pins = [PinWeek.pin("r-1", "w-1", start: "09:00"), PinWeek.pin("r-2", "w-4", start: "08:00"), PinWeek.pin("r-2", "w-ex", start: "12:00")]
    let scenario = try PinWeek.scenario(pins: pins).load()
    #expect(PinCheck.issues(in: scenario) == [])
    // The validator agrees: a plan keeping exactly the pins breaks no rule of its assignments.
    let choices = scenario.pinned.map { Choice(request: $0.request, worker: $0.worker, date: $0.date, start: $0.start.minutes, pinned: true) }
    let plan = PlanAssembler.plan(for: scenario, choices: choices, unassigned: [], status: .heuristic, solver: ValidatorWeek.solver)
    let violations = PlanValidator(scenario: scenario).violations(of: plan)
    #expect(violations.filter { $0.path.hasPrefix("assignments") }.map(\.description) == [])
  }

  @Test("each rule a pin can break is reported at its pin", arguments: pinCases)
  func reportsTheBrokenRule(_ pinCase: PinCase) throws {
    let scenario = try PinWeek.scenario(pins: pinCase.pins).loadWithUncheckedPins()
    let violations = PinCheck.violations(in: scenario)
    let found = Dictionary(grouping: violations, by: \.path).mapValues { Set($0.map(\.rule)) }
    #expect(found == pinCase.expected, "\(violations.map(\.description))")
    let issues = PinCheck.issues(in: scenario)
    #expect(issues.count == violations.count)
    #expect(issues.allSatisfy { $0.kind == .pinBreaksRule })
    #expect(Set(issues.map(\.path.description)) == Set(pinCase.expected.keys))
  }

  @Test("every rule a pin can break has a case")
  func everyPinRuleIsCovered() {
    let pinRules: Set<Violation.Rule> = [
      .eligibility, .plannableRequest, .authorisation, .agency, .exclusion, .distance, .week, .grid, .window, .availability,
      .seats, .distinctWorkers, .overlap, .minGap, .cap, .weeklyHours,
    ]
    let covered = pinCases.reduce(into: Set<Violation.Rule>()) { $0.formUnion($1.expected.values.joined()) }
    #expect(covered == pinRules)
  }

  @Test("messages name the rule and the numbers")
  func messages() throws {
    func issues(_ pins: [HandMadeScenario.PinSpec]) throws -> [String] {
      PinCheck.issues(in: try PinWeek.scenario(pins: pins).loadWithUncheckedPins()).map(\.description)
    }
    #expect(try issues([PinWeek.pin("r-1", "w-2", start: "09:00")]) == ["pinned[0]: worker w-2 is not authorised for gardening"])
    #expect(try issues([PinWeek.pin("r-4", "w-1", start: "17:00")]) == ["pinned[0]: r-4 needs 3 h from 17:00 on 2026-11-24, beyond the window 08:00-18:00"])
    #expect(
      try issues([PinWeek.pin("r-1", "w-1", start: "09:00"), PinWeek.pin("r-2", "w-1", start: "13:00")])
        == ["pinned[1]: worker w-1's month-extended cap for 2026-11 reaches 72 h, limit 70"])
  }

  @Test("Scenario.load refuses pins that break a rule, at pinned[i]")
  func loadThrows() throws {
    let text = PinWeek.scenario(pins: [PinWeek.pin("r-1", "w-1", start: "09:00"), PinWeek.pin("r-3", "w-2", PinWeek.wed, start: "09:00")]).json
    let error = try #require(throws: ScenarioError.self) { try Scenario.load(Array(text.utf8)) }
    #expect(error.issues.map(\.path.description) == ["pinned[1]", "pinned[1]"])
    #expect(error.issues.allSatisfy { $0.kind == .pinBreaksRule })
    #expect(error.description.contains("pinned[1]: worker w-2 is not authorised for gardening"))
    #expect(error.description.contains("pinned[1]: worker w-2 is not available on 2026-11-25"))
  }

  @Test("Scenario.load accepts valid pins")
  func loadAccepts() throws {
    let scenario = try PinWeek.scenario(pins: [PinWeek.pin("r-1", "w-1", start: "09:00")]).load()
    #expect(scenario.pinned.count == 1)
  }
}
