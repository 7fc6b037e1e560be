import Dispatch
import GLPK
/// The Dantzig-Wolfe bound of a component: one column per feasible week of one worker.
///
/// The compact model's LP bound leaves a gap that GLPK's branch and cut does
/// not close on city weeks (docs/matcher.md, "Proof at city scale"): its
/// fractional values sit where the seat rows meet one worker's day cliques,
/// caps and weekly maximum. Here every row that involves one worker only
/// (distinct, clique, cap, week, plus "at most one block of a request",
/// which every plan keeps) stays in that worker's *pricing* problem, and
/// only the rows shared by several workers (the seat rows) stay in the
/// *master*, with one convexity row per worker: the master's LP optimises
/// over the convex hull of each worker's feasible weeks, which is tighter.
///
/// Whatever the master's duals `π ≥ 0` on the shared rows, the Lagrangian
///
///     L(π) = Σ_r b_r π_r + Σ_w max { (c − πA) x : x a feasible week of w }
///
/// bounds every plan (relax the shared rows with `π`; each worker then
/// chooses alone). We report the smallest `L` seen, so the bound is valid
/// at every round, converged or not; at convergence it equals the master's
/// LP optimum. Each worker's maximum comes from GLPK's branch and cut on a
/// problem of a few hundred columns; an unproven one counts with its bound.
///
/// - Complexity: per round, one master LP re-solve (warm) and one small
///   integer program per worker whose reduced objective has a positive term.
struct WorkerWeekBound {
  /// What the search found.
  struct Outcome: Sendable {
    /// The smallest Lagrangian bound seen: no plan of the component scores more (raw objective).
    var bound: Double
    /// The master's LP met the bound: no column can improve it.
    var converged: Bool
    var rounds: Int
    /// Worker problems handed to GLPK (the others were settled without it).
    var pricings: Int
    /// The deadline or a stop ended the search, not `enough`, convergence or
    /// `maxRounds`: the bound depends on the clock.
    var cutByClock = false
  }

  /// One worker's block: its columns (global indices) and its own rows (local indices).
  private struct Block {
    var columns: [Int]
    /// Rows of the pricing problem as (local columns, coefficients, bound).
    var rows: [(columns: [Int32], values: [Double], bound: Double)]
    /// Local columns fixed at 1 (pins).
    var pinned: [Int]
    /// Per local column, its request's position among the block's requests.
    var requestSlot: [Int]
    var requestCount: Int
  }

  private let model: LinearProgram
  private let blocks: [Block]
  /// Rows shared by several workers, as model row indices.
  private let sharedRows: [Int]
  /// Per column, its entries in the shared rows as (shared index, value).
  private let sharedEntries: [[(row: Int, value: Double)]]

  /// Splits `model` by the workers of `set`; rows touching several workers are shared.
  init(model: LinearProgram, set: CandidateSet) {
    self.model = model
    let columns = model.columnCount
    var rowColumns = [[Int]](repeating: [], count: model.rowCount)
    var rowValues = [[Double]](repeating: [], count: model.rowCount)
    for k in model.entryRow.indices {
      rowColumns[Int(model.entryRow[k])].append(Int(model.entryColumn[k]))
      rowValues[Int(model.entryRow[k])].append(model.entryValue[k])
    }
    let workerIDs = Array(Set(set.worker)).sorted()
    var blockOfWorker: [Int32: Int] = [:]
    for (b, w) in workerIDs.enumerated() { blockOfWorker[w] = b }
    var blockColumns = [[Int]](repeating: [], count: workerIDs.count)
    var local = [Int](repeating: 0, count: columns)
    var blockOf = [Int](repeating: 0, count: columns)
    for j in 0..<columns {
      let b = blockOfWorker[set.worker[j]] ?? 0
      blockOf[j] = b
      local[j] = blockColumns[b].count
      blockColumns[b].append(j)
    }
    var blocks = blockColumns.map { Block(columns: $0, rows: [], pinned: [], requestSlot: [], requestCount: 0) }
    var shared: [Int] = []
    var sharedEntries = [[(row: Int, value: Double)]](repeating: [], count: columns)
    for r in 0..<model.rowCount {
      guard let first = rowColumns[r].first else { continue }
      let b = blockOf[first]
      if rowColumns[r].allSatisfy({ blockOf[$0] == b }) {
        blocks[b].rows.append((rowColumns[r].map { Int32(local[$0]) }, rowValues[r], model.packingBound(r)))
      } else {
        for (j, value) in zip(rowColumns[r], rowValues[r]) { sharedEntries[j].append((shared.count, value)) }
        shared.append(r)
      }
    }
    for b in blocks.indices {
      // At most one block of a request per worker: every plan keeps it
      // (a seat row of 1, or a distinct row), and it tightens the pricing.
      var byRequest: [Int32: [Int32]] = [:]
      for (k, j) in blocks[b].columns.enumerated() { byRequest[set.request[j], default: []].append(Int32(k)) }
      blocks[b].requestSlot = [Int](repeating: 0, count: blocks[b].columns.count)
      for (slot, r) in byRequest.keys.sorted().enumerated() {
        guard let own = byRequest[r] else { continue }
        for k in own { blocks[b].requestSlot[Int(k)] = slot }
        if own.count > 1 { blocks[b].rows.append((own, [Double](repeating: 1, count: own.count), 1)) }
      }
      blocks[b].requestCount = byRequest.count
      blocks[b].pinned = blocks[b].columns.indices.filter { model.lower[blocks[b].columns[$0]] > 0.5 }
    }
    self.blocks = blocks
    self.sharedRows = shared
    self.sharedEntries = sharedEntries
  }

