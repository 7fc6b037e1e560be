import Foundation
import Testing

@_spi(Benchmarks) @testable import Matcher

/// Statuses that say what happened (issue 12, items 7 and 8): `feasible`
/// only for a MIP solution with a bound, and a component's share of the
/// time ends its search only while other components wait for a thread.
@Suite struct StatusTests {
  static func week(seed: UInt64) throws -> Scenario {
    try Scenario.load(ScenarioGenerator.bytes(GeneratorOptions(profile: .ale, seed: seed)))
  }

  /// Stopped at once (as by SIGTERM at 0.2 s), on the column-generation
  /// path: pricing never finishes, so no component has a global bound and
  /// GLPK's answer over the generated columns is the greedy start. Before,
  /// such components were `feasible` and `--require feasible` passed.
  @Test func noBoundIsHeuristic() throws {
    let scenario = try Self.week(seed: 3)
    var options = SolveOptions()
    options.timeLimit = 30
    options.columnGenerationAbove = 0
    options.shouldStop = { true }
    let report = Solver(options: options).solve(scenario)
    #expect(PlanValidator(scenario: scenario).violations(of: report.plan).isEmpty)
    #expect(report.plan.status == .heuristic)
    #expect(report.feasibleComponents == 0, "feasible without a bound")
    #expect(report.heuristicComponentSizes.count == report.heuristicComponents)
    #expect(report.plan.solver.timeLimitHit, "a signal is a hit limit")
  }

  /// Whatever stops the search, a `feasible` plan has a bound and a gap.
  @Test(arguments: [0, 20_000])
  func feasibleAlwaysHasABound(_ columnGenerationAbove: Int) throws {
    let scenario = try Self.week(seed: 5)
    var options = SolveOptions()
    options.columnGenerationAbove = columnGenerationAbove
    options.shouldStop = { true }
    let plan = Solver(options: options).solve(scenario).plan
    if plan.status == .feasible {
      #expect(plan.solver.bound != nil && plan.solver.gap != nil)
    }
    #expect(plan.status != .optimal || plan.solver.gap == 0)
  }

  /// The share applies while components wait; once the queue is empty, the
  /// solve's deadline (the user's limit) is the end of every running search.
  @Test func shareEndsOnlyWhileComponentsWait() {
    let counter = IndexCounter()
    let now = ContinuousClock.now
    let ends = ComponentDeadline(share: now + .seconds(9), solve: now + .seconds(60), queueDrained: { counter.isDrained(below: 2) })
    _ = counter.take(below: 2)
    #expect(ends.current == now + .seconds(9))
    #expect(ends.hasPassed(now + .seconds(10)))
    _ = counter.take(below: 2)
    #expect(ends.current == now + .seconds(60))
    #expect(!ends.hasPassed(now + .seconds(10)))
    #expect(ends.hasPassed(now + .seconds(60)))
  }
}
