import GLPK

extension Solver {
  /// Writes the week's integer program as a free MPS file, GLPK's own writer.
  ///
  /// The same model `solve` gives GLPK: each component with its own objective
  /// scaling, side by side (no row spans two components), so a peer solver
  /// reading the file solves exactly our problem. Returns (columns, rows).
  @discardableResult
  public func writeModel(_ scenario: Scenario, to path: String) throws -> (columns: Int, rows: Int) {
    let stages = SolverStages(scenario)
    var merged = SolverStages.mergedModel(week: stages.week, set: stages.candidates)
    merged.columnNames = (0..<merged.columnCount).map { "x\($0)" }
    try GLPKProblem(merged, name: scenario.id).writeMPS(to: path)
    return (merged.columnCount, merged.rowCount)
  }
}
