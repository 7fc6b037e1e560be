import CGLPK

// The options as GLPK's parameter blocks (`glp_smcp`, `glp_iocp`).

extension MIPOptions {
  /// `glp_simplex`'s parameters for the root LP: no LP presolve, the deadline as `tm_lim`.
  func simplexParameters(deadline: ContinuousClock.Instant?, clock: ContinuousClock) -> glp_smcp {
    var smcp = glp_smcp()
    glp_init_smcp(&smcp)
    smcp.msg_lev = messageLevel.glpk
    smcp.presolve = GLP_OFF
    if let deadline { smcp.tm_lim = milliseconds(until: deadline, clock: clock) }
    return smcp
  }

  /// `glp_intopt`'s parameters: branching, cuts, heuristics, gap and what is left of the time.
  func branchAndCutParameters(deadline: ContinuousClock.Instant?, clock: ContinuousClock) -> glp_iocp {
    var iocp = glp_iocp()
    glp_init_iocp(&iocp)
    iocp.msg_lev = messageLevel.glpk
    iocp.br_tech = branching.glpk
    iocp.bt_tech = backtracking.glpk
    iocp.presolve = presolve && !callbacksNeedOurColumns ? GLP_ON : GLP_OFF
    iocp.gmi_cuts = gomoryCuts ? GLP_ON : GLP_OFF
    iocp.mir_cuts = mirCuts ? GLP_ON : GLP_OFF
    iocp.cov_cuts = coverCuts ? GLP_ON : GLP_OFF
    iocp.clq_cuts = cliqueCuts ? GLP_ON : GLP_OFF
    iocp.fp_heur = feasibilityPump ? GLP_ON : GLP_OFF
    iocp.ps_heur = proximitySearch ? GLP_ON : GLP_OFF
    if let mipGap, mipGap > 0 { iocp.mip_gap = mipGap }
    if let deadline {
      let remaining = milliseconds(until: deadline, clock: clock)
      iocp.tm_lim = remaining
      iocp.ps_tm_lim = Swift.min(iocp.ps_tm_lim, remaining)
    }
    return iocp
  }
}

extension GLPKMessageLevel {
  /// GLPK's `msg_lev`.
  var glpk: Int32 {
    switch self {
    case .off: GLP_MSG_OFF
    case .errors: GLP_MSG_ERR
    case .normal: GLP_MSG_ON
    case .all: GLP_MSG_ALL
    }
  }
}

extension MIPBranching {
  /// GLPK's `br_tech`.
  var glpk: Int32 {
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
  /// GLPK's `bt_tech`.
  var glpk: Int32 {
    switch self {
    case .depthFirst: GLP_BT_DFS
    case .breadthFirst: GLP_BT_BFS
    case .bestLocalBound: GLP_BT_BLB
    case .bestProjection: GLP_BT_BPH
    }
  }
}
