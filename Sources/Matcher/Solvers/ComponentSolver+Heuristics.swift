/// The heuristics around GLPK in a component: swaps, the LP-guided rounding
/// (with ejection chains) GLPK calls back, and the bounded heuristic of a
/// component whose LP cannot be solved in time.
extension ComponentSolver {
  /// The heuristic plan (`plan` after swaps) with a Lagrangian bound from the time left.
  func boundedHeuristic(
    _ set: CandidateSet, plan: [Int], scaling: ObjectiveScaling, order: [Int], generation: ColumnGeneration, start: [Double]?
  ) -> ComponentResult {
    let chosen = swapped(set, plan, scaling: scaling, order: order)
    let objective = chosen.reduce(0.0) { $0 + scaling.objective(set, $1) }
    let clock = ContinuousClock()
    let started = clock.now
    let found = LagrangianBound(generation: generation).search(
      from: start, incumbent: objective, gap: options.mipGap ?? options.provenCoverageGap / 2,
      deadline: deadline.current, shouldStop: options.shouldStop)
    options.logger.info(
      "component \(index): no LP in time; Lagrangian bound \(scaling.normalized(found.bound)) after \(found.steps) step(s) (\(started.duration(to: clock.now)))")
    return ComponentResult(
      chosen: chosen, status: .heuristic, objective: objective, bound: found.bound.isFinite ? max(found.bound, objective) : nil,
      timeLimitHit: true, columns: set.count, rows: generation.model.rowCount)
  }

  /// `plan` after `SwapSearch` and the greedy completion, when a swap helped.
  func swapped(_ set: CandidateSet, _ plan: [Int], scaling: ObjectiveScaling, order: [Int]) -> [Int] {
    let clock = ContinuousClock()
    let started = clock.now
    let search = SwapSearch(week: week).improve(set, chosen: plan, scaling: scaling)
    guard search.swaps > 0 else { return plan }
    let completed = GreedySolver(week: week).solve(set, scaling: scaling, initial: search.chosen, order: order)
    let before = plan.reduce(0.0) { $0 + scaling.objective(set, $1) }
    let after = completed.reduce(0.0) { $0 + scaling.objective(set, $1) }
    options.logger.info(
      "component \(index): \(search.swaps) swap(s), objective \(scaling.normalized(before)) → \(scaling.normalized(after)) (\(started.duration(to: clock.now)))")
    return completed
  }

  /// GLPK's heuristic callback: an LP-guided rounding of `set`, candidates
  /// by LP value, ties by their place in `order`, each taken when it still
  /// fits (one greedy pass). Called at every node early on, then every tenth:
  /// a rounding costs a greedy pass.
  func roundingHeuristic(
    _ set: CandidateSet, scaling: ObjectiveScaling, order: [Int], chains: EjectionChains? = nil
  ) -> ([Double]) -> [Double]? {
    var calls = 0
    return { lp in
      calls += 1
      guard calls <= 20 || calls % 10 == 0 else { return nil }
      var x = [Double](repeating: 0, count: set.count)
      for i in roundedPlan(set, scaling: scaling, order: order, lp: lp, chains: chains) { x[i] = 1 }
      return x
    }
  }

  /// Candidates by LP value (ties by `order`), each taken when it still fits,
  /// then lifted by `chains` and completed.
  func roundedPlan(_ set: CandidateSet, scaling: ObjectiveScaling, order: [Int], lp: [Double], chains: EjectionChains?) -> [Int] {
    let greedy = GreedySolver(week: week)
    let rounded = order.enumerated().sorted { a, b in
      lp[a.element] != lp[b.element] ? lp[a.element] > lp[b.element] : a.offset < b.offset
    }.map(\.element)
    var plan = greedy.solve(set, scaling: scaling, order: rounded)
    if let chains {
      let lifted = chains.improve(set, chosen: plan, scaling: scaling)
      if lifted.chains > 0 { plan = greedy.solve(set, scaling: scaling, initial: lifted.chosen, order: rounded) }
    }
    return plan
  }
}
