import Testing

@testable import Matcher

/// The worker-week (Dantzig-Wolfe) bound on weeks worked by hand.
@Suite("Worker-week bound")
struct WorkerWeekBoundTests {
  /// Two workers who may work 3 h this week, three 2-hour gardening jobs on
  /// three days: each worker can take one job (4 h in all), but the compact
  /// LP takes 1.5 jobs a worker (6 h, every job covered).
  static func tightWeek() throws -> Scenario {
    var week = WeekBuilder()
    let days = ["2026-11-23", "2026-11-24", "2026-11-25"]
    for id in ["w-a", "w-b"] {
      week.worker(id, activities: ["gardening"], available: days.map { ($0, "08:00", "18:00") }, maxHoursPerWeek: 3)
    }
    week.user("u-1")
    for (n, day) in days.enumerated() {
      week.request("r-\(n + 1)", user: "u-1", activity: "gardening", hours: 2, windows: [(day, "08:00", "18:00")])
    }
    return try week.scenario()
  }

  @Test("closes the gap the compact LP leaves: 4 h of coverage, not 6")
  func closesTheWeeklyMaximumGap() throws {
    let planning = PlanningWeek(try Self.tightWeek())
    let set = CandidateEnumerator(week: planning).candidates()
    let scaling = ObjectiveScaling(candidates: set, week: planning)
    let model = ModelBuilder(week: planning, scaling: scaling).model(for: set)
    let bounding = WorkerWeekBound(model: model, set: set)
    let far = ContinuousClock.now + .seconds(60)

    let compact = try #require(try bounding.compactRelaxation(deadline: far))
    #expect(scaling.coverageHours(underBound: compact.objective) == 6)

    let outcome = try bounding.search(
      start: [], center: compact.center, jobs: 2, deadline: far, shouldStop: nil, enough: { _, _ in false })
    #expect(outcome.converged)
    #expect(scaling.coverageHours(underBound: outcome.bound) == 4)
  }

  @Test("a plan's coverage bound equals its coverage once proven, with and without the worker-week bound")
  func planCarriesTheCoverageBound() throws {
    let scenario = try Self.tightWeek()
    for workerWeekBound in [false, true] {
      var options = SolveOptions()
      options.workerWeekBound = workerWeekBound
      let plan = Solver(options: options).solve(scenario).plan
      #expect(plan.summary.coveredHours == 4)
      #expect(plan.solver.coverageBound == plan.summary.weightedCoverage)
      #expect(PlanValidator(scenario: scenario).violations(of: plan).isEmpty)
    }
  }
}
