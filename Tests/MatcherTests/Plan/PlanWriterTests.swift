import Testing

@testable import Matcher

@Suite("PlanWriter")
struct PlanWriterTests {
  /// The plan of formats.md's example.
  static let example = Plan(
    scenario: "namur-2026-w48", weekStart: Day(year: 2026, month: 11, day: 23)!, status: .optimal,
    solver: Plan.SolverInfo(method: "mip", components: 3, objective: 1234.5, bound: 1234.5, gap: 0.0, seconds: 0.21, timeLimitHit: false),
    assignments: [
      Plan.Assignment(
        request: "r-001", worker: "w-001", user: "u-001", activity: "gardening", capClass: .extended,
        date: Day(year: 2026, month: 11, day: 24)!, start: TimeOfDay(minutes: 540), end: TimeOfDay(minutes: 720),
        hours: 3, distanceKm: 2.31, travelCostEUR: 0, pinned: true)
    ],
    unassigned: [Plan.Unassigned(request: "r-007", seatsMissing: 1, reasons: [.capExhausted])],
    rejected: [Rejection(kind: .worker, id: "w-019", reason: .ineligible, message: "unemployed for 11 months, needs 24 under age 45")],
    workers: [
      Plan.WorkerTotals(
        id: "w-001", plannedHours: 3,
        months: [Plan.MonthTotals(month: Month(year: 2026, month: 11), standard: 10, extended: 7.5, seasonal: 0)],
        yearHours: [Plan.YearTotal(year: 2026, hours: 17.5)])
    ],
    summary: Plan.Summary(
      requests: 40, seats: 44, requestedHours: 120, coveredHours: 111, weightedCoverage: 0.93,
      travelCostEUR: 12.6, continuityAssignments: 9))

  /// formats.md's example, as the writer lays it out.
  static let exampleText = """
    {
      "format": "ale-plan/1",
      "scenario": "namur-2026-w48",
      "weekStart": "2026-11-23",
      "status": "optimal",
      "solver": {
        "method": "mip",
        "components": 3,
        "objective": 1234.5,
        "bound": 1234.5,
        "gap": 0,
        "seconds": 0.21,
        "timeLimitHit": false
      },
      "assignments": [
        {
          "request": "r-001",
          "worker": "w-001",
          "user": "u-001",
          "activity": "gardening",
          "capClass": "extended",
          "date": "2026-11-24",
          "start": "09:00",
          "end": "12:00",
          "hours": 3,
          "distanceKm": 2.31,
          "travelCostEUR": 0,
          "pinned": true
        }
      ],
      "unassigned": [
        {
          "request": "r-007",
          "seatsMissing": 1,
          "reasons": [
            "cap_exhausted"
          ]
        }
      ],
      "rejected": [
        {
          "kind": "worker",
          "id": "w-019",
          "reason": "ineligible",
          "message": "unemployed for 11 months, needs 24 under age 45"
        }
      ],
      "workers": [
        {
          "id": "w-001",
          "plannedHours": 3,
          "months": [
            {
              "month": "2026-11",
              "standard": 10,
              "extended": 7.5,
              "seasonal": 0
            }
          ],
          "yearHours": [
            {
              "year": 2026,
              "hours": 17.5
            }
          ]
        }
      ],
      "summary": {
        "requests": 40,
        "seats": 44,
        "requestedHours": 120,
        "coveredHours": 111,
        "weightedCoverage": 0.93,
        "travelCostEUR": 12.6,
        "continuityAssignments": 9
      }
    }

    """

  @Test("formats.md's example plan is written exactly so")
  func golden() {
    #expect(String(decoding: Self.example.jsonBytes, as: UTF8.self) == Self.exampleText)
  }

  @Test("the same plan gives the same bytes")
  func sameBytes() {
    let copy = Self.example
    #expect(Self.example.jsonBytes == copy.jsonBytes)
    #expect(Self.example.jsonBytes == Self.example.jsonBytes)
    var other = Self.example
    other.assignments[0].start = TimeOfDay(minutes: 570)
    #expect(other.jsonBytes != Self.example.jsonBytes)
  }

