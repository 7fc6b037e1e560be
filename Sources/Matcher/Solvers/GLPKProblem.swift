import CGLPK

// The only file that imports CGLPK. Everything GLPK-specific (1-based
// indices, hooks, setjmp/longjmp, per-thread environments) stays behind
// `GLPKProblem`; callers see 0-based Swift arrays and Swift errors.

/// An error from the GLPK solver layer.
///
/// GLPK aborts the process on a fatal error unless the error is caught; the
/// C shim catches it, and it surfaces here with GLPK's own text.
enum SolverError: Error, Equatable {
  /// GLPK failed (fatal error, out of memory, unusable model or problem); `message` explains.
  case glpk(message: String)
}

/// The bounds of one constraint row, `lower <= a·x <= upper`.
enum RowBound: Sendable, Equatable {
  /// `a·x <= value`.
  case upper(Double)
  /// `a·x >= value`.
  case lower(Double)
  /// `a·x == value`.
  case fixed(Double)
  /// `lower <= a·x <= upper`; equal ends mean `fixed`.
  case range(Double, Double)
  /// No bound (a row that is only observed, never enforced).
  case free
}

/// What values a column (variable) may take.
enum ColumnKind: Sendable, Equatable {
  /// 0 or 1; the given bounds are intersected with [0, 1].
  case binary
  /// Any integer within the bounds (fractional bounds are rounded inwards).
  case integer
  /// Any real number within the bounds.
  case continuous
}

/// How a variable to branch on is chosen (GLPK's `br_tech`).
enum MIPBranching: Sendable, Equatable {
  /// First fractional variable.
  case firstFractional
  /// Last fractional variable.
  case lastFractional
  /// Most fractional variable.
  case mostFractional
  /// Driebeck–Tomlin heuristic (GLPK's default).
  case driebeckTomlin
  /// Hybrid pseudo-cost heuristic.
  case pseudoCost
}

/// Which open node the search continues from (GLPK's `bt_tech`).
enum MIPBacktracking: Sendable, Equatable {
  /// Depth-first search.
  case depthFirst
  /// Breadth-first search.
  case breadthFirst
  /// Best local bound (GLPK's default).
  case bestLocalBound
  /// Best projection heuristic.
  case bestProjection
}

/// How much GLPK writes to the captured log (`MIPResult.log`); nothing is ever printed.
enum GLPKMessageLevel: Sendable, Equatable {
  /// Nothing.
  case off
  /// Errors and warnings only.
  case errors
  /// Normal progress output (GLPK's `GLP_MSG_ON`).
  case normal
  /// Everything, including informational messages.
  case all
}

/// Settings for one `GLPKProblem.solve` call.
///
/// Defaults reproduce GLPK's defaults except that the MIP presolver is on
/// and output is captured instead of printed.
struct MIPOptions {
  /// Wall-clock budget for the whole solve (LP relaxation plus search), measured on a monotonic clock.
  var timeLimit: Duration?
  /// An absolute deadline on the monotonic clock; the earlier of this and `timeLimit` applies.
  var deadline: ContinuousClock.Instant?
  /// Stop once the relative gap |incumbent − bound| / |incumbent| is at most this (GLPK's `mip_gap`).
  var mipGap: Double?
  /// Use GLPK's MIP presolver. Ignored (off) when `initialSolution` or `heuristic`
  /// is set: with presolve the callback sees a transformed problem whose columns are not ours.
  var presolve: Bool = true
  /// Gomory mixed-integer cuts.
  var gomoryCuts: Bool = false
  /// Mixed-integer rounding cuts.
  var mirCuts: Bool = false
  /// Mixed cover cuts. GLPK's cover-cut generator uses non-thread-local statics, so solves
  /// with this on are serialised process-wide (other solves still run in parallel).
  var coverCuts: Bool = false
  /// Clique cuts.
  var cliqueCuts: Bool = false
  /// GLPK's feasibility pump heuristic.
  var feasibilityPump: Bool = false
  /// GLPK's proximity search heuristic.
  var proximitySearch: Bool = false
  /// Branching variable choice.
  var branching: MIPBranching = .driebeckTomlin
  /// Node selection after a branch is closed.
  var backtracking: MIPBacktracking = .bestLocalBound
  /// Detail of the captured log.
  var messageLevel: GLPKMessageLevel = .normal
  /// A known solution (one value per column, 0-based) offered to GLPK at its first
  /// heuristic call. Checked for feasibility first; an infeasible one is ignored and noted in the log.
  var initialSolution: [Double]?
  /// Called at GLPK heuristic points with the current node's LP column values (0-based);
  /// a returned solution is checked for feasibility and, if feasible, offered to GLPK.
  var heuristic: (([Double]) -> [Double]?)?
  /// Polled at every branch-and-cut callback; returning true stops the search (like a time limit).
  var shouldStop: (@Sendable () -> Bool)?
  /// Polled with the incumbent's objective at every callback once there is one; returning
  /// true ends the search as a reached gap does (`.mipGap`, not a time limit): for a bound
  /// proven elsewhere (`WorkerWeekBound`) that the incumbent has met closely enough.
  var incumbentSuffices: ((Double) -> Bool)?
  /// Tests only: the first branch-and-cut callback raises a GLPK fatal error.
  var injectFault: Bool = false
  /// Megabytes GLPK may allocate during each solver call beyond what the thread's GLPK
  /// environment already holds (the model itself); exceeding it throws `SolverError.glpk`.
  ///
  /// Relative on purpose: `glp_mem_limit` caps the thread's total and its
  /// check silently stops working when the total is already above the cap.
  var memoryLimitMB: Int?
}

