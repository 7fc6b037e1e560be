import Matcher

/// The values of an assignment's page.
struct AssignmentPage {
  var week: String
  var request: String
  var worker: String
  var date: String
  var start: String
  var workerName: String
  var userName: String
  var activity: String
  var when: String
  var hours: String
  var pinned: Bool
  var others: [Choice]
  var csrf: String

  init(_ a: Plan.Assignment, week: LoadedWeek, language: WebLanguage, csrf: String) {
    let names = Names(scenario: week.scenario, language: language)
    self.week = week.monday.description
    request = a.request.rawValue
    worker = a.worker.rawValue
    date = a.date.description
    start = a.start.description
    workerName = names.worker(a.worker)
    userName = names.user(a.user)
    activity = names.activity(a.activity)
    when = "\(names.day(a.date)) \(a.start)–\(a.end)"
    hours = WeekGrid.hours(a.hours, language)
    pinned = a.pinned
    others = week.scenario.eligibleWorkers.filter { $0.id != a.worker }.sorted { $0.id < $1.id }.map {
      Choice(id: $0.id.rawValue, name: names.worker($0.id))
    }
    self.csrf = csrf
  }
}

/// The values of an open request's page: Matcher's explanation and the workers who could take it.
struct RequestPage {
  /// A worker who could take the request, and what it would cost.
  struct Could {
    var name: String
    var why: String
  }
  var week: String
  var request: String
  var userName: String
  var activity: String
  var when: String
  var explanation: String
  var could: [Could]

  init(_ explanation: RequestExplanation, week: LoadedWeek, language: WebLanguage) {
    let names = Names(scenario: week.scenario, language: language)
    let r = explanation.request
    self.week = week.monday.description
    request = r.id.rawValue
    userName = names.user(r.user)
    activity = names.activity(r.activity)
    when = r.windows.map { "\(names.day($0.date)) \($0.from)–\($0.to)" }.joined(separator: ", ")
    self.explanation = explanation.text(language.report, scenario: week.scenario)
    could = explanation.candidates.compactMap { candidate in
      switch candidate.verdict {
      case .couldTake(let date, let start, _):
        return Could(name: names.worker(candidate.worker), why: WebLabels.text("couldTakeAt", language) + " \(names.day(date)) \(start)")
      case .takenByTime, .takenByCap, .takenByWeeklyMaximum:
        return Could(name: names.worker(candidate.worker), why: WebLabels.text("busyElsewhere", language))
      default:
        return nil
      }
    }
  }
}

/// What a re-plan changed and whom to call: Matcher's `PlanChanges`, with phone numbers.
struct ChangesPage {
  /// Someone to call about a change.
  struct Call {
    var name: String
    var phone: String?
  }
  var week: String
  var text: String
  var call: [Call]

  init(old: Plan, new: Plan, week: LoadedWeek, language: WebLanguage) {
    let changes = PlanChanges(old: old, new: new)
    let scenario = week.scenario
    let names = Names(scenario: scenario, language: language)
    self.week = week.monday.description
    text = changes.text(language.report, scenario: scenario)
    call =
      changes.workers.map { Call(name: names.worker($0), phone: scenario.worker($0)?.contact.phone) }
      + changes.users.map { Call(name: names.user($0), phone: scenario.user($0)?.contact.phone) }
  }
}
