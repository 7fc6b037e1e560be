import Matcher

/// What the collaborator narrowed the week to: a worker, a user, a day, an activity, or any text.
///
/// Read from the query (`?worker=w-1&day=2026-11-24&q=dupont`); empty fields do not filter.
struct WeekFilter: Sendable, Equatable {
  var worker: String = ""
  var user: String = ""
  var day: String = ""
  var activity: String = ""
  var text: String = ""

  init(_ query: FormData) {
    worker = query["worker"] ?? ""
    user = query["user"] ?? ""
    day = query["day"] ?? ""
    activity = query["activity"] ?? ""
    text = (query["q"] ?? "").lowercased()
  }

  init() {}

  /// Whether any field narrows the week.
  var isActive: Bool { !(worker.isEmpty && user.isEmpty && day.isEmpty && activity.isEmpty && text.isEmpty) }

  /// Whether an assignment (or an uncovered request, worker nil) passes, given the names the page shows.
  func keeps(worker: Worker.ID?, workerName: String, user: User.ID, userName: String, days: [Day], activity: Activity.ID) -> Bool {
    if !self.worker.isEmpty && worker?.rawValue != self.worker { return false }
    if !self.user.isEmpty && user.rawValue != self.user { return false }
    if !self.day.isEmpty && !days.contains(where: { $0.description == self.day }) { return false }
    if !self.activity.isEmpty && activity.rawValue != self.activity { return false }
    if !text.isEmpty {
      let haystack = [worker?.rawValue ?? "", workerName, user.rawValue, userName, activity.rawValue].joined(separator: " ").lowercased()
      if !haystack.contains(text) { return false }
    }
    return true
  }
}

/// The names the pages show for people and activities: the register's name when it has one, else the id.
struct Names: Sendable {
  let scenario: Scenario
  let language: WebLanguage

  func worker(_ id: Worker.ID) -> String { scenario.worker(id)?.contact.name ?? id.rawValue }
  func user(_ id: User.ID) -> String { scenario.user(id)?.contact.name ?? id.rawValue }
  func activity(_ id: Activity.ID) -> String { scenario.rules.activity(id)?.label ?? id.rawValue }

  /// `lun 23/11`, `Mon 23/11`.
  func day(_ day: Day) -> String {
    let keys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    let (_, month, date) = day.components
    return WebLabels.text(keys[day.weekday - 1], language) + " " + Day.twoDigits(date) + "/" + Day.twoDigits(month)
  }
}

extension Day {
  /// `7` → `07`.
  static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