/// Outcome of a MIP solve, as far as GLPK proved it.
enum MIPStatus: Sendable, Equatable {
  /// GLPK finished the search and proved the solution optimal.
  case optimal
  /// A feasible solution, not proven optimal (stopped early).
  case feasible
  /// No solution known: stopped before finding one, or the relaxation is unbounded.
  case noSolution
  /// Proven that no feasible solution exists.
  case infeasible
}

/// Why a solve ended, in more detail than `MIPStatus`.
enum MIPTermination: Sendable, Equatable {
  /// The search ran to completion (status optimal or infeasible).
  case completed
  /// The time limit or deadline was reached.
  case timeLimit
  /// `shouldStop` asked to stop.
  case stopped
  /// The relative gap tolerance (`mipGap`) was reached.
  case mipGap
  /// The LP relaxation is unbounded: the MIP is unbounded or infeasible.
  case unbounded
  /// GLPK's search failed (`GLP_EFAIL`) after finding the solution reported.
  case solverFailure
}

/// The result of `GLPKProblem.solve`.
struct MIPResult {
  /// What GLPK proved.
  var status: MIPStatus
  /// Objective of `values`; nil without a solution.
  var objective: Double?
  /// Best bound on the optimum known when the solve ended (upper bound when
  /// maximising, lower when minimising); equals `objective` when optimal, nil if unknown or infeasible.
  var bound: Double?
  /// Column values, 0-based; empty without a solution.
  var values: [Double]
  /// The search stopped early because of the time limit, the deadline or `shouldStop`.
  var timeLimitHit: Bool
  /// Everything GLPK wrote during the solve (it prints nothing); meant for a debug-level logger.
  var log: String
  /// Optimum of the LP relaxation; nil if it was not solved to optimality.
  var lpObjective: Double?
  /// Why the solve ended.
  var termination: MIPTermination = .completed
  /// Solutions (initial or from `heuristic`) that GLPK accepted as new incumbents.
  var acceptedOffers: Int = 0

  /// GLPK's relative gap |objective − bound| / (|objective| + ε); nil without both.
  var gap: Double? {
    guard let objective, let bound else { return nil }
    return abs(objective - bound) / (abs(objective) + Double.ulpOfOne)
  }
}

/// One GLPK problem object (`glp_prob`), owned for its whole life.
///
/// Contract: GLPK's memory belongs to the creating thread, so create, use
/// and drop a problem on one thread, without `await` in between. Misuse
/// (another thread, or a problem whose thread-local GLPK environment was
/// freed by a fatal error in any problem on that thread) is detected: such
/// a problem is never touched again, `solve`/`writeMPS` throw, and `deinit`
/// leaves the memory to GLPK. Invalid model input (NaN, crossed bounds,
/// bad indices) is recorded too and thrown by the next `solve`/`writeMPS`,
/// because GLPK would treat it as a fatal error.
struct GLPKProblem: ~Copyable {
  /// The owned `glp_prob*`; nil only if creation failed. Never leaves this type.
  private let prob: OpaquePointer?
  /// `cglpk_env_epoch()` at creation: the problem is valid only while it is unchanged.
  private let epoch: UInt64
  /// Set after a fatal GLPK error: glp_free_env already freed the problem.
  private var dead = false
  /// First invalid-model or misuse message; thrown by `solve` and `writeMPS`.
  private var modelError: String?
  /// Swift copy of the model, used to check and evaluate offered solutions.
  private var model = ModelData()

  /// Number of columns added so far.
  var columnCount: Int { model.integer.count }
  /// Number of rows added so far.
  var rowCount: Int { model.rowLower.count }

  /// Creates an empty minimisation problem named `name` on the calling thread.
  init(name: String = "ale") {
    epoch = cglpk_env_epoch()
    var created: OpaquePointer?
    let rc = glpkName(name).withUnsafeBufferPointer { cglpk_create_prob(&created, $0.baseAddress) }
    prob = rc == 0 ? created : nil
    if rc != 0 {
      dead = true
      modelError = "glp_create_prob failed: \(fatalMessage())"
    }
  }

  deinit {
    // After a fatal error, on another thread or after the environment was
    // reset, the pointer is dangling or foreign: leave it alone.
    if let prob, !dead, cglpk_env_epoch() == epoch {
      _ = cglpk_delete_prob(prob)
    }
  }

  /// Sets the objective sense (minimise by default).
  mutating func setObjectiveDirection(maximize: Bool) {
    guard let prob = usableProblem() else { return }
    if cglpk_set_obj_dir(prob, maximize ? GLP_MAX : GLP_MIN) != 0 {
      fail("glp_set_obj_dir failed: \(fatalMessage())")
      return
    }
    model.maximize = maximize
  }

