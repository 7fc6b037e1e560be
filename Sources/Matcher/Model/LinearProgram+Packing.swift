import GLPK

/// The matcher's integer programs: maximisations over binary columns whose
/// rows are all packing rows, `Σ a·x ≤ upper`.
///
/// Built once by `ModelBuilder`, loaded into GLPK by `GLPKProblem.init`,
/// written as MPS for peer solvers; `LinearProgram.checked` is its one
/// feasibility check.
extension LinearProgram {
  /// A maximisation with one binary column per objective coefficient, no rows yet.
  /// `lower` is 1 for pinned candidates, else 0 (upper is 1).
  static func packing(objective: [Double], lower: [Double]) -> LinearProgram {
    var program = LinearProgram(maximize: true)
    program.addColumns(
      kinds: Array(repeating: .binary, count: objective.count), lower: lower,
      upper: Array(repeating: 1, count: objective.count), objective: objective)
    return program
  }

  /// The right-hand side of packing row `r`.
  func packingBound(_ r: Int) -> Double {
    guard case .upper(let bound) = rows[r] else { preconditionFailure("row \(r) is not a packing row") }
    return bound
  }

  /// Adds `Σ coefficient × x ≤ bound`, named for the MPS file.
  mutating func addPackingRow(_ name: String, columns: [Int], coefficients: [Double], bound: Double) {
    addRow(.upper(bound), name: name, columns: columns, coefficients: coefficients)
  }
}
