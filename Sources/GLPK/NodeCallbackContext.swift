import CGLPK

/// State shared with the C callback of one `glp_intopt` call, passed as an unretained opaque pointer.
///
/// Runs on the solving thread, inside `glp_intopt`. It never calls GLPK
/// (the C side acts on its answer), so a GLPK fatal error can never
/// longjmp across these Swift frames.
final class NodeCallbackContext {
  /// The program, when solutions may be offered (no MIP presolve); nil otherwise.
  let program: LinearProgram?
  let maximize: Bool
  let deadline: ContinuousClock.Instant?
  let shouldStop: (@Sendable () -> Bool)?
  let incumbentSuffices: ((Double, Double?) -> Bool)?
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

  init(program: LinearProgram, options: MIPOptions, deadline: ContinuousClock.Instant?, initial: [Double]?) {
    self.program = options.callbacksNeedOurColumns ? program : nil
    maximize = program.maximize
    self.deadline = deadline
    shouldStop = options.shouldStop
    incumbentSuffices = options.incumbentSuffices
    heuristic = options.heuristic
    lastCall = ContinuousClock.now
    pendingInitial = initial
    columns = program.columnCount
    offer = .allocate(capacity: Swift.max(columns, 1))
  }

  deinit { offer.deallocate() }

  /// Answers one callback: stop checks, bound bookkeeping and, at heuristic points, solution offers.
  func handle(_ info: cglpk_node_info, _ action: UnsafeMutablePointer<cglpk_node_action>) {
    let now = clock.now
    longestStep = Swift.max(longestStep, lastCall.duration(to: now))
    lastCall = now
    if info.has_bound != 0 {
      // Every recorded value is a valid bound, so keep the tightest.
      let bound = info.bound
      bestBound = bestBound.map { maximize ? Swift.min($0, bound) : Swift.max($0, bound) } ?? bound
    }
    if stopReason == nil {
      if let deadline, now + longestStep >= deadline {
        stopReason = .timeLimit
      } else if shouldStop?() == true {
        stopReason = .stopped
      } else if info.has_incumbent != 0, incumbentSuffices?(info.incumbent, bestBound) == true {
        stopReason = .mipGap
      }
    }
    if info.reason == GLP_IHEUR, let program {
      var candidate: (values: [Double], objective: Double)?
      if let initial = pendingInitial {
        pendingInitial = nil
        candidate = (initial, program.objectiveValue(initial))
      }
      if stopReason == nil, let heuristic, let lpValues = info.lp_values {
        let current = Array(UnsafeBufferPointer(start: lpValues, count: columns))
        if let proposal = heuristic(current), case .success(let solution) = program.checked(proposal) {
          let value = program.objectiveValue(solution)
          if candidate.map({ program.isBetter(value, than: $0.objective) }) ?? true {
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
