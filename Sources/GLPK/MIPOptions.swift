/// Settings for one `GLPKProblem.solve` call.
///
/// Defaults reproduce GLPK's defaults except that the MIP presolver is on
/// and output is captured instead of printed.
package struct MIPOptions {
  /// Wall-clock budget for the whole solve (LP relaxation plus search), measured on a monotonic clock.
  package var timeLimit: Duration?
  /// An absolute deadline on the monotonic clock; the earlier of this and `timeLimit` applies.
  package var deadline: ContinuousClock.Instant?
  /// Stop once the relative gap |incumbent − bound| / |incumbent| is at most this (GLPK's `mip_gap`).
  package var mipGap: Double?
  /// Use GLPK's MIP presolver. Ignored (off) when `initialSolution` or `heuristic`
  /// is set: with presolve the callback sees a transformed problem whose columns are not ours.
  package var presolve: Bool = true
  /// Gomory mixed-integer cuts.
  package var gomoryCuts: Bool = false
  /// Mixed-integer rounding cuts.
  package var mirCuts: Bool = false
  /// Mixed cover cuts. GLPK's cover-cut generator uses non-thread-local statics, so solves
  /// with this on are serialised process-wide (other solves still run in parallel).
  package var coverCuts: Bool = false
  /// Clique cuts.
  package var cliqueCuts: Bool = false
  /// GLPK's feasibility pump heuristic.
  package var feasibilityPump: Bool = false
  /// GLPK's proximity search heuristic.
  package var proximitySearch: Bool = false
  /// Branching variable choice.
  package var branching: MIPBranching = .driebeckTomlin
  /// Node selection after a branch is closed.
  package var backtracking: MIPBacktracking = .bestLocalBound
  /// Detail of the captured log.
  package var messageLevel: GLPKMessageLevel = .normal
  /// A known solution (one value per column, 0-based) offered to GLPK at its first
  /// heuristic call. Checked for feasibility first; an infeasible one is ignored and noted in the log.
  package var initialSolution: [Double]?
  /// Called at GLPK heuristic points with the current node's LP column values (0-based);
  /// a returned solution is checked for feasibility and, if feasible, offered to GLPK.
  package var heuristic: (([Double]) -> [Double]?)?
  /// Polled at every branch-and-cut callback; returning true stops the search (like a time limit).
  package var shouldStop: (@Sendable () -> Bool)?
  /// Polled with the incumbent's objective and GLPK's best bound so far (nil before the
  /// first) at every callback once there is an incumbent; returning true ends the search
  /// as a reached gap does (`.mipGap`, not a time limit): for an incumbent that has met a
  /// bound (GLPK's, or one proven elsewhere) closely enough in the caller's terms.
  package var incumbentSuffices: ((_ incumbent: Double, _ bound: Double?) -> Bool)?
  /// Tests only: the first branch-and-cut callback raises a GLPK fatal error.
  package var injectFault: Bool = false
  /// Megabytes GLPK may allocate during each solver call beyond what the thread's GLPK
  /// environment already holds (the model itself); exceeding it throws `GLPKError`.
  ///
  /// Relative on purpose: `glp_mem_limit` caps the thread's total and its
  /// check silently stops working when the total is already above the cap.
  package var memoryLimitMB: Int?

  /// GLPK's defaults, presolve on.
  package init() {}

  /// Whether the callbacks need the program's own columns (so no MIP presolve).
  var callbacksNeedOurColumns: Bool { initialSolution != nil || heuristic != nil }
}

/// How a variable to branch on is chosen (GLPK's `br_tech`).
package enum MIPBranching: Sendable, Equatable {
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
package enum MIPBacktracking: Sendable, Equatable {
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
package enum GLPKMessageLevel: Sendable, Equatable {
  /// Nothing.
  case off
  /// Errors and warnings only.
  case errors
  /// Normal progress output (GLPK's `GLP_MSG_ON`).
  case normal
  /// Everything, including informational messages.
  case all
}
