import GLPK
import Testing

@testable import Matcher

/// `LagrangianBound`: the bound a component keeps when its LP cannot be solved in time.
@Suite struct LagrangianBoundTests {
  /// `ColumnGenerationTests.program()`: max 3x0 + 2x1 + 2x2, x0 + x1 ≤ 1,
  /// x0 + 2·x2 ≤ 1; integer optimum 3 (x0), LP optimum 3 too.
  /// L(y) = y0 + y1 + Σ max(0, c_j − a_j·y): at (1, 1) it is 2 + 1 + 1 + 0 = 4;
  /// at (2, 1) it is 3 + 0 + 0 + 0 = 3, the optimum.
  @Test func lagrangianByHand() {
    let generation = ColumnGeneration(model: ColumnGenerationTests.program())
    #expect(generation.lagrangian(duals: [1, 1]) == 4)
    #expect(generation.lagrangian(duals: [2, 1]) == 3)
  }

  /// The search starts at "every column priced out on its first row" — here
  /// y = (3, 1), L = 4 — and never reports less than the optimum, 3.
  @Test func searchStaysAboveTheOptimum() {
    let generation = ColumnGeneration(model: ColumnGenerationTests.program())
    let found = LagrangianBound(generation: generation).search(
      incumbent: 3, gap: 0, deadline: .now + .seconds(5), shouldStop: nil)
    #expect(found.bound >= 3 - 1e-9)
    #expect(found.bound <= 4 + 1e-9)
    #expect(found.steps >= 1)
  }

  /// A given start that bounds less than the default one is taken: from
  /// y = (2, 1), L = 3, the optimum, at once; a worse one, y = (5, 5)
  /// (L = 10), is ignored for the default start (L = 4).
  @Test func aBetterStartIsTaken() {
    let generation = ColumnGeneration(model: ColumnGenerationTests.program())
    let search = LagrangianBound(generation: generation)
    #expect(generation.lagrangian(duals: [2, 1]) == 3)
    #expect(generation.lagrangian(duals: [5, 5]) == 10)
    let good = search.search(from: [2, 1], incumbent: 3, gap: 0, deadline: .now + .seconds(5), shouldStop: nil)
    #expect(good.bound == 3)
    let poor = search.search(from: [5, 5], incumbent: 3, gap: 0, deadline: .now + .seconds(5), shouldStop: nil)
    #expect(poor.bound <= 4 + 1e-9 && poor.bound >= 3 - 1e-9)
  }

  /// On random weeks, against GLPK's proven optimum of the same model: the
  /// bound is never below it (it holds for every plan), pins included.
  @Test(arguments: 0..<25)
  func neverBelowTheOptimum(seed: Int) throws {
    let week = PlanningWeek(try RandomWeek.make(seed: UInt64(seed)).scenario())
    let set = CandidateEnumerator(week: week).candidates()
    guard set.count > 0 else { return }
    let scaling = ObjectiveScaling(candidates: set, week: week)
    let model = ModelBuilder(week: week, scaling: scaling).model(for: set)
    let result = try GLPKProblem(model, name: "random-\(seed)").solve(MIPOptions())
    let optimum = try #require(result.objective)
    #expect(result.status == .optimal)
    let greedy = GreedySolver(week: week).solve(set, scaling: scaling).reduce(0.0) { $0 + scaling.objective(set, $1) }
    let found = LagrangianBound(generation: ColumnGeneration(model: model)).search(
      incumbent: greedy, gap: 0, deadline: .now + .seconds(5), shouldStop: nil)
    #expect(found.bound >= optimum - 1e-9 * max(1, abs(optimum)), "seed \(seed): bound \(found.bound) below the optimum \(optimum)")
  }
}
