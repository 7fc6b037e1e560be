import Matcher

/// Sheets to print: one per worker (route sheet), per user, or per day (the office's week).
struct SheetsPage {
  /// Whose sheets.
  enum Kind { case worker, user, office }

  /// One line: when, whom (the other party), where, how to call, what.
  struct Line {
    var day: String
    var start: String
    var end: String
    var name: String
    var address: String
    var phone: String
    var activity: String
  }
  /// One A4 sheet.
  struct Sheet {
    var heading: String
    var name: String
    var phone: String?
    var address: String?
    var who: String
    var weekLabel: String
    var lines: [Line]
  }

  var title: String
  var week: String
  var sheets: [Sheet]
  var icsHref: String?

  init(kind: Kind, only: String?, week loaded: LoadedWeek, plan: Plan, language: WebLanguage) {
    let scenario = loaded.scenario
    let names = Names(scenario: scenario, language: language)
    let weekLabel = names.day(loaded.monday) + "/" + String(loaded.monday.components.year)
    week = loaded.monday.description
    let assignments = plan.assignments.sorted { ($0.date, $0.start, $0.worker, $0.request) < ($1.date, $1.start, $1.worker, $1.request) }
    func userLine(_ a: Plan.Assignment) -> Line {
      let user = scenario.user(a.user)
      return Line(
        day: names.day(a.date), start: a.start.description, end: a.end.description, name: names.user(a.user),
        address: user?.contact.address ?? "", phone: user?.contact.phone ?? "", activity: names.activity(a.activity))
    }
    func workerLine(_ a: Plan.Assignment) -> Line {
      let worker = scenario.worker(a.worker)
      return Line(
        day: names.day(a.date), start: a.start.description, end: a.end.description, name: names.worker(a.worker),
        address: worker?.contact.address ?? "", phone: worker?.contact.phone ?? "", activity: names.activity(a.activity))
    }
    let heading = WebLabels.text(kind == .worker ? "routeSheet" : kind == .user ? "userSheet" : "officeWeek", language)
    title = heading
    switch kind {
    case .worker:
      let ids = only.map { [Worker.ID($0)] } ?? Array(Set(assignments.map(\.worker))).sorted()
      sheets = ids.compactMap { id in
        guard let worker = scenario.worker(id) else { return nil }
        return Sheet(
          heading: heading, name: names.worker(id), phone: worker.contact.phone, address: worker.contact.address,
          who: WebLabels.text("user", language), weekLabel: weekLabel, lines: assignments.filter { $0.worker == id }.map(userLine))
      }
      icsHref = only.map { "/download/plan.ics?week=\(week)&worker=\($0.urlQuery)" }
    case .user:
      let ids = only.map { [User.ID($0)] } ?? Array(Set(assignments.map(\.user))).sorted()
      sheets = ids.compactMap { id in
        guard let user = scenario.user(id) else { return nil }
        return Sheet(
          heading: heading, name: names.user(id), phone: user.contact.phone, address: user.contact.address,
          who: WebLabels.text("worker", language), weekLabel: weekLabel, lines: assignments.filter { $0.user == id }.map(workerLine))
      }
    case .office:
      sheets = scenario.days.map { day in
        Sheet(
          heading: heading, name: names.day(day), phone: nil, address: nil, who: WebLabels.text("worker", language) + " → " + WebLabels.text("user", language),
          weekLabel: weekLabel,
          lines: assignments.filter { $0.date == day }.map { a in
            var line = userLine(a)
            line.name = names.worker(a.worker) + " → " + names.user(a.user)
            return line
          })
      }
    }
  }
}
