import GLPK

/// Column generation for large components: GLPK solves the LP over a few
/// columns, our pricing over all of them proves the LP bound of the full model.
///
/// The rows (seats, distinct, cliques, caps, week) come from the full
/// candidate set and never change; only columns join. With the row duals
/// `y ≥ 0` of an optimal restricted LP, a column's deficit is
/// `d_j = Σ_i a_ij y_i − c_j`. When no column has `d_j < 0`, `y` (with zero
/// bound duals for the absent columns) is dual feasible for the full LP, so
/// the restricted LP optimum `z` bounds every plan: `c·x ≤ z − Σ_j d_j x_j`
/// over the absent columns. Hence a plan that uses an absent column `j` is
/// worth at most `z − d_j`, and the best plan overall at most
/// `max(best restricted plan, z − min_j d_j)`: that is the bound we report,
/// and when GLPK proves the restricted MIP optimal and `z − min_j d_j` does
/// not beat it, the plan is proven optimal for the whole component.
struct ColumnGeneration {
  /// The full model, its columns as compressed lists of (row, value).
  let model: LinearProgram
  let columnStart: [Int]
  let columnRows: [Int32]
  let columnValues: [Double]

  init(model: LinearProgram) {
    self.model = model
    var counts = [Int](repeating: 0, count: model.columnCount + 1)
    for column in model.entryColumn { counts[Int(column) + 1] += 1 }
    for j in 0..<model.columnCount { counts[j + 1] += counts[j] }
    var next = counts
    var rows = [Int32](repeating: 0, count: model.entryRow.count)
    var values = [Double](repeating: 0, count: model.entryRow.count)
    for k in model.entryRow.indices {
      let j = Int(model.entryColumn[k])
      rows[next[j]] = model.entryRow[k]
      values[next[j]] = model.entryValue[k]
      next[j] += 1
    }
    columnStart = counts
    columnRows = rows
    columnValues = values
  }

  /// Entries of column `j`.
  func entries(_ j: Int) -> [(row: Int32, value: Double)] {
    (columnStart[j]..<columnStart[j + 1]).map { (columnRows[$0], columnValues[$0]) }
  }

  /// `Σ_i b_i y_i`: with `Σ_j max(0, −d_j)` over the free columns and `−d_j`
  /// over the pinned ones (fixed at 1), the Lagrangian bound at `y`.
  ///
  /// Relaxing every row with multipliers `y ≥ 0` leaves `max Σ_j (c_j − a_j·y) x_j`
  /// over the box `0 ≤ x ≤ 1` (pins at 1), plus `b·y`: a bound on every plan,
  /// valid at *any* `y ≥ 0`. At the duals of a restricted LP that pricing has
  /// not finished, it is what a component too large to price in time can
  /// still prove; once no deficit is negative, it is the LP bound again.
  func lagrangianBase(duals: [Double]) -> Double {
    (0..<model.rowCount).reduce(0.0) { $0 + model.packingBound($1) * duals[$1] }
  }

  /// Column `j`'s term of the Lagrangian, given its deficit at the duals:
  /// `max(0, −d_j)` if it is free, `−d_j` if a pin fixes it at 1.
  func lagrangianTerm(_ j: Int, deficit: Double) -> Double {
    model.lower[j] > 0.5 ? -deficit : max(0, -deficit)
  }

  /// The Lagrangian bound `L(y)` at `duals` (every row relaxed): one pass over the columns.
  func lagrangian(duals: [Double]) -> Double {
    (0..<model.columnCount).reduce(lagrangianBase(duals: duals)) { $0 + lagrangianTerm($1, deficit: deficit($1, duals: duals)) }
  }

  /// `Σ_i a_ij y_i − c_j` for column `j`.
  func deficit(_ j: Int, duals: [Double]) -> Double {
    var sum = -model.objective[j]
    for k in columnStart[j]..<columnStart[j + 1] { sum += columnValues[k] * duals[Int(columnRows[k])] }
    return sum
  }

  /// A first set of columns: the given ones, pins, and per request the
  /// `perRequest` candidates of highest objective (ties: lowest index).
  func initialColumns(_ set: CandidateSet, include: [Int], perRequest: Int) -> [Int] {
    var active = Set(include)
    for i in set.pinned.indices where set.isProtected(i) { active.insert(i) }
    var byRequest: [Int32: [Int]] = [:]
    for i in 0..<set.count { byRequest[set.request[i], default: []].append(i) }
    for r in byRequest.keys.sorted() {
      guard let members = byRequest[r] else { continue }
      let best = members.sorted { (model.objective[$0], -$0) > (model.objective[$1], -$1) }.prefix(perRequest)
      active.formUnion(best)
    }
    return active.sorted()
  }
}
