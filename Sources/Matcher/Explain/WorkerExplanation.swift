/// A worker's week in a plan, the hours left under each cap, and the requests
/// they could still take (`match-cli explain --worker`).
package struct WorkerExplanation: Hashable, Sendable {
  /// A request the worker could take now, given their planned week.
  package struct Opening: Hashable, Sendable, Comparable {
    package var request: Request.ID
    /// The first start that fits every rule with their planned assignments.
    package var date: Day
    package var start: TimeOfDay
    /// A seat is still open (else they could only replace someone).
    package var seatOpen: Bool

    /// Open seats first, then by request id.
    package static func < (lhs: Opening, rhs: Opening) -> Bool {
      (lhs.seatOpen ? 0 : 1, lhs.request) < (rhs.seatOpen ? 0 : 1, rhs.request)
    }
  }

  package var worker: Worker
  /// Why the worker takes no part in the planning, if they are ineligible.
  package var ineligible: String?
  /// Their assignments, in plan order.
  package var week: [Plan.Assignment]
  /// Each cap in rule-set order, for each month (monthly caps) or year (yearly caps) the week touches; `needed` is 0.
  package var caps: [CapRoom]
  /// Their `maxHoursPerWeek` against their planned hours, if they gave one.
  package var weekly: CapRoom?
  /// Requests they could still take, open seats first, then by request id.
  package var openings: [Opening]

  /// The explanation as lines for a terminal, each ending in `\n`.
  package func text(_ language: PlanReport.Language, scenario: Scenario) -> String {
    let words = Wording(language)
    let labels = words.labels
    let who = scenario.displayName(of: worker.id)
    var lines = [words.pick("Travailleur \(who), \(worker.agency)", "Worker \(who), \(worker.agency)")]
    if let phone = worker.contact.phone { lines[0] += ", " + labels.phone + " " + phone }
    if let ineligible {
      let why = RuleArithmetic.shortfall(of: worker, at: scenario.weekStart, rules: scenario.rules).map(labels.sentence) ?? ineligible
      lines.append(words.pick("Pas éligible cette semaine : ", "Not eligible this week: ") + why)
      return lines.map { $0 + "\n" }.joined()
    }
    let planned = week.reduce(0.0) { $0 + $1.hours }
    lines.append(words.pick("Sa semaine (\(labels.hours(planned))) :", "Their week (\(labels.hours(planned))):"))
    if week.isEmpty { lines.append(words.pick("  rien de planifié", "  nothing planned")) }
    for a in week {
      let activity = labels.activity(a.activity, rules: scenario.rules)
      lines.append("  \(words.when(a))  \(a.request)  \(activity), \(scenario.displayName(of: a.user))" + (a.pinned ? words.pick(" (épinglé)", " (pinned)") : ""))
    }
    lines.append(words.pick("Heures restantes (prestées + planifiées) :", "Hours left (worked + planned):"))
    for room in caps + (weekly.map { [$0] } ?? []) {
      let name = words.capName(room, rules: scenario.rules)
      lines.append("  \(name)\(words.colon)\(labels.hours(room.used)) / \(labels.hours(room.limit)), " + words.pick("reste ", "left ") + labels.hours(room.left))
    }
    lines.append(words.pick("Pourrait encore prendre :", "Could still take:"))
    if openings.isEmpty { lines.append(words.pick("  aucune demande", "  no request")) }
    for opening in openings {
      guard let request = scenario.request(opening.request) else { continue }
      let activity = labels.activity(request.activity, rules: scenario.rules)
      let time = "\(labels.shortWeekday(opening.date.weekday)) \(labels.shortDate(opening.date)) \(opening.start)"
      let seat = opening.seatOpen ? words.pick("place libre", "seat open") : words.pick("places prises (remplacerait quelqu'un)", "seats filled (would replace someone)")
      lines.append("  \(opening.request)  \(activity), \(scenario.displayName(of: request.user)), \(labels.hours(request.hours)) — \(time), \(seat)")
    }
    return lines.map { $0 + "\n" }.joined()
  }
}
