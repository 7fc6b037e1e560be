/// The sentences of `explain`: caps by name, cap room and one worker's verdict on a request.
extension Wording {
  /// A cap's name for a person: `plafond de 45 h par mois (petit bricolage, …) (2026-11)`; the weekly maximum by name.
  func capName(_ room: CapRoom, rules: RuleSet) -> String {
    if room.cap == "week" { return pick("maximum hebdomadaire", "weekly maximum") }
    let name = rules.caps.first(where: { $0.id == room.cap }).map { labels.cap($0, rules: rules) } ?? room.cap
    return pick("plafond de ", "cap of ") + name + " (\(room.period))"
  }

  /// `plafond de 45 h par mois (…) (2026-11) : 44 h sur 45 h, reste 1 h, il en faut 3 h`.
  func room(_ room: CapRoom, rules: RuleSet) -> String {
    let name = capName(room, rules: rules)
    return name + colon + pick(
      "\(labels.hours(room.used)) sur \(labels.hours(room.limit)), reste \(labels.hours(room.left)), il en faut \(labels.hours(room.needed))",
      "\(labels.hours(room.used)) of \(labels.hours(room.limit)), \(labels.hours(room.left)) left, \(labels.hours(room.needed)) needed")
  }

  /// One worker's verdict as a plain sentence.
  func sentence(_ verdict: RequestExplanation.Verdict, request: Request, scenario: Scenario) -> String {
    switch verdict {
    case .notAuthorised:
      let activity = labels.activity(request.activity, rules: scenario.rules)
      return pick("pas autorisé pour \(activity)", "not authorised for \(activity)")
    case .otherAgency(let worker, let user):
      return pick("autre ALE (\(worker), l'utilisateur est de \(user.map(\.rawValue) ?? "?"))", "other agency (\(worker); the user's is \(user.map(\.rawValue) ?? "?"))")
    case .tooFar(let km, let maxKm):
      return pick("trop loin : \(labels.kilometres(km)), son maximum \(labels.kilometres(maxKm))", "too far: \(labels.kilometres(km)), their maximum \(labels.kilometres(maxKm))")
    case .noCommonTime:
      return pick(
        "pas de temps commun : aucun départ sur la grille ne tient dans une plage de la demande et une de ses disponibilités",
        "no common time: no start on the grid fits a window of the request and one of their availability intervals")
    case .cap(let room), .weeklyMaximum(let room):
      return self.room(room, rules: scenario.rules)
    case .excluded:
      return pick("exclu par l'utilisateur", "excluded by the user")
    case .seatedHere(let a):
      return pick("déjà sur cette demande, ", "already on this request, ") + when(a) + (a.pinned ? pick(" (épinglé)", " (pinned)") : "")
    case .takenByTime(let clashes, let least):
      // Coverage weighs each hour by its request's priority: the value that decided is priority × hours.
      let list = clashes.map { a in
        "\(a.request) \(when(a)) (" + value(priority: scenario.request(a.request)?.priority ?? 1, hours: a.hours) + ")"
      }.joined(separator: pick(" ; ", "; "))
      let mine = Double(request.priority) * request.hours
      return pick("pris par un autre travail de ce plan : ", "taken by other work in this plan: ") + list
        + pick(" — la placer déplacerait au moins la valeur \(number(least)), contre ", " — placing it would displace at least value \(number(least)), against ")
        + number(mine) + pick(" pour cette demande (", " for this request (") + value(priority: request.priority, hours: request.hours) + ")"
    case .takenByCap(let room), .takenByWeeklyMaximum(let room):
      return pick("pris par un autre travail de ce plan : avec ses heures planifiées, ", "taken by other work in this plan: with their planned hours, ") + self.room(room, rules: scenario.rules)
    case .couldTake(let date, let start, let filledBy):
      let time = "\(labels.shortWeekday(date.weekday)) \(labels.shortDate(date)) \(start)"
      if filledBy.isEmpty {
        return pick("pourrait la prendre (\(time)) et une place est libre : le plan n'est pas maximal, replanifier",
                    "could take it (\(time)) and a seat is still open: the plan is not maximal, re-plan")
      }
      let who = filledBy.map(\.rawValue).joined(separator: ", ")
      return pick("pourrait la prendre (\(time)) ; pas choisi : toutes les places sont prises par \(who), de plus grande valeur (continuité, trajet ou équité)",
                  "could take it (\(time)); not chosen: all seats are filled by \(who), of higher value (continuity, travel or fairness)")
    }
  }

  /// `priorité 1 × 2 h = valeur 2`: what one seat of a job is worth to the plan's coverage.
  func value(priority: Int, hours: Double) -> String {
    pick("priorité \(priority) × \(labels.hours(hours)) = valeur ", "priority \(priority) × \(labels.hours(hours)) = value ") + number(Double(priority) * hours)
  }

  /// A value or count without useless zeros, in this language's decimal mark.
  func number(_ value: Double) -> String { ReportNumber.short(value, mark: language == .fr ? "," : ".") }
}
