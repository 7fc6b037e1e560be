import GLPK

/// The bounds a component proves besides GLPK's: when an incumbent's coverage
/// is proven, and the worker-week (Dantzig-Wolfe) bound.
extension ComponentSolver {
  /// Whether an incumbent is good enough under the proven bound `known`: its
  /// coverage meets the proven coverage, so only the later terms are left, and
  /// they are within `provenCoverageGap` of the bound too.
  ///
  /// GLPK's own bound, as its search lowers it, counts too, once `global`
  /// makes it a bound of the whole component (over generated columns only,
  /// it is not one by itself); the smaller of the two is proven.
  func provenCoverage(
    _ known: Double?, scaling: ObjectiveScaling, global: @escaping (Double) -> Double? = { $0 }
  ) -> (Double, Double?) -> Bool {
    let gap = options.provenCoverageGap
    return { incumbent, searched in
      guard let bound = [known, searched.flatMap(global)].compactMap({ $0 }).min() else { return false }
      return scaling.coverageHours(of: incumbent) >= scaling.coverageHours(underBound: bound)
        && bound - incumbent <= gap * abs(incumbent)
    }
  }

  /// The worker-week bound (raw objective), or nil when GLPK failed there; and whether
  /// the clock (half the solve's time left) cut it short, which makes it depend on timing.
  ///
  /// `duals` (the compact LP's, over the model's rows) center the search;
  /// without them the compact LP is solved first for its duals.
  func workerWeekBound(
    _ set: CandidateSet, model: LinearProgram, scaling: ObjectiveScaling, start: [Int], duals: [Double]?
  ) -> (bound: Double?, cutByClock: Bool) {
    let clock = ContinuousClock()
    let started = clock.now
    // Half of the solve's time, not of this component's share: the search ends by
    // `enough` or its rounds, so the bound does not depend on the clock (or, when
    // the user's time limit cuts it, the component says so).
    let ends = started + (deadline.solve - started) / 2
    let bounding = WorkerWeekBound(model: model, set: set)
    let gap = options.provenCoverageGap
    do {
      let center = try duals.map(bounding.center(fromModelDuals:)) ?? bounding.compactRelaxation(deadline: ends)?.center
      let outcome = try bounding.search(
        start: start, center: center, jobs: options.jobs, maxRounds: options.workerWeekRounds, deadline: ends,
        shouldStop: options.shouldStop,
        enough: { bound, master in
          // More rounds could lower neither the coverage bound nor, much, the whole one.
          scaling.coverageHours(underBound: bound) <= scaling.coverageHours(underBound: master)
            && bound - master <= gap / 2 * abs(master)
        })
      options.logger.info(
        "component \(index): worker-week bound \(outcome.converged ? "converged" : "not converged") after \(outcome.rounds) round(s), \(outcome.pricings) pricing(s), \(started.duration(to: clock.now))")
      return (outcome.bound.isFinite ? outcome.bound : nil, outcome.cutByClock)
    } catch {
      options.logger.warning("component \(index): GLPK failed in the worker-week bound (\(error)); going on without it")
      return (nil, false)
    }
  }
}