  /// Appends columns; all arrays have one entry per column, `names` is optional.
  ///
  /// Bounds may be infinite. Integer and binary bounds are rounded inwards;
  /// NaN, crossed bounds or mismatched lengths are recorded as a model error.
  mutating func addColumns(
    kinds: [ColumnKind], lower: [Double], upper: [Double], objective: [Double], names: [String]?
  ) {
    guard let prob = usableProblem() else { return }
    let count = kinds.count
    guard lower.count == count, upper.count == count, objective.count == count,
      names.map({ $0.count == count }) ?? true, columnCount + count < Int(Int32.max)
    else {
      fail("addColumns: \(count) kinds but \(lower.count) lower, \(upper.count) upper, "
        + "\(objective.count) objective, \(names?.count ?? count) names")
      return
    }
    guard count > 0 else { return }
    var glpkKinds = [Int32](), types = [Int32](), lbs = [Double](), ubs = [Double]()
    var los = [Double](), his = [Double]()
    for k in 0..<count {
      let column = columnCount + k
      guard !lower[k].isNaN, !upper[k].isNaN, objective[k].isFinite else {
        fail("addColumns: column \(column) has a NaN bound or a non-finite objective coefficient")
        return
      }
      var lo = lower[k], hi = upper[k]
      if kinds[k] != .continuous {
        if kinds[k] == .binary { lo = Swift.max(lo, 0); hi = Swift.min(hi, 1) }
        lo = lo.rounded(.up)
        hi = hi.rounded(.down)
      }
      guard lo <= hi, lo < .infinity, hi > -.infinity else {
        fail("addColumns: column \(column) has empty bounds [\(lower[k]), \(upper[k])]")
        return
      }
      let (type, glpkLo, glpkHi) = boundType(lo, hi)
      glpkKinds.append(kinds[k] == .continuous ? GLP_CV : GLP_IV)
      types.append(type); lbs.append(glpkLo); ubs.append(glpkHi)
      los.append(lo); his.append(hi)
    }
    let rc: Int32
    if let names {
      rc = nameBlob(names).withUnsafeBufferPointer {
        cglpk_add_cols(prob, Int32(count), glpkKinds, types, lbs, ubs, objective, $0.baseAddress)
      }
    } else {
      rc = cglpk_add_cols(prob, Int32(count), glpkKinds, types, lbs, ubs, objective, nil)
    }
    guard rc == 0 else {
      fail("glp_add_cols failed: \(fatalMessage())")
      return
    }
    model.integer.append(contentsOf: kinds.map { $0 != .continuous })
    model.lower.append(contentsOf: los)
    model.upper.append(contentsOf: his)
    model.objective.append(contentsOf: objective)
  }

  /// Appends one row per bound; `names` is optional.
  mutating func addRows(_ bounds: [RowBound], names: [String]?) {
    guard let prob = usableProblem() else { return }
    let count = bounds.count
    guard names.map({ $0.count == count }) ?? true else {
      fail("addRows: \(count) bounds but \(names?.count ?? 0) names")
      return
    }
    guard count > 0, rowCount + count < Int(Int32.max) else {
      if count > 0 { fail("addRows: too many rows") }
      return
    }
    var types = [Int32](), lbs = [Double](), ubs = [Double](), los = [Double](), his = [Double]()
    for (k, bound) in bounds.enumerated() {
      let (lo, hi): (Double, Double)
      switch bound {
      case .upper(let value): (lo, hi) = (-.infinity, value)
      case .lower(let value): (lo, hi) = (value, .infinity)
      case .fixed(let value): (lo, hi) = (value, value)
      case .range(let a, let b): (lo, hi) = (a, b)
      case .free: (lo, hi) = (-.infinity, .infinity)
      }
      guard !lo.isNaN, !hi.isNaN, lo <= hi, lo < .infinity, hi > -.infinity else {
        fail("addRows: row \(rowCount + k) has invalid bounds \(bound)")
        return
      }
      let (type, glpkLo, glpkHi) = boundType(lo, hi)
      types.append(type); lbs.append(glpkLo); ubs.append(glpkHi)
      los.append(lo); his.append(hi)
    }
    let rc: Int32
    if let names {
      rc = nameBlob(names).withUnsafeBufferPointer {
        cglpk_add_rows(prob, Int32(count), types, lbs, ubs, $0.baseAddress)
      }
    } else {
      rc = cglpk_add_rows(prob, Int32(count), types, lbs, ubs, nil)
    }
    guard rc == 0 else {
      fail("glp_add_rows failed: \(fatalMessage())")
      return
    }
    model.rowLower.append(contentsOf: los)
    model.rowUpper.append(contentsOf: his)
  }

  /// Replaces the constraint matrix with the given entries (0-based row and column indices).
  ///
  /// Converted to GLPK's 1-based flat `ia/ja/ar` and loaded with one
  /// `glp_load_matrix`. Out-of-range or duplicate (row, column) pairs and
  /// non-finite values are recorded as a model error instead.
  mutating func loadMatrix(rows: [Int32], columns: [Int32], values: [Double]) {
    guard let prob = usableProblem() else { return }
    let count = values.count
    guard rows.count == count, columns.count == count, count < Int(Int32.max) else {
      fail("loadMatrix: \(rows.count) rows, \(columns.count) columns, \(count) values")
      return
    }
    var ia = [Int32](repeating: 0, count: count + 1)
    var ja = [Int32](repeating: 0, count: count + 1)
    var ar = [Double](repeating: 0, count: count + 1)
    for k in 0..<count {
      guard (0..<Int32(rowCount)).contains(rows[k]), (0..<Int32(columnCount)).contains(columns[k])
      else {
        fail("loadMatrix: entry \(k) at (\(rows[k]), \(columns[k])) is outside \(rowCount)×\(columnCount)")
        return
      }
      guard values[k].isFinite else {
        fail("loadMatrix: entry \(k) at (\(rows[k]), \(columns[k])) is not finite")
        return
      }
      ia[k + 1] = rows[k] + 1
      ja[k + 1] = columns[k] + 1
      ar[k + 1] = values[k]
    }
    var check: Int32 = 0
    guard cglpk_load_matrix(prob, Int32(count), ia, ja, ar, &check) == 0 else {
      fail("glp_load_matrix failed: \(fatalMessage())")
      return
    }
    guard check == 0 else {
      let k = Int(check.magnitude) - 1
      fail("loadMatrix: entry \(k) at (\(rows[k]), \(columns[k])) "
        + (check < 0 ? "is out of range" : "duplicates an earlier entry"))
      return
    }
    model.matrixRows = rows
    model.matrixColumns = columns
    model.matrixValues = values
  }

