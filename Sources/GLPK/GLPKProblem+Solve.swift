import CGLPK

extension GLPKProblem {
  /// Solves the MIP: `glp_simplex` on the LP relaxation, then `glp_intopt`.
  ///
  /// Never prints; the text GLPK would print is in `MIPResult.log`. Time
  /// limit, deadline and `shouldStop` end the search early with
  /// `timeLimitHit` and the best solution and bound known. Throws
  /// `GLPKError` for a GLPK fatal error (including the memory limit, after
  /// which this problem and every other problem of this thread are
  /// unusable), or when GLPK cannot even start.
  package func solve(_ options: MIPOptions) throws(GLPKError) -> MIPResult {
    try withUsableProblem { prob throws(GLPKError) in
      glpk_clear_log()
      var run = try MIPRun(program: program, options: options)
      if let reason = run.stopReason() { return run.finish(stoppedBy: reason) }
      if let early = try run.solveRootRelaxation(prob) { return run.finish(early) }
      if let reason = run.stopReason() { return run.finish(stoppedBy: reason) }
      return run.finish(try run.branchAndCut(prob))
    }
  }
}

/// One `GLPKProblem.solve` call: its clock, deadline, checked warm start and notes for the log.
struct MIPRun {
  let program: LinearProgram
  let options: MIPOptions
  let clock = ContinuousClock()
  let start: ContinuousClock.Instant
  /// The earlier of `options.deadline` and `start + options.timeLimit`.
  let deadline: ContinuousClock.Instant?
  /// `options.memoryLimitMB` for the shim (0 = none).
  let memoryLimit: Int32
  /// The initial solution, checked and snapped; nil if none or refused.
  private(set) var initial: [Double]?
  /// Lines appended to the log, each prefixed `[GLPKProblem]`.
  private(set) var notes: [String] = []
  /// The result so far (the root LP's bound once solved).
  private(set) var result = MIPResult()

  /// Starts the clock and checks the warm start now: GLPK accepts any values it is given.
  init(program: LinearProgram, options: MIPOptions) throws(GLPKError) {
    self.program = program
    self.options = options
    start = clock.now
    var deadline = options.deadline
    if let timeLimit = options.timeLimit {
      deadline = Swift.min(deadline ?? start + timeLimit, start + timeLimit)
    }
    self.deadline = deadline
    memoryLimit = options.memoryLimitMB.map { Int32(clamping: Swift.max($0, 1)) } ?? 0
    if let proposal = options.initialSolution {
      guard proposal.count == program.columnCount else {
        throw .glpk(message: "initialSolution has \(proposal.count) values for \(program.columnCount) columns")
      }
      switch program.checked(proposal) {
      case .success(let solution): initial = solution
      case .failure(let reason): notes.append("initial solution ignored: \(reason.text)")
      }
    }
  }

  /// Why the solve should stop before the next GLPK call, if it should.
  func stopReason() -> MIPTermination? {
    if let deadline, clock.now >= deadline { return .timeLimit }
    if options.shouldStop?() == true { return .stopped }
    return nil
  }

  /// Whether the log gets timing notes.
  private var timed: Bool { options.messageLevel != .off }

  /// The LP relaxation: gives the root bound, settles infeasible/unbounded, and
  /// leaves the optimal basis `glp_intopt` needs without its presolver.
  /// Returns the final result when the solve ends here.
  mutating func solveRootRelaxation(_ prob: OpaquePointer) throws(GLPKError) -> MIPResult? {
    let smcp = options.simplexParameters(deadline: deadline, clock: clock)
    let lp = try glpk_simplex(prob, smcp, scale: true, memoryLimitMB: memoryLimit)
    if timed { notes.append("root LP: \(lp.ret == 0 ? "done" : "stopped") after \(start.duration(to: clock.now))") }
    var early = result
    switch lp.ret {
    case 0:
      switch lp.status {
      case GLP_OPT:
        result.lpObjective = lp.objective
        result.bound = lp.objective
        return nil
      case GLP_NOFEAS:
        early.status = .infeasible
      case GLP_UNBND:
        early.termination = .unbounded
      default:
        throw .glpk(message: "glp_simplex ended with status \(lp.status)\n\(glpk_take_log())")
      }
    case GLP_ETMLIM:
      early.termination = .timeLimit
      early.timeLimitHit = true
    default:
      throw .glpk(message: "glp_simplex failed: \(returnCodeName(lp.ret))\n\(glpk_take_log())")
    }
    return early
  }

  /// `glp_intopt` from the root basis, with the callback; the result as GLPK proved it.
  mutating func branchAndCut(_ prob: OpaquePointer) throws(GLPKError) -> MIPResult {
    let iocp = options.branchAndCutParameters(deadline: deadline, clock: clock)
    let context = NodeCallbackContext(program: program, options: options, deadline: deadline, initial: initial)
    let outcome = try glpk_intopt(
      prob, iocp, context: context, injectFault: options.injectFault, memoryLimitMB: memoryLimit)
    if timed, let deadline {
      let late = deadline.duration(to: clock.now)
      notes.append("branch and cut: ended after \(start.duration(to: clock.now)), \(late > .zero ? "\(late) past" : "\(.zero - late) before") the deadline")
    }
    var result = self.result
    result.acceptedOffers = Int(outcome.offers_accepted)
    let hasSolution = outcome.status == GLP_OPT || outcome.status == GLP_FEAS
    if hasSolution {
      result.objective = outcome.objective
      result.values = glpk_mip_values(prob, columns: program.columnCount)
    }
    if let nodeBound = context.bestBound, let bound = result.bound {
      result.bound = program.maximize ? Swift.min(bound, nodeBound) : Swift.max(bound, nodeBound)
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
      throw .glpk(message: "glp_intopt failed: \(returnCodeName(outcome.ret))\n\(glpk_take_log())")
    }
    return result
  }

  /// The result so far, ended early by `reason`.
  mutating func finish(stoppedBy reason: MIPTermination) -> MIPResult {
    var stopped = result
    stopped.termination = reason
    stopped.timeLimitHit = true
    return finish(stopped)
  }

  /// `result` with the initial solution if GLPK found nothing better, the
  /// bound no worse than the objective, and the log with the notes.
  mutating func finish(_ result: MIPResult) -> MIPResult {
    var result = result
    if let initial, result.status != .infeasible, result.status != .optimal {
      let value = program.objectiveValue(initial)
      if result.objective.map({ program.isBetter(value, than: $0) }) ?? true {
        result.values = initial
        result.objective = value
        result.status = .feasible
        notes.append("reporting the initial solution: GLPK found nothing better")
      }
    }
    if let objective = result.objective, let bound = result.bound {
      result.bound = program.maximize ? Swift.max(bound, objective) : Swift.min(bound, objective)
    }
    result.log = glpk_take_log() + notes.map { "[GLPKProblem] \($0)\n" }.joined()
    return result
  }
}