  /// Column generation until `enough`, the deadline or `shouldStop`; the bound is valid at every round.
  ///
  /// Round 0 prices every worker at `center` (the compact LP's duals on the
  /// shared rows, when given): its Lagrangian is at most the compact LP bound,
  /// and its weeks seed the master beside `start` (a plan of the component,
  /// e.g. the greedy's) and each worker's pinned-only week, which keeps the
  /// master feasible. Each later round re-solves the master and prices at its
  /// duals. `enough(bound, master)` is the caller's test that more rounds
  /// cannot change what it needs from the bound.
  func search(
    start: [Int], center: [Double]?, jobs: Int, maxRounds: Int = .max, deadline: ContinuousClock.Instant,
    shouldStop: (@Sendable () -> Bool)?, enough: (_ bound: Double, _ master: Double) -> Bool
  ) throws(GLPKError) -> Outcome {
    var rows = LinearProgram(maximize: true)
    rows.addRows(sharedRows.map { .upper(model.packingBound($0)) } + blocks.map { _ in .fixed(1) })
    var master = try GLPKProblem(rows, name: "worker-weeks")
    let convexity = sharedRows.count
    var inStart = [Bool](repeating: false, count: model.columnCount)
    for j in start { inStart[j] = true }
    for b in blocks.indices {
      let pinned = blocks[b].pinned
      try add(week: pinned, of: b, to: &master, convexity: convexity)
      let chosen = blocks[b].columns.indices.filter { inStart[blocks[b].columns[$0]] }
      if chosen != pinned { try add(week: chosen, of: b, to: &master, convexity: convexity) }
    }

    let clock = ContinuousClock()
    var best = Double.infinity
    var rounds = 0
    var pricings = 0
    var cut = false
    if let center, center.count == convexity {
      let priced = try priceAll(at: center, deadline: deadline, jobs: jobs)
      pricings += priced.pricings
      if priced.complete { best = priced.lagrangian } else { cut = true }
      for (b, week) in priced.weeks { try add(week: week, of: b, to: &master, convexity: convexity) }
    }
    var converged = false
    while rounds < maxRounds {
      guard clock.now < deadline, shouldStop?() != true else {
        cut = true
        break
      }
      rounds += 1
      let relaxation = try master.solveRelaxation(deadline: deadline, scale: rounds == 1)
      guard relaxation.status == .optimal else {
        cut = true
        break
      }
      if best.isFinite, enough(best, relaxation.objective) {
        converged = true
        break
      }
      let duals = Array(relaxation.duals[0..<convexity])
      let priced = try priceAll(at: duals, deadline: deadline, jobs: jobs)
      pricings += priced.pricings
      if priced.complete { best = min(best, priced.lagrangian) } else { cut = true }
      // A week joins the master when it improves it: positive reduced cost.
      var added = 0
      for (b, week) in priced.weeks {
        let mu = relaxation.duals[convexity + b]
        let reduced = week.reduce(-mu) { acc, k in
          let j = blocks[b].columns[k]
          return sharedEntries[j].reduce(acc + model.objective[j]) { $0 - $1.value * duals[$1.row] }
        }
        if reduced > 1e-9 * max(1, abs(mu)) {
          try add(week: week, of: b, to: &master, convexity: convexity)
          added += 1
        }
      }
      if added == 0 {
        // No week improves the master: its LP optimum is the bound.
        converged = priced.complete
        break
      }
    }
    return Outcome(bound: best, converged: converged, rounds: rounds, pricings: pricings, cutByClock: cut)
  }

