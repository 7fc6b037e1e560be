import Foundation
import Matcher
import Testing

/// `scenarios/small-week.plan.json` is what `plan` writes for
/// `scenarios/small-week.json` (`BundledOutputsTests` keeps it so), and it
/// is the hand-worked optimum (the argument is in `scenarios/README.md`).
///
/// The choices below are the hand's; every computed field (distances,
/// travel, totals, summary) comes from `PlanAssembler`, so the comparison
/// is exact but for `solver` (components, objective, bound: the solver's).
@Suite struct SmallWeekPlanTests {
  static let scenarioPath = "scenarios/small-week.json"
  static let planPath = "scenarios/small-week.plan.json"

  /// The optimum, worked out by hand: each request's window is exactly its
  /// length, so every start is forced.
  static func handPlan(for scenario: Scenario) throws -> Plan {
    let tuesday = try #require(Day(iso: "2026-11-24"))
    let wednesday = try #require(Day(iso: "2026-11-25"))
    let thursday = try #require(Day(iso: "2026-11-26"))
    let friday = try #require(Day(iso: "2026-11-27"))
    let choices = [
      Choice(request: "r-02", worker: "w-anne", date: tuesday, start: 7 * 60, pinned: false),
      Choice(request: "r-03", worker: "w-anne", date: tuesday, start: 10 * 60, pinned: false),
      Choice(request: "r-04", worker: "w-bruno", date: wednesday, start: 7 * 60, pinned: false),
      Choice(request: "r-04", worker: "w-chloe", date: wednesday, start: 7 * 60, pinned: false),
      Choice(request: "r-06", worker: "w-bruno", date: thursday, start: 13 * 60 + 30, pinned: false),
      Choice(request: "r-05", worker: "w-david", date: friday, start: 9 * 60, pinned: false),
    ]
    let unassigned = [
      // Only w-anne is free on Tuesday morning, and she is worth more on r-02 + r-03.
      Plan.Unassigned(request: "r-01", seatsMissing: 1, reasons: [.outcompeted]),
      // w-anne holds odd_jobs and is in reach, but nobody is available on Saturday.
      Plan.Unassigned(request: "r-07", seatsMissing: 1, reasons: [.noCommonTime]),
    ]
    let solver = Plan.SolverInfo(method: "mip", components: 1, objective: nil, bound: nil, gap: nil, seconds: 0, timeLimitHit: false)
    return PlanAssembler.plan(for: scenario, choices: choices, unassigned: unassigned, status: .optimal, solver: solver)
  }

  static func loadScenario() throws -> Scenario {
    try Scenario.load(Array(try Data(contentsOf: CLI.packageRoot.appendingPathComponent(scenarioPath))))
  }

  @Test func bundledPlanIsTheHandPlanButForTheSolverFields() throws {
    var plan = try Self.handPlan(for: try Self.loadScenario())
    let recorded = try Array(Data(contentsOf: CLI.packageRoot.appendingPathComponent(Self.planPath)))
    plan.solver = try Plan.decode(recorded).solver
    #expect(recorded == plan.jsonBytes)
  }

  @Test func handPlanPassesTheValidator() throws {
    let scenario = try Self.loadScenario()
    let plan = try Self.handPlan(for: scenario)
    #expect(PlanValidator(scenario: scenario).violations(of: plan).map(\.description) == [])
  }

  /// The figures the hand argument in scenarios/README.md relies on.
  @Test func handPlanHasTheArguedFigures() throws {
    let plan = try Self.handPlan(for: try Self.loadScenario())
    // Weighted: covered 2 + 2 + 2×1.5×2 + 2 + 3 = 15 of 3 + 2 + 2 + 6 + 2 + 3 + 2 = 20.
    #expect(plan.summary.weightedCoverage == 0.75)
    #expect(plan.summary.coveredHours == 12)
    #expect(plan.summary.requestedHours == 15)
    // w-anne on r-02 (history), w-bruno on r-04 (history), w-david on r-05 (preferred).
    #expect(plan.summary.continuityAssignments == 3)
    // Only w-anne's trip to u-martin (r-03) is beyond 5 km.
    #expect(plan.assignments.filter { $0.travelCostEUR > 0 }.map(\.request.rawValue) == ["r-03"])
  }
}
