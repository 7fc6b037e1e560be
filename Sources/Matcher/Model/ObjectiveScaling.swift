/// How the later objective terms are scaled under coverage, in one solve.
///
/// We solve once with scaled weights rather than in stages: a second stage
/// with a "coverage ≥ C*" row is as hard as the first and doubles the time,
/// while the scaling keeps the guarantee. Each candidate's objective is
/// `coverage + ε × secondary`, with coverage = priority × hours (so any two
/// plans' coverages differ by a multiple of `δ` = one slot in hours) and
/// `secondary` the unscaled continuity + fairness + RIS bonus − travel. With
/// `M` an upper bound on |Σ secondary| over any feasible plan (each seat of
/// each request counted once at its largest |secondary|), `ε = δ / (4 M)`
/// makes the whole of the later terms worth at most δ/4 in either
/// direction: a plan with more weighted coverage always has a larger
/// objective, by at least δ/2. GLPK's proof of optimality on this objective
/// is therefore a proof that the weighted coverage is the maximum.
struct ObjectiveScaling: Sendable {
  /// Multiplier of the secondary terms.
  let epsilon: Double
  /// Smallest coverage difference between two plans, in priority-hours.
  let coverageStep: Double

  init(candidates: CandidateSet, week: PlanningWeek) {
    coverageStep = Double(week.policy.slotMinutes) / 60
    var largest = [Double](repeating: 0, count: week.requests.count)
    for i in 0..<candidates.count {
      let r = Int(candidates.request[i])
      largest[r] = max(largest[r], abs(candidates.secondary[i]))
    }
    var bound = 0.0
    for (r, value) in largest.enumerated() { bound += value * Double(week.requests[r].seats) }
    epsilon = bound > 0 ? min(1, coverageStep / (4 * bound)) : 1
  }

  /// The model's objective coefficient of candidate `i`.
  func objective(_ candidates: CandidateSet, _ i: Int) -> Double {
    candidates.coverage[i] + epsilon * candidates.secondary[i]
  }
}
