import GLPK

/// The solver's stages one at a time, for `Benchmarks/` only
/// (`@_spi(Benchmarks) import Matcher`); not part of the API.
///
/// `init` runs candidate enumeration and the start reduction (the
/// `candidates/P` benchmark); `model()` splits the candidates into
/// components and builds each component's integer program in memory, the
/// matrix GLPK is given, without GLPK (the `model/P` benchmark).
@_spi(Benchmarks) public struct SolverStages: Sendable {
  let week: PlanningWeek
  let candidates: CandidateSet

  public init(_ scenario: Scenario) {
    week = PlanningWeek(scenario)
    candidates = CandidateEnumerator(week: week).candidates()
  }

  /// Candidates kept after the start reduction.
  public var candidateCount: Int { candidates.count }

  /// Builds every component's model; returns the totals.
  public func model() -> (columns: Int, rows: Int, nonzeros: Int) {
    let merged = Self.mergedModel(week: week, set: candidates)
    return (merged.columnCount, merged.rowCount, merged.entryValue.count)
  }

  /// Each component's model with its own objective scaling, side by side
  /// (no row spans two components): the problem `Solver.solve` gives GLPK.
  static func mergedModel(week: PlanningWeek, set: CandidateSet) -> LinearProgram {
    var merged = LinearProgram.packing(objective: [], lower: [])
    for members in Decomposition.components(of: set, workers: week.workers.count, requests: week.requests.count) {
      let part = set.subset(members)
      let model = ModelBuilder(week: week, scaling: ObjectiveScaling(candidates: part, week: week)).model(for: part)
      let columnOffset = Int32(merged.columnCount)
      let rowOffset = Int32(merged.rowCount)
      merged.addColumns(kinds: model.kinds, lower: model.lower, upper: model.upper, objective: model.objective)
      merged.addRows(model.rows, names: model.rowNames)
      merged.addEntries(
        rows: model.entryRow.map { $0 + rowOffset }, columns: model.entryColumn.map { $0 + columnOffset },
        values: model.entryValue)
    }
    return merged
  }
}
