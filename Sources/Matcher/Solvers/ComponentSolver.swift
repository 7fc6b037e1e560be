import GLPK
import Logging

/// The outcome for one component, in the component's local candidate indices.
struct ComponentResult: Sendable {
  var chosen: [Int]
  var status: Plan.Status
  /// Objective of `chosen`, normalized (`ObjectiveScaling.normalized`).
  var objective: Double
  /// Best bound known (GLPK's or the worker-week bound), normalized; nil when the plan came from the greedy alone.
  var bound: Double?
  /// Weighted coverage (priority-hours) that no plan of the component can pass; nil without a bound.
  var coverageBound: Double?
  /// Weighted coverage (priority-hours) of `chosen`.
  var coverage = 0.0
  /// A clock cut the search: the user's limit, a signal, or the end of the
  /// component's share while others waited. All make the plan depend on
  /// timing (the share also on `--jobs`), so all are `timeLimitHit`
  /// (formats.md: the same bytes unless a time limit was hit).
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
  /// Its share of the budget, and the solve's end once no component waits.
  let deadline: ComponentDeadline

  func solve(_ set: CandidateSet) -> ComponentResult {
    let scaling = ObjectiveScaling(candidates: set, week: week)
    var result = solve(set, scaling: scaling)
    result.coverageBound = result.bound.map(scaling.coverageHours(underBound:))
    result.coverage = scaling.coverageHours(of: result.objective)
    result.objective = scaling.normalized(result.objective)
    result.bound = result.bound.map(scaling.normalized)
    return result
  }

  /// The component's result with raw (integral-coefficient) objective and bound.
  private func solve(_ set: CandidateSet, scaling: ObjectiveScaling) -> ComponentResult {
    let greedy = GreedySolver(week: week)
    let order = greedy.order(set, scaling: scaling)
    let greedyPlan = greedy.solve(set, scaling: scaling, order: order)
    let value = { (chosen: [Int]) in chosen.reduce(0.0) { $0 + scaling.objective(set, $1) } }
    let fallback = ComponentResult(
      chosen: greedyPlan, status: .heuristic, objective: value(greedyPlan), bound: nil,
      timeLimitHit: false, columns: set.count, rows: 0)
    guard options.method == .mip, set.count > 0 else { return fallback }
    guard !deadline.hasPassed() else {
      // No time left to even build the model: the greedy plan is the answer.
      options.logger.info("component \(index): no time left for GLPK (\(set.count) candidates); using the greedy plan")
      var late = fallback
      late.timeLimitHit = true
      return late
    }

    let model = ModelBuilder(week: week, scaling: scaling).model(for: set)
    if set.count > options.columnGenerationAbove {
      return solveByColumnGeneration(set, model: model, scaling: scaling, greedyPlan: greedyPlan, order: order)
    }
    var mip = mipOptions()
    mip.presolve = options.presolve
    let bounded = options.workerWeekBound
      ? workerWeekBound(set, model: model, scaling: scaling, start: greedyPlan, duals: nil) : nil
    let known = bounded?.bound
    let clockCut = bounded?.cutByClock ?? false
    // Only with a bound proven outside GLPK: a small component is proven optimal
    // outright (status `optimal`), so its search is not cut short.
    if known != nil { mip.incumbentSuffices = provenCoverage(known, scaling: scaling) }
    if options.greedyIncumbent {
      var x = [Double](repeating: 0, count: set.count)
      for i in greedyPlan { x[i] = 1 }
      mip.initialSolution = x
    }
    if options.roundingHeuristic { mip.heuristic = roundingHeuristic(set, scaling: scaling, order: order) }

    let result: MIPResult
    do {
      let problem = try GLPKProblem(model, name: "component-\(index)")
      result = try problem.solve(mip)
    } catch {
      options.logger.warning("component \(index): GLPK failed (\(error)); using the greedy plan")
      return ComponentResult(
        chosen: greedyPlan, status: .heuristic, objective: value(greedyPlan), bound: nil,
        timeLimitHit: false, columns: set.count, rows: model.rowCount)
    }
    logGLPK(result.log)
    guard result.status == .optimal || result.status == .feasible, result.values.count == set.count else {
      options.logger.warning("component \(index): GLPK found no solution (\(result.status)); using the greedy plan")
      return ComponentResult(
        chosen: greedyPlan, status: .heuristic, objective: value(greedyPlan), bound: result.bound,
        timeLimitHit: result.timeLimitHit || clockCut, columns: set.count, rows: model.rowCount)
    }
    let fromGLPK = (0..<set.count).filter { result.values[$0] > 0.5 }
    var completed = greedy.solve(set, scaling: scaling, initial: fromGLPK, order: order)
    let bound = [result.bound, known].compactMap { $0 }.min()
    let reached = bound.map { value(fromGLPK) >= $0 - 1e-9 * max(1, abs($0)) } ?? false
    var status: Plan.Status = result.status == .optimal || reached ? .optimal : .feasible
    if !Set(fromGLPK).isSubset(of: completed) {
      // GLPK's solution broke a rule by more than our tolerance: never seen, never trusted.
      options.logger.warning("component \(index): GLPK's solution did not fit; kept what fits and completed it")
      status = .feasible
    }
    if completed.count != fromGLPK.count {
      options.logger.info("component \(index): completion added \(completed.count - fromGLPK.count) assignment(s)")
      if status == .optimal { status = .feasible }
    }
    if status != .optimal { completed = swapped(set, completed, scaling: scaling, order: order) }
    if status == .feasible && bound == nil {
      // formats.md: `feasible` is a MIP solution with a gap; without a bound it is not one.
      options.logger.info("component \(index): GLPK gave no bound; the plan is heuristic")
      status = .heuristic
    }
    let objective = value(completed)
    return ComponentResult(
      chosen: completed, status: status, objective: objective,
      bound: status == .optimal ? objective : bound.map { max($0, objective) },
      timeLimitHit: result.timeLimitHit || clockCut, columns: set.count, rows: model.rowCount)
  }

