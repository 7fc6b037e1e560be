/// Outcome of a MIP solve, as far as GLPK proved it.
package enum MIPStatus: Sendable, Equatable {
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
package enum MIPTermination: Sendable, Equatable {
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
package struct MIPResult {
  /// What GLPK proved.
  package var status: MIPStatus = .noSolution
  /// Objective of `values`; nil without a solution.
  package var objective: Double?
  /// Best bound on the optimum known when the solve ended (upper bound when
  /// maximising, lower when minimising); equals `objective` when optimal, nil if unknown or infeasible.
  package var bound: Double?
  /// Column values, 0-based; empty without a solution.
  package var values: [Double] = []
  /// The search stopped early because of the time limit, the deadline or `shouldStop`.
  package var timeLimitHit: Bool = false
  /// Everything GLPK wrote during the solve (it prints nothing); meant for a debug-level logger.
  package var log: String = ""
  /// Optimum of the LP relaxation; nil if it was not solved to optimality.
  package var lpObjective: Double?
  /// Why the solve ended.
  package var termination: MIPTermination = .completed
  /// Solutions (initial or from `heuristic`) that GLPK accepted as new incumbents.
  package var acceptedOffers: Int = 0

  /// No solution, nothing proven yet.
  package init() {}

  /// GLPK's relative gap |objective − bound| / (|objective| + ε); nil without both.
  package var gap: Double? {
    guard let objective, let bound else { return nil }
    return abs(objective - bound) / (abs(objective) + Double.ulpOfOne)
  }
}
