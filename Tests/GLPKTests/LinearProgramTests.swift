import Testing

import GLPK

/// `LinearProgram`: the one feasibility check of offered solutions, and
/// `GLPKProblem.appendColumns` growing a loaded program (column generation).
@Suite struct LinearProgramTests {
  /// max x0 + 2·x1 + y, x binary, y integer in [0, 2.5] (so [0, 2]);
  /// row 0: x0 + x1 ≤ 1, row 1: x1 + y ≥ 1.
  static func program() -> LinearProgram {
    var program = LinearProgram(maximize: true)
    program.addColumns(kinds: [.binary, .binary, .integer], lower: [0, 0, 0], upper: [1, 1, 2.5], objective: [1, 2, 1])
    program.addRows([.upper(1), .lower(1)])
    program.addEntries(rows: [0, 0, 1, 1], columns: [0, 1, 1, 2], values: [1, 1, 1, 1])
    return program
  }

  @Test func feasibleSolutionsAreSnappedToIntegers() throws {
    let solution = try Self.program().checked([1, 0, 1.0000004]).get()
    #expect(solution == [1, 0, 1])
    #expect(Self.program().objectiveValue(solution) == 2)
  }

  @Test(arguments: [
    ([1, 1, 0], "row 0"),  // x0 + x1 = 2 > 1
    ([1, 0, 0], "row 1"),  // x1 + y = 0 < 1
    ([0, 0, 3], "column 2"),  // y above its rounded bound 2
    ([0.5, 0, 1], "column 0"),  // not integral
    ([0, 1], "2 values"),
  ])
  func infeasibleSolutionsSayWhy(_ x: [Double], _ reason: String) {
    guard case .failure(let why) = Self.program().checked(x) else {
      Issue.record("\(x) accepted")
      return
    }
    #expect(why.text.contains(reason), "\(why.text)")
  }

  @Test func betterFollowsTheObjectiveSense() {
    var program = Self.program()
    #expect(program.isBetter(3, than: 2))
    #expect(!program.isBetter(2 + 1e-12, than: 2))
    program.maximize = false
    #expect(program.isBetter(2, than: 3))
  }

  /// Rows first, columns appended afterwards: max x0 + 2·x1 s.t. x0 + x1 ≤ 1.5.
  /// With x0 alone the LP takes x0 = 1 (its bound), the row has slack: dual 0.
  /// With x1 too: x1 = 1, x0 = 0.5, objective 2.5, and the row's dual is
  /// x0's objective 1 (x0 is basic in it).
  @Test func appendedColumnsJoinTheLoadedProgram() throws {
    var rows = LinearProgram(maximize: true)
    rows.addRows([.upper(1.5)])
    var problem = try GLPKProblem(rows)
    try problem.appendColumns(objective: [1], lower: [0], entries: [[(row: 0, value: 1)]])
    let first = try problem.solveRelaxation(deadline: nil, scale: true)
    #expect(first.status == .optimal)
    #expect(first.objective == 1)
    #expect(first.duals == [0])
    try problem.appendColumns(objective: [2], lower: [0], entries: [[(row: 0, value: 1)]])
    let second = try problem.solveRelaxation(deadline: nil, scale: false)
    #expect(second.objective == 2.5)
    #expect(second.values == [0.5, 1])
    #expect(second.duals == [1])
    #expect(problem.program.entryColumn == [0, 1])
    #expect(throws: GLPKError.self) {
      try problem.appendColumns(objective: [1], lower: [0], entries: [[(row: 3, value: 1)]])
    }
  }
}
