/// How the later objective terms are scaled under coverage, in one solve.
///
/// We solve once with scaled weights rather than in stages: a second stage
/// with a "coverage ≥ C*" row is as hard as the first and doubles the time,
/// while the scaling keeps the guarantee. Every coefficient is an integer:
///
///     coefficient(i) = K × units(i) + round(S × secondary(i))
///
/// with `units(i)` = priority × slots of the candidate's block (weighted
/// coverage counted in slots), `secondary(i)` the unscaled continuity +
/// fairness + RIS bonus − travel, `S` = 1000 (the later terms on a grid of
/// 0.001), and `K = 2M + 1`, where `M` bounds |Σ round(S × secondary)| over
/// any feasible plan (each seat of each request at its largest |value|).
/// Two plans whose coverage differs by one unit then differ in objective by
/// at least `K − 2M = 1` in the coverage's favour, whatever the later terms:
/// GLPK's proof of optimality on this objective is a proof that the
/// weighted coverage is the maximum. Integer coefficients also let GLPK
/// round every node's bound down to an integer (its `ios_round_bound`), so
/// branches that differ only below the grid are pruned instead of explored.
///
/// Objective values are reported *normalized*: divided by `K × slots per
/// hour`, i.e. in priority-hours, plus the later terms' tiny share.
struct ObjectiveScaling: Sendable {
  /// Grid of the later terms: 1 / S.
  static let secondaryResolution = 1000.0
  /// Multiplier of the coverage units.
  let coverageWeight: Double
  /// Slots per hour (60 / slotMinutes).
  let slotsPerHour: Double
  private let units: [Double]
  private let secondary: [Double]

  init(candidates: CandidateSet, week: PlanningWeek) {
    slotsPerHour = 60 / Double(week.policy.slotMinutes)
    units = (0..<candidates.count).map { i in (candidates.coverage[i] * 60 / Double(week.policy.slotMinutes)).rounded() }
    let later = candidates.secondary.map { ($0 * ObjectiveScaling.secondaryResolution).rounded() }
    func bound(_ values: [Double]) -> Double {
      var largest = [Double](repeating: 0, count: week.requests.count)
      for i in 0..<candidates.count {
        let r = Int(candidates.request[i])
        largest[r] = max(largest[r], abs(values[i]))
      }
      var total = 0.0
      for r in largest.indices where largest[r] > 0 { total += largest[r] * Double(week.seats[r]) }
      return total
    }
    // Under --keep, keeping a previous assignment outranks every later term
    // (then fewest changes comes right after coverage): same argument, one tier down.
    let keepWeight = 2 * bound(later) + 1
    secondary = (0..<candidates.count).map { i in later[i] + (candidates.kept[i] ? keepWeight : 0) }
    coverageWeight = 2 * bound(secondary) + 1
  }

  /// The model's (integral) objective coefficient of candidate `i`.
  func objective(_ candidates: CandidateSet, _ i: Int) -> Double {
    coverageWeight * units[i] + secondary[i]
  }

  /// Candidate `i`'s weighted coverage in whole units (priority × slots).
  func coverageUnits(_ i: Int) -> Int { Int(units[i]) }

  /// A raw objective value in priority-hours (coverage plus the later terms' share).
  func normalized(_ raw: Double) -> Double { raw / (coverageWeight * slotsPerHour) }

  /// The weighted coverage (priority-hours) that no plan whose raw objective is at most `bound` can pass.
  ///
  /// A plan of `u` coverage units and later terms `s` scores `K·u + s` with
  /// `|s| ≤ M = (K − 1) / 2`, so `u ≤ (bound + M) / K`; units are whole.
  func coverageHours(underBound bound: Double) -> Double {
    let slack = (coverageWeight - 1) / 2
    return ((bound + slack) / coverageWeight + 1e-6).rounded(.down) / slotsPerHour
  }

  /// The weighted coverage (priority-hours) of a plan whose raw objective is `objective`.
  func coverageHours(of objective: Double) -> Double { (objective / coverageWeight).rounded() / slotsPerHour }
}
