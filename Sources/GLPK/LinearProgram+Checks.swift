extension LinearProgram {
  /// Bounds of column `j` as GLPK enforces them: binary intersected with
  /// [0, 1], integer (and binary) bounds rounded inwards.
  package func bounds(ofColumn j: Int) -> (lower: Double, upper: Double) {
    var lo = lower[j], hi = upper[j]
    if kinds[j] != .continuous {
      if kinds[j] == .binary { lo = Swift.max(lo, 0); hi = Swift.min(hi, 1) }
      lo = lo.rounded(.up)
      hi = hi.rounded(.down)
    }
    return (lo, hi)
  }

  /// Refuses what GLPK would treat as a fatal error: mismatched lengths, NaN
  /// or crossed bounds, non-finite coefficients, entries outside the matrix.
  ///
  /// Duplicate (row, column) entries are left to `glp_check_dup` at load.
  /// - Complexity: O(columns + rows + entries).
  func validate() throws(GLPKError) {
    let count = columnCount
    guard lower.count == count, upper.count == count, objective.count == count,
      columnNames.isEmpty || columnNames.count == count, count < Int(Int32.max)
    else {
      throw .glpk(message: "addColumns: \(count) kinds but \(lower.count) lower, \(upper.count) upper, "
        + "\(objective.count) objective, \(columnNames.isEmpty ? count : columnNames.count) names")
    }
    guard rowNames.isEmpty || rowNames.count == rowCount, rowCount < Int(Int32.max) else {
      throw .glpk(message: "addRows: \(rowCount) bounds but \(rowNames.count) names")
    }
    for j in 0..<count {
      guard !lower[j].isNaN, !upper[j].isNaN, objective[j].isFinite else {
        throw .glpk(message: "addColumns: column \(j) has a NaN bound or a non-finite objective coefficient")
      }
      let (lo, hi) = bounds(ofColumn: j)
      guard lo <= hi, lo < .infinity, hi > -.infinity else {
        throw .glpk(message: "addColumns: column \(j) has empty bounds [\(lower[j]), \(upper[j])]")
      }
    }
    for (i, bound) in rows.enumerated() {
      let (lo, hi) = bound.range
      guard !lo.isNaN, !hi.isNaN, lo <= hi, lo < .infinity, hi > -.infinity else {
        throw .glpk(message: "addRows: row \(i) has invalid bounds \(bound)")
      }
    }
    let entries = entryValue.count
    guard entryRow.count == entries, entryColumn.count == entries, entries < Int(Int32.max) else {
      throw .glpk(message: "loadMatrix: \(entryRow.count) rows, \(entryColumn.count) columns, \(entries) values")
    }
    for k in 0..<entries {
      guard (0..<Int32(rowCount)).contains(entryRow[k]), (0..<Int32(count)).contains(entryColumn[k]) else {
        throw .glpk(message: "loadMatrix: entry \(k) at (\(entryRow[k]), \(entryColumn[k])) is outside \(rowCount)×\(count)")
      }
      guard entryValue[k].isFinite else {
        throw .glpk(message: "loadMatrix: entry \(k) at (\(entryRow[k]), \(entryColumn[k])) is not finite")
      }
    }
  }

  /// Objective value of `x` (one value per column).
  package func objectiveValue(_ x: [Double]) -> Double {
    var sum = 0.0
    for j in objective.indices { sum += objective[j] * x[j] }
    return sum
  }

  /// True if `a` is strictly better than `b` in the objective sense (beyond rounding noise).
  package func isBetter(_ a: Double, than b: Double) -> Bool {
    let tolerance = 1e-9 * Swift.max(1, abs(b))
    return maximize ? a > b + tolerance : a < b - tolerance
  }

  /// `x` with integer columns snapped to exact integers, if it satisfies
  /// bounds and rows within 1e-6 (relative); otherwise why not.
  ///
  /// GLPK's `glp_ios_heur_sol` checks nothing, so every solution offered to
  /// it passes here first. The one feasibility check of a program.
  /// - Complexity: O(columns + entries).
  package func checked(_ x: [Double]) -> Result<[Double], Infeasibility> {
    guard x.count == columnCount else {
      return .failure(Infeasibility(text: "\(x.count) values for \(columnCount) columns"))
    }
    var snapped = x
    for j in snapped.indices {
      let value = snapped[j]
      guard value.isFinite else { return .failure(Infeasibility(text: "column \(j) is not finite")) }
      if kinds[j] != .continuous {
        let nearest = value.rounded()
        guard abs(value - nearest) <= 1e-6 else {
          return .failure(Infeasibility(text: "column \(j) = \(value) is not integral"))
        }
        snapped[j] = nearest
      }
      let (lo, hi) = bounds(ofColumn: j)
      guard snapped[j] >= lo - tolerance(lo), snapped[j] <= hi + tolerance(hi) else {
        return .failure(Infeasibility(text: "column \(j) = \(snapped[j]) outside [\(lo), \(hi)]"))
      }
    }
    var activity = [Double](repeating: 0, count: rowCount)
    for k in entryValue.indices {
      activity[Int(entryRow[k])] += entryValue[k] * snapped[Int(entryColumn[k])]
    }
    for i in activity.indices {
      let (lo, hi) = rows[i].range
      if activity[i] < lo - tolerance(lo) || activity[i] > hi + tolerance(hi) {
        return .failure(Infeasibility(text: "row \(i) = \(activity[i]) outside [\(lo), \(hi)]"))
      }
    }
    return .success(snapped)
  }

  private func tolerance(_ bound: Double) -> Double {
    bound.isFinite ? 1e-6 * Swift.max(1, abs(bound)) : 0
  }
}

/// Why a solution does not satisfy a `LinearProgram`, for the log.
package struct Infeasibility: Error, Equatable {
  /// A human-readable reason naming the column or row.
  package let text: String
}
