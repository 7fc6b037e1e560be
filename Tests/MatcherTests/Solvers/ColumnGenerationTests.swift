import GLPK
import Testing

@testable import Matcher

/// `ColumnGeneration`: its column lists and pricing by hand, and the
/// large-component path end to end against the direct MIP.
@Suite struct ColumnGenerationTests {
  /// max 3x0 + 2x1 + 2x2 s.t. row 0: x0 + x1 ≤ 1, row 1: x0 + 2·x2 ≤ 1.
  static func program() -> LinearProgram {
    var program = LinearProgram.packing(objective: [3, 2, 2], lower: [0, 0, 0])
    program.addPackingRow("r0", columns: [0, 1], coefficients: [1, 1], bound: 1)
    program.addPackingRow("r1", columns: [0, 2], coefficients: [1, 2], bound: 1)
    return program
  }

  @Test func columnsAreListedWithTheirEntries() {
    let generation = ColumnGeneration(model: Self.program())
    #expect(generation.entries(0).map(\.row) == [0, 1])
    #expect(generation.entries(0).map(\.value) == [1, 1])
    #expect(generation.entries(1).map(\.row) == [0])
    #expect(generation.entries(2).map(\.row) == [1])
    #expect(generation.entries(2).map(\.value) == [2])
  }

  /// Deficit Σ a_ij y_i − c_j: with y = (1, 1): x0 1 + 1 − 3 = −1, x1 1 − 2 = −1,
  /// x2 2 − 2 = 0; with y = (3, 0.5): x0 0.5, x1 1, x2 −1.
  @Test func deficitsByHand() {
    let generation = ColumnGeneration(model: Self.program())
    #expect((0..<3).map { generation.deficit($0, duals: [1, 1]) } == [-1, -1, 0])
    #expect((0..<3).map { generation.deficit($0, duals: [3, 0.5]) } == [0.5, 1, -1])
  }

  /// With every component priced (threshold 0), the trap week still gets
  /// the proven optimum r-early + r-late, the same plan as the direct MIP.
  @Test func pricedPathFindsTheDirectOptimum() throws {
    let scenario = try TrapWeek.scenario()
    var options = SolveOptions()
    options.timeLimit = 10
    let direct = Solver(options: options).solve(scenario).plan
    options.columnGenerationAbove = 0
    let priced = Solver(options: options).solve(scenario).plan
    #expect(priced.status == .optimal)
    #expect(priced.assignments.map(\.request.rawValue) == ["r-early", "r-late"])
    #expect(priced.assignments == direct.assignments)
    #expect(priced.summary == direct.summary)
  }
}