  @Test("keys come in formats.md's order, format first")
  func keyOrder() throws {
    guard case .object(let root) = try JSONParser.parse(Self.example.jsonBytes) else {
      Issue.record("the plan is not an object")
      return
    }
    #expect(root.members.map(\.key) == [
      "format", "scenario", "weekStart", "status", "solver", "assignments", "unassigned", "rejected", "workers", "summary",
    ])
    #expect(keys(root["solver"]) == ["method", "components", "objective", "bound", "gap", "seconds", "timeLimitHit"])
    #expect(keys(first(root["assignments"])) == [
      "request", "worker", "user", "activity", "capClass", "date", "start", "end", "hours", "distanceKm", "travelCostEUR", "pinned",
    ])
    #expect(keys(first(root["unassigned"])) == ["request", "seatsMissing", "reasons"])
    #expect(keys(first(root["rejected"])) == ["kind", "id", "reason", "message"])
    #expect(keys(first(root["workers"])) == ["id", "plannedHours", "months", "yearHours"])
    #expect(keys(root["summary"]) == [
      "requests", "seats", "requestedHours", "coveredHours", "weightedCoverage", "travelCostEUR", "continuityAssignments",
    ])
  }

  private func keys(_ value: JSONValue?) -> [String] {
    guard case .object(let object)? = value else { return [] }
    return object.members.map(\.key)
  }

  private func first(_ value: JSONValue?) -> JSONValue? {
    guard case .array(let elements)? = value else { return nil }
    return elements.first
  }

  @Test("a written plan reads back equal")
  func roundTrip() throws {
    #expect(try Plan.decode(Self.example.jsonBytes) == Self.example)
    // Unknown solver numbers are written as null and read back as unknown.
    var greedy = Self.example
    greedy.status = .heuristic
    greedy.solver = Plan.SolverInfo(method: "greedy", components: 1, objective: nil, bound: nil, gap: nil, seconds: 0, timeLimitHit: true)
    greedy.assignments = []
    greedy.unassigned[0].reasons = UnassignedReason.allCases
    #expect(try Plan.decode(greedy.jsonBytes) == greedy)
    #expect(String(decoding: greedy.jsonBytes, as: UTF8.self).contains(#""objective": null"#))
  }

  @Test("formats.md's example plan reads as the example")
  func readsExample() throws {
    #expect(try Plan.decode(Array(Self.exampleText.utf8)) == Self.example)
  }

  /// The issues of reading `text` as a plan, printed `path: message`.
  static func issues(_ text: String) -> [String] {
    do {
      _ = try Plan.decode(Array(text.utf8))
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  static let badPlans: [BadScenario] = [
    BadScenario(
      "an unknown key in an assignment",
      exampleText.replacingOccurrences(of: #""pinned": true"#, with: #""pinnned": true"#),
      [#"assignments[0].pinned: required field is missing"#, #"assignments[0].pinnned: unknown key (did you mean "pinned"?)"#]),
    BadScenario(
      "a status that does not exist",
      exampleText.replacingOccurrences(of: #""status": "optimal""#, with: #""status": "done""#),
      [#"status: "done" is not optimal, feasible or heuristic"#]),
    BadScenario(
      "a scenario's format",
      exampleText.replacingOccurrences(of: #""format": "ale-plan/1""#, with: #""format": "ale-scenario/1""#),
      // Said alone: no list of the scenario's keys unknown to a plan.
      [#"format: this file is a scenario (ale-scenario/1), not a plan (ale-plan/1): give a plan here"#]),
    BadScenario(
      "an unknown reason code, a rejection code that does not exist",
      exampleText.replacingOccurrences(of: #""cap_exhausted""#, with: #""too_far""#)
        .replacingOccurrences(of: #""reason": "ineligible""#, with: #""reason": "lazy""#),
      [#"rejected[0].reason: "lazy" is not a rejection code"#, #"unassigned[0].reasons[0]: "too_far" is not a reason code"#]),
    BadScenario(
      "an end of 24:30, a negative distance",
      exampleText.replacingOccurrences(of: #""end": "12:00""#, with: #""end": "24:30""#)
        .replacingOccurrences(of: #""distanceKm": 2.31"#, with: #""distanceKm": -2.31"#),
      [#"assignments[0].distanceKm: -2.31 is out of range 0...100000"#, #"assignments[0].end: "24:30" is not a time (HH:MM on 24 hours, 00:00 to 24:00)"#]),
    BadScenario(
      "no summary",
      exampleText.replacingOccurrences(of: #"  "summary""#, with: #"  "summery""#),
      [#"summary: required field is missing"#, #"summery: unknown key (did you mean "summary"?)"#]),
    BadScenario(
      "not JSON",
      "{ \"format\": \"ale-plan/1\", }",
      [#"$: not JSON: line 1, column 27: expected a key in quotes"#]),
  ]

  @Test("a bad plan is refused with paths", arguments: badPlans)
  func refuses(_ bad: BadScenario) {
    #expect(Self.issues(bad.text) == bad.expected)
  }
}