  /// Appends binary columns with their constraint entries, after `loadMatrix`.
  ///
  /// For column generation: the rows stay, new columns join the basis as
  /// non-basic at 0, so the next `solveRelaxation` starts warm.
  ///
  /// `kind` `.continuous` appends `[lower, ∞)` columns instead of binary ones
  /// (the worker-week master's weights, whose upper bound the convexity rows give).
  mutating func appendColumns(
    objective: [Double], lower: [Double], entries: [[(row: Int32, value: Double)]], kind: ColumnKind = .binary
  ) {
    guard objective.count == entries.count else {
      fail("appendColumns: \(objective.count) objective coefficients for \(entries.count) columns")
      return
    }
    let first = columnCount
    addColumns(
      kinds: Array(repeating: kind, count: objective.count), lower: lower,
      upper: Array(repeating: kind == .continuous ? .infinity : 1, count: objective.count), objective: objective, names: nil)
    guard let prob = usableProblem(), !entries.isEmpty else { return }
    var starts: [Int32] = [0]
    var rows: [Int32] = []
    var values: [Double] = []
    for (k, column) in entries.enumerated() {
      for entry in column {
        guard (0..<Int32(rowCount)).contains(entry.row), entry.value.isFinite else {
          fail("appendColumns: column \(first + k) has an entry at row \(entry.row) outside 0..<\(rowCount) or not finite")
          return
        }
        rows.append(entry.row + 1)
        values.append(entry.value)
        model.matrixRows.append(entry.row)
        model.matrixColumns.append(Int32(first + k))
        model.matrixValues.append(entry.value)
      }
      starts.append(Int32(rows.count))
    }
    let rc = cglpk_set_mat_cols(prob, Int32(first + 1), Int32(entries.count), starts, rows, values)
    if rc != 0 { fail("glp_set_mat_col failed: \(fatalMessage())") }
  }

  /// The LP relaxation's basic solution: column values and row duals.
  struct Relaxation {
    enum Status: Equatable { case optimal, infeasible, unbounded, timeLimit }
    var status: Status
    var objective: Double
    /// Column values, 0-based.
    var values: [Double]
    /// Row duals (shadow prices), 0-based.
    var duals: [Double]
    /// What GLPK wrote.
    var log: String
  }

  /// Solves the LP relaxation with `glp_simplex`, warm from the current basis.
  ///
  /// `scale` scales the problem first (do it once, before the first solve).
  mutating func solveRelaxation(deadline: ContinuousClock.Instant?, scale: Bool) throws -> Relaxation {
    let prob = try requireUsable()
    cglpk_log_clear()
    let clock = ContinuousClock()
    var smcp = glp_smcp()
    glp_init_smcp(&smcp)
    smcp.msg_lev = GLP_MSG_ON
    smcp.presolve = GLP_OFF
    if let deadline { smcp.tm_lim = milliseconds(until: deadline, clock: clock) }
    var lp = cglpk_lp_outcome()
    guard cglpk_simplex(prob, &smcp, scale ? 1 : 0, 0, &lp) == 0 else { throw fatal("glp_simplex") }
    let status: Relaxation.Status
    switch (lp.ret, lp.status) {
    case (0, GLP_OPT): status = .optimal
    case (0, GLP_NOFEAS): status = .infeasible
    case (0, GLP_UNBND): status = .unbounded
    case (GLP_ETMLIM, _): status = .timeLimit
    default:
      throw SolverError.glpk(message: "glp_simplex failed: \(returnCodeName(lp.ret))\n\(takeLog())")
    }
    var values = [Double](repeating: 0, count: columnCount)
    var duals = [Double](repeating: 0, count: rowCount)
    values.withUnsafeMutableBufferPointer { x in
      duals.withUnsafeMutableBufferPointer { y in
        cglpk_basic_solution(prob, x.baseAddress, Int32(x.count), y.baseAddress, Int32(y.count))
      }
    }
    return Relaxation(status: status, objective: lp.objective, values: values, duals: duals, log: takeLog())
  }

