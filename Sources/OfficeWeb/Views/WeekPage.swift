import Matcher
import Office

/// A choice in a select: id, what it shows, whether it is the current one.
struct Choice: Sendable {
  var id: String
  var name: String
  var selected: Bool = false
}

/// The values of the week page.
struct WeekPage {
  var week: String
  var weekLabel: String
  var previousWeek: String
  var nextWeek: String
  var stateLabel: String
  var stateClass: String
  var running: Bool
  var limit: Int
  var recorded: Bool
  var hasPlan: Bool
  var canPublish: Bool
  var canRecord: Bool
  var hasChanges: Bool
  var jobFailed: String?
  var summary: Summary?
  var days: [WeekGrid.DayHead]
  var filter: WeekFilter
  var workerOptions: [Choice]
  var userOptions: [Choice]
  var dayOptions: [Choice]
  var activityOptions: [Choice]
  var recurringOptions: [Choice]
  /// The grid and uncovered list, already rendered (escaped) by the `grid` template; nil before planning.
  var gridHTML: String?
  var csrf: String

  /// The plan's coverage line.
  struct Summary {
    var coverage: String
    var covered: String
    var requested: String
    var status: String
  }

  init(week: LoadedWeek, filter: WeekFilter, job: PlanJobs.State?, limit: Double, language: WebLanguage, csrf: String, gridHTML: String?) {
    self.gridHTML = gridHTML
    let scenario = week.scenario
    let names = Names(scenario: scenario, language: language)
    self.week = week.monday.description
    weekLabel = names.day(week.monday) + "/" + String(week.monday.components.year)
    previousWeek = week.monday.adding(days: -7).description
    nextWeek = week.monday.adding(days: 7).description
    let state = week.record?.plannedAt == nil ? nil : week.record?.state
    stateLabel = WebLabels.text(state?.rawValue ?? "notPlanned", language)
    stateClass = state?.rawValue ?? "none"
    if case .running? = job { running = true } else { running = false }
    if case .failed(let message)? = job { jobFailed = message }
    self.limit = Int(limit.rounded())
    recorded = state == .recorded
    hasPlan = week.plan != nil
    canPublish = state == .draft && week.plan != nil
    canRecord = state == .published
    hasChanges = week.previous != nil && week.plan != nil
    self.filter = filter
    self.csrf = csrf
    days = scenario.days.map { WeekGrid.DayHead(iso: $0.description, label: names.day($0)) }
    workerOptions = scenario.workers.sorted { $0.id < $1.id }.map {
      Choice(id: $0.id.rawValue, name: names.worker($0.id), selected: $0.id.rawValue == filter.worker)
    }
    userOptions = scenario.users.sorted { $0.id < $1.id }.map {
      Choice(id: $0.id.rawValue, name: names.user($0.id), selected: $0.id.rawValue == filter.user)
    }
    dayOptions = scenario.days.map { Choice(id: $0.description, name: names.day($0), selected: $0.description == filter.day) }
    let activities = Set(scenario.requests.map(\.activity)).sorted()
    activityOptions = activities.map { Choice(id: $0.rawValue, name: names.activity($0), selected: $0.rawValue == filter.activity) }
    var recurring: [String: Choice] = [:]
    for request in scenario.requests {
      let parts = request.id.rawValue.split(separator: "@", maxSplits: 1)
      guard parts.count == 2 else { continue }
      let base = String(parts[0])
      recurring[base] = Choice(id: base, name: "\(names.user(request.user)) — \(names.activity(request.activity)) (\(base))")
    }
    recurringOptions = recurring.keys.sorted().compactMap { recurring[$0] }
    if let plan = week.plan {
      let s = plan.summary
      summary = Summary(
        coverage: String(Int((s.weightedCoverage * 100).rounded())) + " %", covered: WeekGrid.hours(s.coveredHours, language),
        requested: WeekGrid.hours(s.requestedHours, language), status: plan.status.rawValue)
    }
  }
}
