/// A proven bound for a component whose LP GLPK cannot solve in time.
///
/// On `stress` weeks (agencies sharing workers) one component holds millions
/// of candidates and its restricted LP alone outlasts the time limit, so
/// column generation proves nothing and the plan would carry no bound at
/// all. Relaxing every row with multipliers `y ≥ 0` gives, for *any* `y`,
///
///     L(y) = Σ_i b_i y_i + Σ_j max(0, c_j − a_j·y)   (pins: c_j − a_j·y)
///
/// a bound on every plan (`ColumnGeneration.lagrangianBase`). This search
/// lowers `L` by projected subgradient steps (Polyak's step towards the
/// incumbent's value, halved after `patience` steps without progress),
/// starting where every column's reduced value is at most 0 on its seat
/// row — the bound "every request seated by its best candidate" — or at a
/// given `y` (the duals of an LP stopped mid-way) when that bounds less. Each
/// step is one pass over the columns; the search stops at the deadline,
/// after `maxSteps`, or once the bound is within `gap` of the incumbent.
/// Its minimum over `y ≥ 0` is the LP bound, so it never proves more than
/// the LP would; it proves that much without a simplex.
/// - Complexity: O(steps × nonzeros).
struct LagrangianBound {
  let generation: ColumnGeneration
  var maxSteps = 400
  var patience = 12

  /// The smallest `L(y)` seen (raw objective), and the steps taken.
  func search(
    from start: [Double]? = nil, incumbent: Double, gap: Double, deadline: ContinuousClock.Instant,
    shouldStop: (@Sendable () -> Bool)?
  ) -> (bound: Double, steps: Int) {
    let model = generation.model
    let rows = model.rowCount
    let columns = model.columnCount
    let rhs = (0..<rows).map { model.packingBound($0) }
    // Start: each row's multiplier is the best objective among its columns,
    // divided by the row's coefficient, on one row per column (its first).
    var y = [Double](repeating: 0, count: rows)
    for j in 0..<columns where generation.columnStart[j] < generation.columnStart[j + 1] {
      let k = generation.columnStart[j]
      let row = Int(generation.columnRows[k])
      y[row] = max(y[row], model.objective[j] / generation.columnValues[k])
    }
    // A given start (e.g. the duals of an LP stopped mid-way, clipped at 0) is tried
    // first; the search goes on from whichever of the two bounds less.
    if let start, start.count == rows, generation.lagrangian(duals: start) < generation.lagrangian(duals: y) { y = start }
    var best = Double.infinity
    var bestY = y
    var lambda = 1.0
    var sinceBest = 0
    var steps = 0
    var usage = [Double](repeating: 0, count: rows)
    let clock = ContinuousClock()
    while steps < maxSteps, clock.now < deadline, shouldStop?() != true {
      steps += 1
      var value = generation.lagrangianBase(duals: y)
      for i in 0..<rows { usage[i] = 0 }
      for j in 0..<columns {
        let deficit = generation.deficit(j, duals: y)
        value += generation.lagrangianTerm(j, deficit: deficit)
        // x_j(y): taken when its reduced value is positive, or pinned.
        guard deficit < 0 || model.lower[j] > 0.5 else { continue }
        for k in generation.columnStart[j]..<generation.columnStart[j + 1] {
          usage[Int(generation.columnRows[k])] += generation.columnValues[k]
        }
      }
      if value < best - 1e-9 * abs(best) || !best.isFinite {
        best = value
        bestY = y
        sinceBest = 0
      } else {
        sinceBest += 1
        if sinceBest >= patience {
          // No progress: a shorter step, from the best point.
          lambda /= 2
          sinceBest = 0
          y = bestY
          continue
        }
      }
      if best - incumbent <= gap * abs(incumbent) { break }
      // Subgradient b − A x(y), projected: rows at 0 that want to fall stay at 0.
      var norm = 0.0
      for i in 0..<rows {
        let g = rhs[i] - usage[i]
        if y[i] > 0 || g < 0 { norm += g * g }
      }
      guard norm > 0 else { break }  // x(y) is feasible with complementary y: L(y) is the optimum
      let step = lambda * max(value - incumbent, 1e-6 * abs(incumbent)) / norm
      for i in 0..<rows { y[i] = max(0, y[i] - step * (rhs[i] - usage[i])) }
    }
    return (best, steps)
  }
}
