extension RuleArithmetic {
  /// The result of the eligibility check at the week's Monday.
  package enum Eligibility: Hashable, Sendable {
    case eligible
    /// Not eligible, with the sentence for the `rejected` section.
    case ineligible(String)
  }

  /// Whether `worker` may be planned in the week starting `monday` (domain.md):
  /// the English sentence of `shortfall` when not.
  package static func eligibility(of worker: Worker, at monday: Day, rules: RuleSet) -> Eligibility {
    shortfall(of: worker, at: monday, rules: rules).map { .ineligible($0.message) } ?? .eligible
  }

  /// nil when one enabled path of `rules.eligibility` holds for `worker` at
  /// `monday`; otherwise the path that came closest (fewest months missing,
  /// ties in the slide's order), or why no path applies at all.
  ///
  /// A worker without `jobSeekerSince` can qualify only by RIS or an allowance path.
  package static func shortfall(of worker: Worker, at monday: Day, rules: RuleSet) -> EligibilityShortfall? {
    let rule = rules.eligibility
    if worker.ris && rule.ris.enabled { return nil }
    let age = worker.birthDate.wholeYears(until: monday)
    let onAllowance = worker.unemployedSince.map { $0 <= monday } ?? false
    var misses: [EligibilityShortfall] = []

    if rule.jobSeeker.enabled, let since = worker.jobSeekerSince {
      let months = since.wholeMonths(until: monday)
      if months >= rule.jobSeeker.months {
        if onAllowance { return nil }
        misses.append(.noAllowance(months: months, allowanceFrom: worker.unemployedSince))
      } else {
        misses.append(.tooFewMonths(.jobSeeker, since: since, months: since > monday ? -1 : months, needed: rule.jobSeeker.months, age: nil))
      }
    }
    if let since = worker.unemployedSince {
      let months = since.wholeMonths(until: monday)
      for (path, band) in [(EligibilityRule.Path.allowanceFromAge, rule.allowanceFromAge), (.allowanceUnderAge, rule.allowanceUnderAge)] {
        guard band.enabled, path == .allowanceFromAge ? age >= band.age : age < band.age else { continue }
        if months >= band.months { return nil }
        misses.append(.tooFewMonths(path, since: since, months: since > monday ? -1 : months, needed: band.months, age: band.age))
      }
    }
    // The first of the fewest months missing: `min` keeps the first of equals.
    if let closest = misses.min(by: { $0.monthsMissing < $1.monthsMissing }) { return closest }
    if worker.unemployedSince == nil && worker.jobSeekerSince == nil { return worker.ris ? .risSwitchedOff : .noBasis }
    return .noPathFits(age: age)
  }
}