  /// The large-component path: column generation for the LP bound, then
  /// GLPK's branch and cut over the generated columns (see `ColumnGeneration`).
  private func solveByColumnGeneration(
    _ set: CandidateSet, model: LinearProgram, scaling: ObjectiveScaling, greedyPlan: [Int], order: [Int]
  ) -> ComponentResult {
    let greedy = GreedySolver(week: week)
    let value = { (chosen: [Int]) in chosen.reduce(0.0) { $0 + scaling.objective(set, $1) } }
    // Ejection chains lift the greedy's coverage before GLPK sees it (EjectionChains).
    let liftStarted = ContinuousClock.now
    let lifted = EjectionChains(week: week).improve(set, chosen: greedyPlan, scaling: scaling)
    let greedyPlan = lifted.chains > 0 ? greedy.solve(set, scaling: scaling, initial: lifted.chosen, order: order) : greedyPlan
    if lifted.chains > 0 {
      options.logger.info("component \(index): \(lifted.chains) ejection chain(s) before GLPK, objective \(scaling.normalized(value(greedyPlan))) (\(liftStarted.duration(to: .now)))")
    }
    let fallback = ComponentResult(
      chosen: greedyPlan, status: .heuristic, objective: value(greedyPlan), bound: nil,
      timeLimitHit: false, columns: set.count, rows: model.rowCount)
    // For peer runs on the exported model (Benchmarks/peers.py --proof): the scale of its objective.
    options.logger.info("component \(index): objective \(Int(scaling.coverageWeight)) per coverage unit, \(Int(scaling.slotsPerHour)) units per priority-hour")
    let generation = ColumnGeneration(model: model)
    let clock = ContinuousClock()
    let started = clock.now
    // Pricing gets at most 60 % of the budget; branch and cut the rest
    // (the worker-week bound, when asked for, half of what is left then).
    let pricingDeadline = started + (deadline.current - started) * 0.6

    var active = generation.initialColumns(set, include: greedyPlan, perRequest: 4)
    var isActive = [Bool](repeating: false, count: set.count)
    for j in active { isActive[j] = true }
    var restricted = LinearProgram(maximize: true)
    restricted.addRows(model.rows)

    var lpBound: Double?
    var bestLagrangian: Double?
    var lpDuals: [Double]?
    var lpValues: [Double]?
    var partialDuals: [Double]?
    var smallestDeficit = 0.0
    var rounds = 0
    var slowestRound = Duration.zero
    let result: MIPResult
    var pricing = true
    var known: Double?
    var clockCut = false
    do {
      var problem = try GLPKProblem(restricted, name: "component-\(index)")
      try problem.appendColumns(
        objective: active.map { model.objective[$0] }, lower: active.map { model.lower[$0] },
        entries: active.map { generation.entries($0) })
      while clock.now < pricingDeadline, options.shouldStop?() != true {
        rounds += 1
        let roundStarted = clock.now
        let relaxation = try problem.solveRelaxation(deadline: pricingDeadline, scale: rounds == 1)
        slowestRound = max(slowestRound, roundStarted.duration(to: clock.now))
        guard relaxation.status == .optimal else {
          // Stopped mid-way: its duals are no LP optimum, but any duals ≥ 0 start the Lagrangian search.
          if relaxation.status == .timeLimit, relaxation.duals.count == model.rowCount {
            partialDuals = relaxation.duals.map { max(0, $0) }
          }
          break
        }
        var priced: [(column: Int, deficit: Double)] = []
        var smallest = Double.infinity
        // The Lagrangian bound at these duals holds for every plan, whether or not
        // pricing finishes (ColumnGeneration.lagrangianBase).
        // Duals of packing rows are ≥ 0; GLPK's rounding noise below 0 is clipped.
        let duals = relaxation.duals.map { max(0, $0) }
        var lagrangian = generation.lagrangianBase(duals: duals)
        for j in 0..<set.count {
          let deficit = generation.deficit(j, duals: duals)
          lagrangian += generation.lagrangianTerm(j, deficit: deficit)
          guard !isActive[j] else { continue }
          smallest = min(smallest, deficit)
          if deficit < -1e-9 { priced.append((j, deficit)) }
        }
        bestLagrangian = min(bestLagrangian ?? lagrangian, lagrangian)
        lpDuals = duals
        var values = [Double](repeating: 0, count: set.count)
        for (k, j) in active.enumerated() where k < relaxation.values.count { values[j] = relaxation.values[k] }
        lpValues = values
        if priced.isEmpty {
          lpBound = relaxation.objective
          smallestDeficit = smallest.isFinite ? smallest : 0
          break
        }
        priced.sort { ($0.deficit, $0.column) < ($1.deficit, $1.column) }
        let added = priced.prefix(max(500, active.count / 4)).map(\.column)
        try problem.appendColumns(
          objective: added.map { model.objective[$0] }, lower: added.map { model.lower[$0] },
          entries: added.map { generation.entries($0) })
        for j in added { isActive[j] = true }
        active += added
      }
      pricing = false
      options.logger.info("component \(index): \(started.duration(to: clock.now)), \(rounds) pricing round(s), \(active.count) of \(set.count) columns, LP bound \(lpBound.map { "\($0)" } ?? "not proven")")
      if bestLagrangian == nil {
        // Not one LP solved: branch and cut would start from that same LP. Prove a bound without it.
        return boundedHeuristic(set, plan: greedyPlan, scaling: scaling, order: order, generation: generation, start: partialDuals)
      }
      // The LP's own rounding, lifted by chains over every candidate: often a
      // better first incumbent than the greedy's (its columns join if absent).
      var start = greedyPlan
      if let lpValues {
        let rounded = roundedPlan(set, scaling: scaling, order: order, lp: lpValues, chains: EjectionChains(week: week))
        if value(rounded) > value(start) {
          options.logger.info("component \(index): the LP's rounding with chains, objective \(scaling.normalized(value(rounded)))")
          start = rounded
          let missing = rounded.filter { !isActive[$0] }
          try problem.appendColumns(
            objective: missing.map { model.objective[$0] }, lower: missing.map { model.lower[$0] },
            entries: missing.map { generation.entries($0) })
          for j in missing { isActive[j] = true }
          active += missing
        }
      }

      // The worker-week bound, when asked for or when the LP's coverage is not met
      // yet: on region weeks it closes what the LP leaves (docs/matcher.md §5).
      let shortOfLP = lpBound.map { scaling.coverageHours(of: value(start)) < scaling.coverageHours(underBound: $0) } ?? true
      if options.workerWeekBound || shortOfLP {
        let bounded = workerWeekBound(set, model: model, scaling: scaling, start: start, duals: lpDuals)
        known = bounded.bound
        clockCut = bounded.cutByClock
      }

      // Branch and cut over the generated columns, in the order they were added.
      var mip = mipOptions()
      // Once an incumbent meets the coverage that the LP bound (or the worker-week
      // bound) proves, only the later terms are left: stop within provenCoverageGap.
      // GLPK's bound covers the generated columns; plans using another are worth at most
      // lpBound − smallestDeficit (ColumnGeneration), so the larger of the two is global.
      let absent = lpBound.map { $0 - smallestDeficit }
      mip.incumbentSuffices = provenCoverage(
        [known, lpBound, bestLagrangian].compactMap { $0 }.min(), scaling: scaling,
        global: { restricted in absent.map { max(restricted, $0) } })
      // Before its first call back, glp_intopt builds the conflict graph and
      // re-solves the root LP without looking at the clock: on the city week,
      // as long as a pricing round. Keep that much (at most a quarter of what
      // is left) between the search's deadline and the component's.
      let startup = min(slowestRound, max(.zero, clock.now.duration(to: deadline.current)) / 4)
      mip.deadline = deadline.solve - startup
      var position = [Int](repeating: -1, count: set.count)
      for (k, j) in active.enumerated() { position[j] = k }
      var x = [Double](repeating: 0, count: active.count)
      for j in start where position[j] >= 0 { x[position[j]] = 1 }
      mip.initialSolution = x
      let localSet = set.subset(active)
      let localOrder = order.filter { position[$0] >= 0 }.map { position[$0] }
      if options.roundingHeuristic {
        mip.heuristic = roundingHeuristic(localSet, scaling: scaling, order: localOrder, chains: EjectionChains(week: week, budget: 20_000))
      }
      result = try problem.solve(mip)
    } catch {
      options.logger.warning("component \(index): GLPK failed\(pricing ? " while pricing" : "") (\(error)); using the greedy plan")
      return fallback
    }
    logGLPK(result.log)
    guard result.status == .optimal || result.status == .feasible, result.values.count == active.count else {
      options.logger.info("component \(index): GLPK found no solution over the generated columns (\(result.status)); using the greedy plan")
      var late = fallback
      late.timeLimitHit = result.timeLimitHit
      return late
    }
    let fromGLPK = active.indices.filter { result.values[$0] > 0.5 }.map { active[$0] }
    var completed = greedy.solve(set, scaling: scaling, initial: fromGLPK, order: order)
    var objective = value(completed)
    // The global bound: restricted plans are bounded by GLPK's bound, plans
    // using an absent column by lpBound − smallestDeficit; never above lpBound.
    var bound: Double? = [known, bestLagrangian].compactMap { $0 }.min()
    if let lpBound, let restricted = result.bound {
      bound = max(objective, min(bound ?? lpBound, lpBound, max(restricted, lpBound - smallestDeficit)))
    }
    bound = bound.map { max(objective, $0) }
    let tolerance = 1e-9 * max(1, abs(objective))
    // Every term of `bound` is a proven bound, so meeting it is a proof.
    let proven = Set(fromGLPK).isSubset(of: completed) && bound.map { $0 <= objective + tolerance } == true
    if !proven {
      let lifted = EjectionChains(week: week).improve(set, chosen: completed, scaling: scaling)
      if lifted.chains > 0 { completed = greedy.solve(set, scaling: scaling, initial: lifted.chosen, order: order) }
      completed = swapped(set, completed, scaling: scaling, order: order)
      objective = value(completed)
      bound = bound.map { max($0, objective) }
    }
    // Without a global bound (not one LP of the restricted problem solved) the plan
    // is not a MIP solution with a gap: heuristic, whatever GLPK said of the restricted problem.
    let status: Plan.Status = proven ? .optimal : bound == nil ? .heuristic : .feasible
    if status == .heuristic { options.logger.info("component \(index): no proven bound (pricing did not finish); the plan is heuristic") }
    return ComponentResult(
      chosen: completed, status: status, objective: objective, bound: bound,
      timeLimitHit: result.timeLimitHit || clockCut, columns: active.count, rows: model.rowCount)
  }

  /// GLPK's own output, line by line, at debug level only.
  private func logGLPK(_ log: String) {
    guard options.logger.logLevel <= .debug else { return }
    for line in log.split(separator: "\n") { options.logger.debug("glpk[\(index)]: \(line)") }
  }

  /// GLPK's settings shared by both paths: deadline, gap, cuts, stop, faults, memory.
  private func mipOptions() -> MIPOptions {
    var mip = MIPOptions()
    mip.deadline = deadline.solve
    mip.mipGap = options.mipGap
    mip.cliqueCuts = options.cliqueCuts
    mip.coverCuts = options.coverCuts
    mip.mirCuts = options.mirCuts
    mip.gomoryCuts = options.gomoryCuts
    // The share ends the search only while other components wait (`ComponentDeadline`).
    let signal = options.shouldStop
    let ends = deadline
    mip.shouldStop = { signal?() == true || ends.hasPassed() }
    mip.injectFault = options.faultyComponents.contains(index)
    mip.memoryLimitMB = options.memoryLimitMB
    return mip
  }
}