  /// Solves the MIP: `glp_simplex` on the LP relaxation, then `glp_intopt`.
  ///
  /// Never prints; the text GLPK would print is in `MIPResult.log`. Time
  /// limit, deadline and `shouldStop` end the search early with
  /// `timeLimitHit` and the best solution and bound known. Throws
  /// `SolverError.glpk` for a GLPK fatal error (including the memory limit,
  /// after which this problem and every other problem of this thread are
  /// unusable), for a recorded model error, or when GLPK cannot even start.
  mutating func solve(_ options: MIPOptions) throws -> MIPResult {
    let prob = try requireUsable()
    let model = self.model
    let columnCount = self.columnCount
    cglpk_log_clear()
    let clock = ContinuousClock()
    let start = clock.now
    var deadline = options.deadline
    if let timeLimit = options.timeLimit {
      deadline = Swift.min(deadline ?? start + timeLimit, start + timeLimit)
    }
    let memoryLimit = options.memoryLimitMB.map { Int32(clamping: Swift.max($0, 1)) } ?? 0
    var notes: [String] = []

    // A warm start, checked now: GLPK accepts any values it is given.
    var initial: [Double]?
    if let proposal = options.initialSolution {
      guard proposal.count == columnCount else {
        throw SolverError.glpk(
          message: "initialSolution has \(proposal.count) values for \(columnCount) columns")
      }
      switch model.checked(proposal) {
      case .success(let solution): initial = solution
      case .failure(let reason): notes.append("initial solution ignored: \(reason.text)")
      }
    }

    var result = MIPResult(
      status: .noSolution, objective: nil, bound: nil, values: [], timeLimitHit: false, log: "",
      lpObjective: nil)
    func finish(_ result: MIPResult) -> MIPResult {
      var result = result
      if let initial, result.status != .infeasible, result.status != .optimal {
        let value = model.objectiveValue(initial)
        if result.objective.map({ model.isBetter(value, than: $0) }) ?? true {
          result.values = initial
          result.objective = value
          result.status = .feasible
          notes.append("reporting the initial solution: GLPK found nothing better")
        }
      }
      if let objective = result.objective, let bound = result.bound {
        result.bound = model.maximize ? Swift.max(bound, objective) : Swift.min(bound, objective)
      }
      result.log = takeLog() + notes.map { "[GLPKProblem] \($0)\n" }.joined()
      return result
    }
    func stopReason() -> MIPTermination? {
      if let deadline, clock.now >= deadline { return .timeLimit }
      if options.shouldStop?() == true { return .stopped }
      return nil
    }

    if let reason = stopReason() {
      result.termination = reason
      result.timeLimitHit = true
      return finish(result)
    }

    // LP relaxation: gives the root bound, settles infeasible/unbounded, and
    // leaves the optimal basis glp_intopt needs without its presolver.
    var smcp = glp_smcp()
    glp_init_smcp(&smcp)
    smcp.msg_lev = options.messageLevel.glpk
    smcp.presolve = GLP_OFF
    if let deadline { smcp.tm_lim = milliseconds(until: deadline, clock: clock) }
    var lp = cglpk_lp_outcome()
    let lpCode = cglpk_simplex(prob, &smcp, 1, memoryLimit, &lp)
    guard lpCode == 0 else { throw fatal("glp_simplex") }
    let timed = options.messageLevel != .off
    if timed { notes.append("root LP: \(lp.ret == 0 ? "done" : "stopped") after \(start.duration(to: clock.now))") }
    switch lp.ret {
    case 0:
      switch lp.status {
      case GLP_OPT:
        result.lpObjective = lp.objective
        result.bound = lp.objective
      case GLP_NOFEAS:
        result.status = .infeasible
        return finish(result)
      case GLP_UNBND:
        result.termination = .unbounded
        return finish(result)
      default:
        throw SolverError.glpk(
          message: "glp_simplex ended with status \(lp.status)\n\(takeLog())")
      }
    case GLP_ETMLIM:
      result.termination = .timeLimit
      result.timeLimitHit = true
      return finish(result)
    default:
      throw SolverError.glpk(
        message: "glp_simplex failed: \(returnCodeName(lp.ret))\n\(takeLog())")
    }

    if let reason = stopReason() {
      result.termination = reason
      result.timeLimitHit = true
      return finish(result)
    }

    // Branch and cut.
    var iocp = glp_iocp()
    glp_init_iocp(&iocp)
    iocp.msg_lev = options.messageLevel.glpk
    iocp.br_tech = options.branching.glpk
    iocp.bt_tech = options.backtracking.glpk
    let callbacksNeedOurColumns = options.initialSolution != nil || options.heuristic != nil
    iocp.presolve = options.presolve && !callbacksNeedOurColumns ? GLP_ON : GLP_OFF
    iocp.gmi_cuts = options.gomoryCuts ? GLP_ON : GLP_OFF
    iocp.mir_cuts = options.mirCuts ? GLP_ON : GLP_OFF
    iocp.cov_cuts = options.coverCuts ? GLP_ON : GLP_OFF
    iocp.clq_cuts = options.cliqueCuts ? GLP_ON : GLP_OFF
    iocp.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
    iocp.ps_heur = options.proximitySearch ? GLP_ON : GLP_OFF
    if let mipGap = options.mipGap, mipGap > 0 { iocp.mip_gap = mipGap }
    if let deadline {
      let remaining = milliseconds(until: deadline, clock: clock)
      iocp.tm_lim = remaining
      iocp.ps_tm_lim = Swift.min(iocp.ps_tm_lim, remaining)
    }

    let context = NodeCallbackContext(
      model: callbacksNeedOurColumns ? model : nil, maximize: model.maximize, deadline: deadline,
      shouldStop: options.shouldStop, incumbentSuffices: options.incumbentSuffices, heuristic: options.heuristic,
      initial: initial,
      columns: columnCount)
    var outcome = cglpk_mip_outcome()
    let mipCode = withExtendedLifetime(context) {
      var request = cglpk_mip_request(
        callback: { context, info, action in
          guard let context, let info, let action else { return }
          Unmanaged<NodeCallbackContext>.fromOpaque(context).takeUnretainedValue()
            .handle(info.pointee, action)
        },
        context: Unmanaged.passUnretained(context).toOpaque(),
        inject_fault: options.injectFault ? 1 : 0,
        mem_limit_mb: memoryLimit)
      return cglpk_intopt(prob, &iocp, &request, &outcome)
    }
    guard mipCode == 0 else { throw fatal("glp_intopt", code: mipCode) }
    if timed, let deadline {
      let late = deadline.duration(to: clock.now)
      notes.append("branch and cut: ended after \(start.duration(to: clock.now)), \(late > .zero ? "\(late) past" : "\(.zero - late) before") the deadline")
    }
    result.acceptedOffers = Int(outcome.offers_accepted)
    let hasSolution = outcome.status == GLP_OPT || outcome.status == GLP_FEAS
    if hasSolution {
      result.objective = outcome.objective
      result.values = [Double](unsafeUninitializedCapacity: columnCount) { buffer, count in
        cglpk_mip_values(prob, buffer.baseAddress, Int32(columnCount))
        count = columnCount
      }
    }
    if let nodeBound = context.bestBound, let bound = result.bound {
      result.bound = model.maximize ? Swift.min(bound, nodeBound) : Swift.max(bound, nodeBound)
    }
    switch outcome.ret {
    case 0:
      switch outcome.status {
      case GLP_OPT:
        result.status = .optimal
        result.bound = outcome.objective
      case GLP_NOFEAS:
        result.status = .infeasible
        result.bound = nil
      default:
        result.status = hasSolution ? .feasible : .noSolution
      }
    case GLP_ETMLIM, GLP_ESTOP, GLP_EMIPGAP:
      result.status = hasSolution ? .feasible : .noSolution
      result.termination =
        outcome.ret == GLP_EMIPGAP
        ? .mipGap : outcome.ret == GLP_ETMLIM ? .timeLimit : (context.stopReason ?? .stopped)
      result.timeLimitHit = result.termination == .timeLimit || result.termination == .stopped
    case GLP_ENOPFS:
      result.status = .infeasible
      result.bound = nil
    case GLP_ENODFS:
      result.status = .noSolution
      result.termination = .unbounded
    case GLP_EFAIL where hasSolution:
      result.status = .feasible
      result.termination = .solverFailure
    default:
      throw SolverError.glpk(
        message: "glp_intopt failed: \(returnCodeName(outcome.ret))\n\(takeLog())")
    }
    return finish(result)
  }