  /// Every worker's best week at `duals`: the Lagrangian `L(duals)`, whether every
  /// worker's maximum is known (else `L` is not a bound), and the weeks GLPK found.
  private func priceAll(
    at duals: [Double], deadline: ContinuousClock.Instant, jobs: Int
  ) throws(GLPKError) -> (lagrangian: Double, complete: Bool, weeks: [(Int, [Int])], pricings: Int) {
    let results = SlotStore<Result<Priced, GLPKError>>(count: blocks.count)
    let next = IndexCounter()
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, blocks.count))) { _ in
      while let b = next.take(below: blocks.count) {
        let reduced = blocks[b].columns.map { j in
          sharedEntries[j].reduce(model.objective[j]) { $0 - $1.value * duals[$1.row] }
        }
        let quick = quickBound(b, reduced)
        let floor = blocks[b].pinned.reduce(0.0) { $0 + reduced[$1] }
        if quick <= floor + 1e-9 * max(1, abs(floor)) {
          // The pinned-only week is best: `quick` is its exact value.
          results.set(b, .success(Priced(week: nil, bound: quick, pricings: 0)))
          continue
        }
        do throws(GLPKError) {
          let week = try price(b, reduced, deadline: deadline)
          results.set(b, .success(Priced(week: week?.week, bound: week?.bound ?? quick, pricings: 1, complete: week != nil)))
        } catch {
          results.set(b, .failure(error))
        }
      }
    }
    var lagrangian = zip(sharedRows, duals).reduce(0.0) { $0 + model.packingBound($1.0) * $1.1 }
    var complete = true
    var weeks: [(Int, [Int])] = []
    var pricings = 0
    for b in blocks.indices {
      guard let result = results.get(b) else { preconditionFailure("worker block \(b) was not priced") }
      let priced = try result.get()
      lagrangian += priced.bound
      complete = complete && priced.complete
      pricings += priced.pricings
      if let week = priced.week { weeks.append((b, week)) }
    }
    return (lagrangian, complete, weeks, pricings)
  }

  /// One worker's pricing outcome.
  private struct Priced: Sendable {
    var week: [Int]?
    /// An upper bound on the worker's best reduced value.
    var bound: Double
    var pricings: Int
    var complete = true
  }

  /// The compact model's LP optimum and its duals on the shared rows (round 0's
  /// center); nil if GLPK stopped early.
  func compactRelaxation(deadline: ContinuousClock.Instant) throws(GLPKError) -> (objective: Double, center: [Double])? {
    let problem = try GLPKProblem(model, name: "compact-lp")
    let relaxation = try problem.solveRelaxation(deadline: deadline, scale: true)
    guard relaxation.status == .optimal, let center = center(fromModelDuals: relaxation.duals) else { return nil }
    return (relaxation.objective, center)
  }

  /// The shared rows' entries of duals over every row of the model.
  func center(fromModelDuals duals: [Double]) -> [Double]? {
    duals.count == model.rowCount ? sharedRows.map { duals[$0] } : nil
  }

  /// An upper bound on block `b`'s pricing value without GLPK: per request, its pinned
  /// block's term, else its best positive term (a week holds at most one block of a request).
  private func quickBound(_ b: Int, _ reduced: [Double]) -> Double {
    let block = blocks[b]
    var best = [Double](repeating: 0, count: block.requestCount)
    var pinned = [Bool](repeating: false, count: block.requestCount)
    for k in block.pinned {
      best[block.requestSlot[k]] = reduced[k]
      pinned[block.requestSlot[k]] = true
    }
    for k in reduced.indices where !pinned[block.requestSlot[k]] {
      best[block.requestSlot[k]] = max(best[block.requestSlot[k]], reduced[k])
    }
    return best.reduce(0, +)
  }

  /// Block `b`'s best week under `reduced`, with GLPK's bound; nil if GLPK found no week in time.
  ///
  /// A fresh GLPK problem on the calling thread (GLPK's memory is per thread).
  private func price(
    _ b: Int, _ reduced: [Double], deadline: ContinuousClock.Instant
  ) throws(GLPKError) -> (week: [Int], value: Double, bound: Double)? {
    let block = blocks[b]
    var program = LinearProgram.packing(
      objective: reduced, lower: block.columns.map { model.lower[$0] })
    for (r, row) in block.rows.enumerated() {
      program.addPackingRow("week_\(b)_\(r)", columns: row.columns.map(Int.init), coefficients: row.values, bound: row.bound)
    }
    let problem = try GLPKProblem(program, name: "week-\(b)")
    var options = MIPOptions()
    options.deadline = deadline
    options.presolve = false
    // Gomory cuts close the knapsack side of a week (caps, weekly maximum):
    // on the hardest city worker, 14 s without them, 0.3 s with (docs/matcher.md).
    options.gomoryCuts = true
    // Within 1e-5 of the week's value: far below one coverage unit, and the
    // bound counts GLPK's bound, not the week found, so it stays valid.
    options.mipGap = 1e-5
    options.cliqueCuts = true
    let result = try problem.solve(options)
    guard let value = result.objective, let bound = result.bound, result.values.count == block.columns.count else {
      return nil
    }
    let week = block.columns.indices.filter { result.values[$0] > 0.5 }
    return (week, value, max(value, bound))
  }

  /// Adds the week `week` (local columns of block `b`) to the master as one column.
  private func add(week: [Int], of b: Int, to master: inout GLPKProblem, convexity: Int) throws(GLPKError) {
    var value = 0.0
    var entries: [Int: Double] = [:]
    for k in week {
      let j = blocks[b].columns[k]
      value += model.objective[j]
      for entry in sharedEntries[j] { entries[entry.row, default: 0] += entry.value }
    }
    var column = entries.keys.sorted().map { (row: Int32($0), value: entries[$0] ?? 0) }
    column.append((Int32(convexity + b), 1))
    // A weight in [0, ∞): the convexity row bounds it; a bound of 1 on the
    // column would take a dual of its own and make the row duals misprice.
    try master.appendColumns(objective: [value], lower: [0], entries: [column], kind: .continuous)
  }
}
