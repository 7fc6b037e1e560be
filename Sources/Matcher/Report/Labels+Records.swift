/// The words of the reports about records: why a record was left out, the
/// plan's status, a cap's name and a user kind, built from the scenario and
/// the rule set rather than printed as the plan's English or as ids.
extension Labels {
  /// A user kind as a person says it (`school` → `école`); an unknown kind as written.
  func userKind(_ kind: String) -> String {
    switch kind {
    case "private": pick("particulier", "private household")
    case "school": pick("école", "school")
    case "nonprofit": pick("association", "non-profit")
    case "local_authority": pick("pouvoir local", "local authority")
    case "agriculture": pick("exploitation agricole", "farm")
    case "horticulture": pick("horticulture", "horticulture")
    default: kind
    }
  }

  /// The plan's status: `optimal`, `réalisable` (with its gap), `heuristique`.
  func status(_ plan: Plan) -> String {
    switch plan.status {
    case .optimal: return pick("optimal (prouvé par GLPK)", "optimal (proven by GLPK)")
    case .feasible:
      let gap = plan.solver.gap.map { " " + pick("écart", "gap") + " " + number($0 * 100, decimals: 2) + " %" } ?? ""
      return pick("réalisable", "feasible") + gap
    case .heuristic: return pick("heuristique (sans preuve)", "heuristic (no proof)")
    }
  }

  /// A cap by its numbers and what it counts: `45 h par mois (petit bricolage, aide administrative…)`.
  ///
  /// A cap on every class reads `(toutes les activités)`; otherwise the first
  /// two activities of each class it counts, in the catalog's order.
  /// A cap class by name: `standard`, `étendue`, `saisonnière` (domain.md's three classes).
  package func capClass(_ capClass: CapClass) -> String {
    switch capClass {
    case .standard: pick("standard", "standard")
    case .extended: pick("étendue", "extended")
    case .seasonal: pick("saisonnière", "seasonal")
    }
  }

  package func cap(_ cap: Cap, rules: RuleSet) -> String {
    let period = cap.period == .month ? pick("par mois", "a month") : pick("par an", "a year")
    let head = hours(cap.limit) + " " + period
    guard Set(cap.classes) != Set(CapClass.allCases) else { return head + pick(" (toutes les activités)", " (all activities)") }
    let names = cap.classes.map { capClass in
      let members = rules.activities.filter { $0.capClass == capClass }
      let shown = members.prefix(2).map { activity($0.id, rules: rules).lowercasedFirst }
      return shown.joined(separator: ", ") + (members.count > 2 ? "…" : "")
    }
    return head + " (" + names.joined(separator: ", ") + ")"
  }

  /// Why a record was left out, in this language, from the scenario; the
  /// plan's own message when the scenario no longer has the record.
  func detail(_ rejection: Rejection, scenario: Scenario) -> String {
    switch (rejection.kind, rejection.reason) {
    case (.worker, .ineligible):
      guard let worker = scenario.worker(Worker.ID(rejection.id)),
        let shortfall = RuleArithmetic.shortfall(of: worker, at: scenario.weekStart, rules: scenario.rules)
      else { return rejection.message }
      return sentence(shortfall)
    case (.request, _):
      guard let request = scenario.request(Request.ID(rejection.id)) else { return rejection.message }
      return detail(rejection.reason, request: request, scenario: scenario) ?? rejection.message
    default:
      return rejection.message
    }
  }

  private func detail(_ reason: RejectionReason, request: Request, scenario: Scenario) -> String? {
    let sunday = scenario.weekStart.adding(days: 6)
    switch reason {
    case .unknownActivity:
      return pick("l'activité « \(request.activity) » n'est pas au catalogue", "activity \"\(request.activity)\" is not in the catalog")
    case .activityNotAllowed:
      guard let activity = scenario.rules.activity(request.activity), let user = scenario.user(request.user) else { return nil }
      let allowed = activity.userKinds.map(userKind).joined(separator: ", ")
      return pick(
        "\(self.activity(activity.id, rules: scenario.rules)) n'est pas permis pour un utilisateur de type \(userKind(user.kind)) (seulement : \(allowed))",
        "\(self.activity(activity.id, rules: scenario.rules)) is not allowed for a \(userKind(user.kind)) user (only: \(allowed))")
    case .windowOutsideWeek:
      guard let outside = request.windows.first(where: { $0.date < scenario.weekStart || $0.date > sunday }) else { return nil }
      return pick(
        "plage du \(shortDate(outside.date)), hors de la semaine du \(shortDate(scenario.weekStart)) au \(shortDate(sunday))",
        "window on \(shortDate(outside.date)), outside the week \(shortDate(scenario.weekStart)) to \(shortDate(sunday))")
    case .badDuration:
      let slot = scenario.policy.slotMinutes
      if request.minutes % slot != 0 || request.hours * 60 != (request.hours * 60).rounded() {
        return pick("\(hours(request.hours)) ne font pas un nombre entier de tranches de \(slot) minutes",
                    "\(hours(request.hours)) is not a whole number of \(slot)-minute slots")
      }
      return pick("\(hours(request.hours)), plus long que chaque plage", "\(hours(request.hours)), longer than every window")
    case .ineligible:
      return nil
    }
  }

  /// Why a worker is not eligible: the path that came closest, in this language.
  func sentence(_ shortfall: EligibilityShortfall) -> String {
    switch shortfall {
    case .tooFewMonths(let path, let since, let months, let needed, let age):
      let spell: String
      if path == .jobSeeker {
        spell = months < 0 ? pick("inscrit comme demandeur d'emploi seulement à partir du \(shortDate(since))", "registered as a job seeker only from \(shortDate(since))")
          : pick("inscrit comme demandeur d'emploi depuis \(months) mois", "registered as a job seeker for \(months) month\(months == 1 ? "" : "s")")
      } else {
        spell = months < 0 ? pick("au chômage seulement à partir du \(shortDate(since))", "unemployed only from \(shortDate(since))")
          : pick("au chômage depuis \(months) mois", "unemployed for \(months) month\(months == 1 ? "" : "s")")
      }
      let bound = age ?? 0
      switch path {
      case .allowanceUnderAge: return spell + pick(", il en faut \(needed) avant \(bound) ans", ", needs \(needed) under age \(bound)")
      case .allowanceFromAge: return spell + pick(", il en faut \(needed) à partir de \(bound) ans", ", needs \(needed) from age \(bound)")
      default: return spell + pick(", il en faut \(needed) avec des allocations de chômage", ", needs \(needed) with an unemployment allowance")
      }
    case .noAllowance(let months, let from):
      let spell = pick("inscrit comme demandeur d'emploi depuis \(months) mois", "registered as a job seeker for \(months) month\(months == 1 ? "" : "s")")
      guard let from else { return spell + pick(", mais sans allocations de chômage", ", but not on unemployment allowance") }
      return spell + pick(", mais au chômage indemnisé seulement à partir du \(shortDate(from))", ", but on unemployment allowance only from \(shortDate(from))")
    case .risSwitchedOff:
      return pick("le RIS ne suffit pas sous ces règles et aucune date de chômage n'est donnée", "RIS does not give eligibility under these rules and no unemployment date is given")
    case .noBasis:
      return pick("ni au RIS ni au chômage", "neither on RIS nor unemployed")
    case .noPathFits(let age):
      return pick("aucune voie d'éligibilité de ces règles n'est ouverte à \(age) ans", "no eligibility path of these rules is open at age \(age)")
    }
  }
}

extension String {
  /// The string with its first character lower-cased (`Jardinage` → `jardinage`).
  var lowercasedFirst: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
