/// The sentences of `explain`: cap room and one worker's verdict on a request.
extension Wording {
  /// `month-standard (2026-11) : reste 2 h, il en faut 3 h`.
  func room(_ room: CapRoom) -> String {
    let name = room.cap == "week" ? pick("maximum hebdomadaire", "weekly maximum") : pick("plafond ", "cap ") + "\(room.cap) (\(room.period))"
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
      return self.room(room)
    case .excluded:
      return pick("exclu par l'utilisateur", "excluded by the user")
    case .seatedHere(let a):
      return pick("déjà sur cette demande, ", "already on this request, ") + when(a) + (a.pinned ? pick(" (épinglé)", " (pinned)") : "")
    case .takenByTime(let clashes):
      let list = clashes.map { a in
        let priority = scenario.request(a.request)?.priority ?? 1
        return "\(a.request) \(when(a)) " + pick("priorité \(priority)", "priority \(priority)")
      }.joined(separator: "; ")
      return pick("pris par un autre travail de ce plan : ", "taken by other work in this plan: ") + list
    case .takenByCap(let room), .takenByWeeklyMaximum(let room):
      return pick("pris par un autre travail de ce plan : avec ses heures planifiées, ", "taken by other work in this plan: with their planned hours, ") + self.room(room)
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
}
