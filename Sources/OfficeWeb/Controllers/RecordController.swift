import Hummingbird
import Matcher
import Office

/// The end of the week (record what was done) and the hours against each cap.
struct RecordController {
  let app: WebApp

  func register(on router: Router<WebContext>) {
    router.get("/week/record") { request, context in
      let monday = try app.monday(FormData.query(of: request)["week"])
      let week = try await app.weeks.load(monday)
      guard week.record?.state == .published, let plan = week.plan else { return Response.back(to: "/week?week=\(monday)") }
      return app.renderer.page(
        "record", RecordPage(week: week, plan: plan, language: context.language, csrf: context.csrf),
        title: WebLabels.text("record", context.language), context: context)
    }
    router.post("/week/record") { request, context in
      var request = request
      let form = try await FormData.body(of: &request, context: context)
      let monday = try app.monday(form["week"])
      let week = try await app.weeks.load(monday)
      guard let plan = week.plan else { throw HTTPError(.conflict, message: "this week has no published plan") }
      var outcomes: [AssignmentOutcome] = []
      for (index, a) in RecordPage.ordered(plan).enumerated() {
        let state = form["state.\(index)"] ?? "done"
        let hoursText = (form["hours.\(index)"] ?? "").replacingOccurrences(of: ",", with: ".")
        guard let kind = LedgerEntry.State(rawValue: state), kind != .planned, let hours = hoursText.isEmpty ? a.hours : Double(hoursText), hours >= 0, hours <= 24
        else { throw HTTPError(.badRequest, message: "row \(index + 1): state or hours not understood") }
        outcomes.append(AssignmentOutcome(request: a.request.rawValue, worker: a.worker.rawValue, state: kind, hours: kind == .done ? hours : nil))
      }
      do {
        try app.office.recordWeek(monday: monday, outcomes: outcomes, by: app.actor(context))
      } catch let error as OfficeError {
        return try await WeekController(app: app).week(request, context, monday: monday, problem: error.description, status: .conflict)
      }
      return Response.back(to: "/week?week=\(monday)&msg=weekRecorded")
    }
    router.get("/hours") { request, context in
      let query = FormData.query(of: request)
      let month = query["month"].flatMap { Month(iso: $0) } ?? Day.today.month
      let rows = try app.office.hours(month: month)
      let page = HoursPage(month: month, rows: rows, search: query["q"] ?? "", nearFraction: app.configuration.nearCapFraction, language: context.language)
      return app.renderer.page("hours", page, title: WebLabels.text("hours", context.language), context: context)
    }
  }
}

/// The values of the record page: one row per published assignment, done by default.
struct RecordPage {
  /// One assignment to confirm.
  struct Row {
    var key: Int
    var workerName: String
    var userName: String
    var when: String
    var hours: String
  }
  var week: String
  var weekLabel: String
  var rows: [Row]
  var csrf: String

  /// The assignments in the order the form lists them (its keys are positions in this order).
  static func ordered(_ plan: Plan) -> [Plan.Assignment] {
    plan.assignments.sorted { ($0.date, $0.start, $0.worker, $0.request) < ($1.date, $1.start, $1.worker, $1.request) }
  }

  init(week: LoadedWeek, plan: Plan, language: WebLanguage, csrf: String) {
    let names = Names(scenario: week.scenario, language: language)
    self.week = week.monday.description
    weekLabel = names.day(week.monday)
    rows = Self.ordered(plan).enumerated().map { index, a in
      Row(
        key: index, workerName: names.worker(a.worker), userName: names.user(a.user), when: "\(names.day(a.date)) \(a.start)–\(a.end)",
        hours: String(a.hours))
    }
    self.csrf = csrf
  }
}

/// The values of the hours page: every worker against every cap, nearest to a cap first.
struct HoursPage {
  /// One worker under one cap.
  struct Row {
    var workerName: String
    var cap: String
    var used: String
    var limit: String
    var left: String
    var near: Bool
  }
  var month: String
  var q: String
  var rows: [Row]

  /// Rows in the register's order (the nearest to a cap first), each worker's caps tightest first.
  init(month: Month, rows standing: [WorkerHours], search: String, nearFraction: Double, language: WebLanguage) {
    self.month = month.description
    q = search
    rows = standing.filter { matches(search, [$0.worker, $0.name]) }.flatMap { worker in
      worker.caps.sorted { ($0.remaining, $0.cap) < ($1.remaining, $1.cap) }.map { use in
        Row(
          workerName: worker.name ?? worker.worker, cap: WebLabels.known("cap." + use.cap, language) ?? use.cap,
          used: WeekGrid.hours(use.used, language), limit: WeekGrid.hours(use.limit, language),
          left: WeekGrid.hours(max(0, use.remaining), language), near: use.remaining <= use.limit * nearFraction)
      }
    }
  }
}
