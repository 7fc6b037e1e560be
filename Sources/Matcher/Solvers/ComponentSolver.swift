import Logging

/// The outcome for one component, in the component's local candidate indices.
struct ComponentResult: Sendable {
  var chosen: [Int]
  var status: Plan.Status
  /// Scaled objective of `chosen`.
  var objective: Double
  /// Best bound GLPK knows, nil when the plan came from the greedy alone.
  var bound: Double?
  var timeLimitHit: Bool
  var columns: Int
  var rows: Int
}

/// Solves one component: greedy, then GLPK seeded with it, then completion.
///
/// GLPK gets the greedy plan as its first incumbent (`glp_ios_heur_sol`) and,
/// at its heuristic points, an LP-guided rounding: candidates by LP value,
/// then by the greedy's order, each taken when it still fits. Whatever GLPK
/// returns is completed by the greedy into a maximal plan. If GLPK fails
/// (fatal error, out of memory) or finds nothing in time, the component's
/// answer is the greedy plan with status `heuristic`.
struct ComponentSolver {
  let week: PlanningWeek
  let options: SolveOptions
  let index: Int
  let deadline: ContinuousClock.Instant

  func solve(_ set: CandidateSet) -> ComponentResult {
    let scaling = ObjectiveScaling(candidates: set, week: week)
    let greedy = GreedySolver(week: week)
    let order = greedy.order(set, scaling: scaling)
    let greedyPlan = greedy.solve(set, scaling: scaling, order: order)
    let value = { (chosen: [Int]) in chosen.reduce(0.0) { $0 + scaling.objective(set, $1) } }
    let fallback = ComponentResult(
      chosen: greedyPlan, status: .heuristic, objective: value(greedyPlan), bound: nil,
      timeLimitHit: false, columns: set.count, rows: 0)
    guard options.method == .mip, set.count > 0 else { return fallback }
    guard ContinuousClock.now < deadline else {
      // No time left to even build the model: the greedy plan is the answer.
      var late = fallback
      late.timeLimitHit = true
      return late
    }

    let model = ModelBuilder(week: week, scaling: scaling).model(for: set)
    var problem = GLPKProblem(name: "component-\(index)")
    problem.setObjectiveDirection(maximize: true)
    problem.addColumns(
      kinds: Array(repeating: .binary, count: set.count), lower: model.lower,
      upper: Array(repeating: 1, count: set.count), objective: model.objective, names: nil)
    problem.addRows(model.upper.map { .upper($0) }, names: nil)
    problem.loadMatrix(rows: model.entryRow, columns: model.entryColumn, values: model.entryValue)

    var mip = MIPOptions()
    mip.deadline = deadline
    mip.mipGap = options.mipGap
    mip.presolve = options.presolve
    mip.cliqueCuts = options.cliqueCuts
    mip.coverCuts = options.coverCuts
    mip.mirCuts = options.mirCuts
    mip.gomoryCuts = options.gomoryCuts
    mip.shouldStop = options.shouldStop
    mip.injectFault = options.faultyComponents.contains(index)
    if options.greedyIncumbent {
      var x = [Double](repeating: 0, count: set.count)
      for i in greedyPlan { x[i] = 1 }
      mip.initialSolution = x
    }
    if options.roundingHeuristic {
      var calls = 0
      mip.heuristic = { lp in
        calls += 1
        // Every node early on, then every tenth: rounding costs a greedy pass.
        guard calls <= 20 || calls % 10 == 0 else { return nil }
        let rounded = order.enumerated().sorted { a, b in
          lp[a.element] != lp[b.element] ? lp[a.element] > lp[b.element] : a.offset < b.offset
        }.map(\.element)
        let chosen = greedy.solve(set, scaling: scaling, order: rounded)
        var x = [Double](repeating: 0, count: set.count)
        for i in chosen { x[i] = 1 }
        return x
      }
    }

    let result: MIPResult
    do {
      result = try problem.solve(mip)
    } catch {
      options.logger.warning("component \(index): GLPK failed (\(error)); using the greedy plan")
      return ComponentResult(
        chosen: greedyPlan, status: .heuristic, objective: value(greedyPlan), bound: nil,
        timeLimitHit: false, columns: set.count, rows: model.rowCount)
    }
    if options.logger.logLevel <= .debug {
      for line in result.log.split(separator: "\n") { options.logger.debug("glpk[\(index)]: \(line)") }
    }
    guard result.status == .optimal || result.status == .feasible, result.values.count == set.count else {
      options.logger.warning("component \(index): GLPK found no solution (\(result.status)); using the greedy plan")
      return ComponentResult(
        chosen: greedyPlan, status: .heuristic, objective: value(greedyPlan), bound: result.bound,
        timeLimitHit: result.timeLimitHit, columns: set.count, rows: model.rowCount)
    }
    let fromGLPK = (0..<set.count).filter { result.values[$0] > 0.5 }
    let completed = greedy.solve(set, scaling: scaling, initial: fromGLPK, order: order)
    var status: Plan.Status = result.status == .optimal ? .optimal : .feasible
    if completed.count != fromGLPK.count {
      options.logger.info("component \(index): completion added \(completed.count - fromGLPK.count) assignment(s)")
      if status == .optimal { status = .feasible }
    }
    let objective = value(completed)
    return ComponentResult(
      chosen: completed, status: status, objective: objective,
      bound: status == .optimal ? objective : result.bound.map { max($0, objective) },
      timeLimitHit: result.timeLimitHit, columns: set.count, rows: model.rowCount)
  }
}
