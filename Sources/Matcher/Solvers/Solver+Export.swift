extension Solver {
  /// Writes the week's integer program as a free MPS file, GLPK's own writer.
  ///
  /// The same model `solve` gives GLPK: each component with its own objective
  /// scaling, side by side (no row spans two components), so a peer solver
  /// reading the file solves exactly our problem. Returns (columns, rows).
  @discardableResult
  public func writeModel(_ scenario: Scenario, to path: String) throws -> (columns: Int, rows: Int) {
    let stages = SolverStages(scenario)
    let merged = SolverStages.mergedModel(week: stages.week, set: stages.candidates)
    var problem = GLPKProblem(name: scenario.id)
    problem.setObjectiveDirection(maximize: true)
    problem.addColumns(
      kinds: Array(repeating: .binary, count: merged.columnCount), lower: merged.lower,
      upper: Array(repeating: 1, count: merged.columnCount), objective: merged.objective,
      names: (0..<merged.columnCount).map { "x\($0)" })
    problem.addRows(merged.upper.map { .upper($0) }, names: merged.rowNames)
    problem.loadMatrix(rows: merged.entryRow, columns: merged.entryColumn, values: merged.entryValue)
    try problem.writeMPS(to: path)
    return (merged.columnCount, merged.rowCount)
  }
}