  /// Writes the problem in free MPS format (`glp_write_mps`, `GLP_MPS_FILE`) with its names.
  ///
  /// MPS has no objective sense: read a maximisation back with `glpsol --freemps FILE --max`.
  /// Rows and columns without a name get GLPK's generic `R…`/`C…` names.
  func writeMPS(to path: String) throws {
    let prob = try requireUsable()
    var glpkReturn: Int32 = 0
    guard cglpk_write_mps(prob, path, &glpkReturn) == 0 else {
      // The environment is gone (the epoch moved), so this problem is now unusable.
      throw fatalError("glp_write_mps")
    }
    let log = takeLog()
    guard glpkReturn == 0 else {
      throw SolverError.glpk(message: "glp_write_mps could not write \(path)\n\(log)")
    }
  }

  /// Frees the calling thread's GLPK environment; for worker threads that are done with GLPK.
  ///
  /// GLPK keeps one environment per thread and never frees it on thread
  /// exit. Problems of this thread that are still alive become unusable
  /// (they throw instead of crashing).
  static func releaseThreadEnvironment() {
    cglpk_release_env()
    cglpk_log_clear()
  }

  // MARK: - Private

  /// The problem pointer if it may be used on this thread now; otherwise records why not.
  private mutating func usableProblem() -> OpaquePointer? {
    guard modelError == nil else { return nil }
    do {
      return try requireUsable()
    } catch {
      if case .glpk(let message) = error { modelError = message }
      return nil
    }
  }

  /// The problem pointer, or the reason it cannot be used.
  private func requireUsable() throws(SolverError) -> OpaquePointer {
    if let modelError { throw .glpk(message: modelError) }
    guard let prob, !dead else {
      throw .glpk(message: "GLPK problem unusable: a fatal GLPK error freed it")
    }
    guard cglpk_env_epoch() == epoch else {
      throw .glpk(
        message: "GLPK problem unusable: used on another thread than the one that created it, "
          + "or that thread's GLPK environment was freed (fatal GLPK error or releaseThreadEnvironment)")
    }
    return prob
  }

  /// Records the first model error.
  private mutating func fail(_ message: String) {
    if modelError == nil { modelError = message }
  }

  /// The error for a guarded entry that did not return 0; marks the problem dead after a fatal error.
  private mutating func fatal(_ function: String, code: Int32 = CGLPK_FATAL) -> SolverError {
    if code != CGLPK_NOMEM { dead = true }
    return fatalError(function)
  }
}

/// `SolverError` for a guarded shim entry that failed, with GLPK's error text (or the log if there is none).
private func fatalError(_ function: String) -> SolverError {
  let log = takeLog()
  let message = fatalMessage()
  return .glpk(message: "\(function): \(message.isEmpty ? log : message)")
}

// MARK: - Model copy

/// A solution check failure, with a human-readable reason.
private struct Infeasibility: Error {
  let text: String
}

