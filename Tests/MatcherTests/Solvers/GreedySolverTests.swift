import Testing

@testable import Matcher

/// `GreedySolver` on `TrapWeek` (candidates 0 r-big, 1 r-early, 2 r-late).
@Suite struct GreedySolverTests {
  /// Density: r-big is worth priority 3 per hour, the others 2: r-big first,
  /// then r-early before r-late (equal density and rivals: index).
  @Test func visitsByDensityThenIndex() throws {
    let (week, set, scaling) = try TrapWeek.stages()
    #expect(GreedySolver(week: week).order(set, scaling: scaling) == [0, 1, 2])
  }

  /// r-big taken first leaves no room for r-early (overlap) or r-late (overlap):
  /// the greedy's plan is r-big alone, which is maximal.
  @Test func takesTheDensestAndStopsWhereNothingFits() throws {
    let (week, set, scaling) = try TrapWeek.stages()
    #expect(GreedySolver(week: week).solve(set, scaling: scaling) == [0])
  }

  /// Started from r-early (a solver's solution to complete), r-big no longer
  /// fits and r-late does: the completion is r-early + r-late.
  @Test func completesAGivenSolution() throws {
    let (week, set, scaling) = try TrapWeek.stages()
    #expect(GreedySolver(week: week).solve(set, scaling: scaling, initial: [1]) == [1, 2])
  }

  /// A pin is taken before the visiting order: pinned r-early keeps r-big out.
  @Test func pinsComeBeforeTheOrder() throws {
    let (week, set, scaling) = try TrapWeek.stages(pinEarly: true)
    #expect(GreedySolver(week: week).solve(set, scaling: scaling) == [1, 2])
  }

  /// The given order is followed: r-late first, then r-big clashes, r-early fits.
  @Test func followsAGivenOrder() throws {
    let (week, set, scaling) = try TrapWeek.stages()
    #expect(GreedySolver(week: week).solve(set, scaling: scaling, order: [2, 0, 1]) == [1, 2])
  }
}
