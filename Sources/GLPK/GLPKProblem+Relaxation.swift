import CGLPK

extension GLPKProblem {
  /// The LP relaxation's basic solution: column values and row duals.
  package struct Relaxation {
    /// How `glp_simplex` ended.
    package enum Status: Equatable { case optimal, infeasible, unbounded, timeLimit }
    package var status: Status
    package var objective: Double
    /// Column values, 0-based.
    package var values: [Double]
    /// Row duals (shadow prices), 0-based.
    package var duals: [Double]
    /// What GLPK wrote.
    package var log: String
  }

  /// Solves the LP relaxation with `glp_simplex`, warm from the current basis.
  ///
  /// `scale` scales the problem first (do it once, before the first solve).
  package func solveRelaxation(deadline: ContinuousClock.Instant?, scale: Bool) throws(GLPKError) -> Relaxation {
    try withUsableProblem { prob throws(GLPKError) in try relaxation(of: prob, deadline: deadline, scale: scale) }
  }

  /// `solveRelaxation` on the lent pointer.
  private func relaxation(of prob: OpaquePointer, deadline: ContinuousClock.Instant?, scale: Bool) throws(GLPKError) -> Relaxation {
    glpk_clear_log()
    var smcp = glp_smcp()
    glp_init_smcp(&smcp)
    smcp.msg_lev = GLP_MSG_ON
    smcp.presolve = GLP_OFF
    if let deadline { smcp.tm_lim = milliseconds(until: deadline, clock: ContinuousClock()) }
    let lp = try glpk_simplex(prob, smcp, scale: scale, memoryLimitMB: 0)
    let status: Relaxation.Status
    switch (lp.ret, lp.status) {
    case (0, GLP_OPT): status = .optimal
    case (0, GLP_NOFEAS): status = .infeasible
    case (0, GLP_UNBND): status = .unbounded
    case (GLP_ETMLIM, _): status = .timeLimit
    default:
      throw .glpk(message: "glp_simplex failed: \(returnCodeName(lp.ret))\n\(glpk_take_log())")
    }
    let solution = glpk_basic_solution(prob, columns: columnCount, rows: rowCount)
    return Relaxation(
      status: status, objective: lp.objective, values: solution.values, duals: solution.duals, log: glpk_take_log())
  }
}