/// The model as given, kept in Swift to evaluate and check offered solutions
/// (GLPK's `glp_ios_heur_sol` checks nothing).
private struct ModelData {
  var maximize = false
  var integer: [Bool] = []
  var lower: [Double] = []
  var upper: [Double] = []
  var objective: [Double] = []
  var rowLower: [Double] = []
  var rowUpper: [Double] = []
  var matrixRows: [Int32] = []
  var matrixColumns: [Int32] = []
  var matrixValues: [Double] = []

  /// Objective value of `x`.
  func objectiveValue(_ x: [Double]) -> Double {
    var sum = 0.0
    for j in objective.indices { sum += objective[j] * x[j] }
    return sum
  }

  /// True if `a` is strictly better than `b` in the objective sense (beyond rounding noise).
  func isBetter(_ a: Double, than b: Double) -> Bool {
    let tolerance = 1e-9 * Swift.max(1, abs(b))
    return maximize ? a > b + tolerance : a < b - tolerance
  }

  /// `x` with integer columns snapped to exact integers, if it satisfies bounds and rows.
  func checked(_ x: [Double]) -> Result<[Double], Infeasibility> {
    guard x.count == integer.count else {
      return .failure(Infeasibility(text: "\(x.count) values for \(integer.count) columns"))
    }
    var snapped = x
    for j in snapped.indices {
      let value = snapped[j]
      guard value.isFinite else {
        return .failure(Infeasibility(text: "column \(j) is not finite"))
      }
      if integer[j] {
        let nearest = value.rounded()
        guard abs(value - nearest) <= 1e-6 else {
          return .failure(Infeasibility(text: "column \(j) = \(value) is not integral"))
        }
        snapped[j] = nearest
      }
      guard snapped[j] >= lower[j] - tolerance(lower[j]), snapped[j] <= upper[j] + tolerance(upper[j])
      else {
        return .failure(
          Infeasibility(text: "column \(j) = \(snapped[j]) outside [\(lower[j]), \(upper[j])]"))
      }
    }
    var activity = [Double](repeating: 0, count: rowLower.count)
    for k in matrixValues.indices {
      activity[Int(matrixRows[k])] += matrixValues[k] * snapped[Int(matrixColumns[k])]
    }
    for i in activity.indices
    where activity[i] < rowLower[i] - tolerance(rowLower[i])
      || activity[i] > rowUpper[i] + tolerance(rowUpper[i])
    {
      return .failure(
        Infeasibility(text: "row \(i) = \(activity[i]) outside [\(rowLower[i]), \(rowUpper[i])]"))
    }
    return .success(snapped)
  }

  private func tolerance(_ bound: Double) -> Double {
    bound.isFinite ? 1e-6 * Swift.max(1, abs(bound)) : 0
  }
}

// MARK: - Branch-and-cut callback

/// State shared with the C callback of one `glp_intopt` call, passed as an unretained opaque pointer.
///
/// Runs on the solving thread, inside `glp_intopt`. It never calls GLPK
/// (the C side acts on its answer), so a GLPK fatal error can never
/// longjmp across these Swift frames.
private final class NodeCallbackContext {
  /// The model, when solutions may be offered (no MIP presolve); nil otherwise.
  let model: ModelData?
  let maximize: Bool
  let deadline: ContinuousClock.Instant?
  let shouldStop: (@Sendable () -> Bool)?
  let incumbentSuffices: ((Double) -> Bool)?
  let heuristic: (([Double]) -> [Double]?)?
  let columns: Int
  /// The checked initial solution until it has been offered.
  var pendingInitial: [Double]?
  /// Why we asked GLPK to stop, once we have.
  var stopReason: MIPTermination?
  /// Tightest bound seen on the best active node.
  var bestBound: Double?
  /// When GLPK last called back (or the search started), and the longest
  /// stretch between two calls so far: GLPK's steps between calls (a round
  /// of cuts at the root, a node's LP) do not look at the clock, so the
  /// search stops when one more such step would cross the deadline.
  private var lastCall: ContinuousClock.Instant
  private var longestStep: Duration = .zero
  /// Buffer whose address is handed to C as an offered solution; C copies it before returning.
  let offer: UnsafeMutableBufferPointer<Double>
  private let clock = ContinuousClock()

  init(
    model: ModelData?, maximize: Bool, deadline: ContinuousClock.Instant?, shouldStop: (@Sendable () -> Bool)?,
    incumbentSuffices: ((Double) -> Bool)?, heuristic: (([Double]) -> [Double]?)?, initial: [Double]?, columns: Int
  ) {
    self.incumbentSuffices = incumbentSuffices
    self.model = model
    self.maximize = maximize
    self.deadline = deadline
    self.shouldStop = shouldStop
    self.heuristic = heuristic
    lastCall = ContinuousClock.now
    self.pendingInitial = initial
    self.columns = columns
    offer = .allocate(capacity: Swift.max(columns, 1))
  }

  deinit { offer.deallocate() }

