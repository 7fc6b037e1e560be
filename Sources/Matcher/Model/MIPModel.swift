/// A maximisation integer program over binary columns, independent of the solver.
///
/// Built once by `ModelBuilder`; loaded into GLPK by `GLPKProblem`, written
/// as MPS for peer solvers. Rows are `Σ a·x ≤ upper` (all our rows are
/// packing rows), entries in one flat triplet list, 0-based.
struct MIPModel: Sendable {
  /// Objective coefficient per column (maximised).
  var objective: [Double] = []
  /// Lower bound per column: 1 for pinned candidates, else 0 (upper is 1).
  var lower: [Double] = []
  /// Right-hand side per row.
  var upper: [Double] = []
  var rowNames: [String] = []
  var entryRow: [Int32] = []
  var entryColumn: [Int32] = []
  var entryValue: [Double] = []
  /// Rows by family, for the log: seats, distinct, clique, cap, week.
  var rowCounts: [String: Int] = [:]

  var columnCount: Int { objective.count }
  var rowCount: Int { upper.count }

  /// Adds `Σ coefficient × x ≤ bound`, named for the MPS file and the log.
  mutating func addRow(_ name: String, family: String, columns: [Int], coefficients: [Double], bound: Double) {
    let row = Int32(upper.count)
    upper.append(bound)
    rowNames.append(name)
    for (column, value) in zip(columns, coefficients) {
      entryRow.append(row)
      entryColumn.append(Int32(column))
      entryValue.append(value)
    }
    rowCounts[family, default: 0] += 1
  }

  /// Whether the 0/1 vector `x` satisfies every row and bound (tolerance 1e-6).
  func isFeasible(_ x: [Double]) -> Bool {
    guard x.count == columnCount else { return false }
    var activity = [Double](repeating: 0, count: rowCount)
    for k in 0..<entryRow.count { activity[Int(entryRow[k])] += entryValue[k] * x[Int(entryColumn[k])] }
    for (r, bound) in upper.enumerated() where activity[r] > bound + 1e-6 { return false }
    for (j, value) in x.enumerated() where value < lower[j] - 1e-6 { return false }
    return true
  }

  /// Objective value of `x`.
  func value(_ x: [Double]) -> Double { zip(objective, x).reduce(0) { $0 + $1.0 * $1.1 } }
}