  /// Answers one callback: stop checks, bound bookkeeping and, at heuristic points, solution offers.
  func handle(_ info: cglpk_node_info, _ action: UnsafeMutablePointer<cglpk_node_action>) {
    let now = clock.now
    longestStep = Swift.max(longestStep, lastCall.duration(to: now))
    lastCall = now
    if stopReason == nil {
      if let deadline, now + longestStep >= deadline {
        stopReason = .timeLimit
      } else if shouldStop?() == true {
        stopReason = .stopped
      } else if info.has_incumbent != 0, incumbentSuffices?(info.incumbent) == true {
        stopReason = .mipGap
      }
    }
    if info.has_bound != 0 {
      // Every recorded value is a valid bound, so keep the tightest.
      let bound = info.bound
      bestBound = bestBound.map { maximize ? Swift.min($0, bound) : Swift.max($0, bound) } ?? bound
    }
    if info.reason == GLP_IHEUR, let model {
      var candidate: (values: [Double], objective: Double)?
      if let initial = pendingInitial {
        pendingInitial = nil
        candidate = (initial, model.objectiveValue(initial))
      }
      if stopReason == nil, let heuristic, let lpValues = info.lp_values {
        let current = Array(UnsafeBufferPointer(start: lpValues, count: columns))
        if let proposal = heuristic(current), case .success(let solution) = model.checked(proposal) {
          let value = model.objectiveValue(solution)
          if candidate.map({ model.isBetter(value, than: $0.objective) }) ?? true {
            candidate = (solution, value)
          }
        }
      }
      if let candidate, candidate.values.count == columns, columns > 0 {
        _ = offer.initialize(from: candidate.values)
        action.pointee.solution = UnsafePointer(offer.baseAddress)
      }
    }
    if stopReason != nil { action.pointee.terminate = 1 }
  }
}

// MARK: - Helpers

extension GLPKMessageLevel {
  fileprivate var glpk: Int32 {
    switch self {
    case .off: GLP_MSG_OFF
    case .errors: GLP_MSG_ERR
    case .normal: GLP_MSG_ON
    case .all: GLP_MSG_ALL
    }
  }
}

extension MIPBranching {
  fileprivate var glpk: Int32 {
    switch self {
    case .firstFractional: GLP_BR_FFV
    case .lastFractional: GLP_BR_LFV
    case .mostFractional: GLP_BR_MFV
    case .driebeckTomlin: GLP_BR_DTH
    case .pseudoCost: GLP_BR_PCH
    }
  }
}

extension MIPBacktracking {
  fileprivate var glpk: Int32 {
    switch self {
    case .depthFirst: GLP_BT_DFS
    case .breadthFirst: GLP_BT_BFS
    case .bestLocalBound: GLP_BT_BLB
    case .bestProjection: GLP_BT_BPH
    }
  }
}

/// GLPK's bound type and the two values it expects for `lo <= x <= hi` (infinite ends allowed).
private func boundType(_ lo: Double, _ hi: Double) -> (Int32, Double, Double) {
  switch (lo.isFinite, hi.isFinite) {
  case (false, false): (GLP_FR, 0, 0)
  case (false, true): (GLP_UP, 0, hi)
  case (true, false): (GLP_LO, lo, 0)
  case (true, true): lo == hi ? (GLP_FX, lo, lo) : (GLP_DB, lo, hi)
  }
}

/// `name` as a GLPK-acceptable C string: control characters replaced, at most 255 bytes.
private func glpkName(_ name: String) -> [CChar] {
  var bytes: [UInt8] = []
  for scalar in name.unicodeScalars {
    let encoded = scalar.value < 0x20 || scalar.value == 0x7F ? [UInt8(ascii: "_")] : Array(String(scalar).utf8)
    if bytes.count + encoded.count > 255 { break }
    bytes.append(contentsOf: encoded)
  }
  return bytes.map { CChar(bitPattern: $0) } + [0]
}

/// Names as consecutive NUL-terminated C strings (the shim's `names` format).
private func nameBlob(_ names: [String]) -> [CChar] {
  var blob: [CChar] = []
  for name in names { blob.append(contentsOf: glpkName(name)) }
  return blob
}

/// Milliseconds left until `deadline`, clamped to GLPK's `tm_lim` range (at least 1, below INT_MAX = "no limit").
private func milliseconds(until deadline: ContinuousClock.Instant, clock: ContinuousClock) -> Int32 {
  let left = clock.now.duration(to: deadline).components
  let ms = left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000
  return Int32(clamping: Swift.min(Swift.max(ms, 1), Int64(Int32.max - 1)))
}

/// The GLPK text of the last fatal error on this thread.
private func fatalMessage() -> String {
  String(cString: cglpk_fatal_message()).trimmedWhitespace()
}

/// Takes (and clears) GLPK's captured terminal output of this thread.
private func takeLog() -> String {
  var length = 0
  guard let bytes = cglpk_log_bytes(&length), length > 0 else {
    cglpk_log_clear()
    return ""
  }
  let text = String(
    decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
  cglpk_log_clear()
  return text
}

/// Symbolic name of a GLPK return code, for messages.
private func returnCodeName(_ code: Int32) -> String {
  let names: [Int32: String] = [
    GLP_EBADB: "GLP_EBADB", GLP_ESING: "GLP_ESING", GLP_ECOND: "GLP_ECOND",
    GLP_EBOUND: "GLP_EBOUND", GLP_EFAIL: "GLP_EFAIL", GLP_EOBJLL: "GLP_EOBJLL",
    GLP_EOBJUL: "GLP_EOBJUL", GLP_EITLIM: "GLP_EITLIM", GLP_ETMLIM: "GLP_ETMLIM",
    GLP_ENOPFS: "GLP_ENOPFS", GLP_ENODFS: "GLP_ENODFS", GLP_EROOT: "GLP_EROOT",
    GLP_ESTOP: "GLP_ESTOP", GLP_EMIPGAP: "GLP_EMIPGAP",
  ]
  return names[code] ?? "code \(code)"
}

extension String {
  /// Without leading and trailing whitespace and newlines (no Foundation needed).
  fileprivate func trimmedWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
