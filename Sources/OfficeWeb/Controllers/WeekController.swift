import Foundation
import Hummingbird
import Matcher
import Office

/// The week: the grid, planning in the background, publishing, and each assignment's and open request's page.
struct WeekController {
  let app: WebApp

  func register(on router: Router<WebContext>) {
    router.get("/week") { request, context in try await week(request, context) }
    router.post("/week/plan") { request, context in try await plan(request, context) }
    router.get("/week/plan/status") { request, _ in
      let monday = try app.monday(FormData.query(of: request)["week"])
      return Response(
        status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
        body: .init(byteBuffer: ByteBuffer(string: await app.jobs.json(for: monday))))
    }
    router.post("/week/publish") { request, context in
      var request = request
      let form = try await FormData.body(of: &request, context: context)
      let monday = try app.monday(form["week"])
      do {
        try app.office.publishWeek(monday: monday, by: app.actor(context))
      } catch let error as OfficeError {
        return try await week(request, context, monday: monday, problem: error.description, status: .conflict)
      }
      return Response.back(to: "/week?week=\(monday)&msg=publishedOn")
    }
    router.get("/week/assignment") { request, context in try await assignment(request, context) }
    router.get("/week/request") { request, context in try await explain(request, context) }
    router.get("/week/changes") { request, context in try await changes(request, context) }
  }

  /// The week page; `problem` is a refusal to show above it.
  func week(
    _ request: Request, _ context: WebContext, monday: Day? = nil, problem: String? = nil, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let query = FormData.query(of: request)
    let monday = try monday ?? app.monday(query["week"])
    // The job's state before the week: a job seen done has stored its plan, so the week read next shows it.
    let job = await app.jobs.state(of: monday)
    let loaded = try await app.weeks.load(monday)
    let filter = WeekFilter(query)
    let title = WebLabels.text("week", context.language) + " " + monday.description
    guard let plan = loaded.plan else {
      // Before planning the page shows the register's export, which changes with every edit: never cached.
      let page = WeekPage(
        week: loaded, filter: filter, job: job, limit: app.configuration.planTimeLimit, language: context.language, csrf: context.csrf,
        gridHTML: nil)
      return app.renderer.page("week", page, title: title, context: context, problem: problem, status: status)
    }
    // A planned week's page is the same for every session but for the CSRF token: rendered once per week
    // version, language, filter and job state with a placeholder token, which each answer replaces.
    let view = [monday.description, loaded.stamp, context.language.rawValue, filter.worker, filter.user, filter.day, filter.activity, filter.text]
    let jobKey: String
    switch job {
    case .running?: jobKey = "running"
    case .failed(let message)?: jobKey = "failed " + message
    default: jobKey = "-"
    }
    let key = (view + ["page", jobKey, loaded.previous == nil ? "-" : "changes"]).joined(separator: "\u{1F}")
    let weeks = app.weeks
    let body = await weeks.fragment(key) {
      let grid = WeekGrid(scenario: loaded.scenario, plan: plan, filter: filter, language: context.language)
      let page = WeekPage(
        week: loaded, filter: filter, job: job, limit: app.configuration.planTimeLimit, language: context.language, csrf: Self.placeholder,
        gridHTML: app.renderer.fragment("grid", grid, context: context))
      return app.renderer.fragment("week", page, context: context, csrf: Self.placeholder)
    }
    return app.renderer.framed(
      body.replacingOccurrences(of: Self.placeholder, with: context.csrf), title: title, context: context, problem: problem, status: status)
  }

  /// Stands for the session's CSRF token in a cached page: random for each run of the server, so that
  /// no text a user typed can match it.
  static let placeholder = "csrf-" + CSRFMiddleware.newToken()

  /// Starts planning (or re-planning keeping the current plan) in the background; the page shows progress.
  func plan(_ request: Request, _ context: WebContext) async throws -> Response {
    var request = request
    let form = try await FormData.body(of: &request, context: context)
    let monday = try app.monday(form["week"])
    try await app.startPlan(monday, keep: form["keep"] == "1", by: app.actor(context))
    return Response.back(to: "/week?week=\(monday)")
  }

  /// One assignment: pin, unpin, move.
  func assignment(_ request: Request, _ context: WebContext) async throws -> Response {
    let query = FormData.query(of: request)
    let monday = try app.monday(query["week"])
    let loaded = try await app.weeks.load(monday)
    guard
      let plan = loaded.plan,
      let a = plan.assignments.first(where: { $0.request.rawValue == query["request"] && $0.worker.rawValue == query["worker"] })
    else { throw HTTPError(.notFound, message: WebLabels.text("notFound", context.language)) }
    return app.renderer.page(
      "assignment", AssignmentPage(a, week: loaded, language: context.language, csrf: context.csrf),
      title: a.request.rawValue, context: context)
  }

  /// An open request: why, and who could take it.
  func explain(_ request: Request, _ context: WebContext) async throws -> Response {
    let query = FormData.query(of: request)
    let monday = try app.monday(query["week"])
    let loaded = try await app.weeks.load(monday)
    guard let plan = loaded.plan, let id = query["request"], let explanation = Explainer(plan: plan, scenario: loaded.scenario).request(Matcher.Request.ID(id))
    else { throw HTTPError(.notFound, message: WebLabels.text("notFound", context.language)) }
    return app.renderer.page(
      "request", RequestPage(explanation, week: loaded, language: context.language), title: id, context: context)
  }

  /// What the last re-plan changed, and whom to call.
  func changes(_ request: Request, _ context: WebContext) async throws -> Response {
    let monday = try app.monday(FormData.query(of: request)["week"])
    let loaded = try await app.weeks.load(monday)
    guard let old = loaded.previous, let new = loaded.plan else { return Response.back(to: "/week?week=\(monday)") }
    return app.renderer.page(
      "changes", ChangesPage(old: old, new: new, week: loaded, language: context.language),
      title: WebLabels.text("changes", context.language), context: context)
  }
}

extension WebApp {
  /// The Monday asked for, or the register's current week; 400 when the text is not a Monday.
  func monday(_ text: String?) throws -> Day {
    guard let text, !text.isEmpty else { return try office.currentWeek(today: Day.today) }
    guard let day = Day(iso: text), day.weekday == 1 else { throw HTTPError(.badRequest, message: "week: \"\(text)\" is not a Monday (YYYY-MM-DD)") }
    return day
  }

  /// Plans the week on a thread of its own, keeping the current plan when `keep`; nothing if one already runs.
  func startPlan(_ monday: Day, keep: Bool, by actor: String) async throws {
    let loader = weeks
    let shown = try await loader.load(monday).plan
    let office = office
    let limit = configuration.planTimeLimit
    let started = await jobs.start(week: monday, limit: limit) {
      var options = SolveOptions()
      options.timeLimit = limit
      options.deadline = .now + .milliseconds(Int64(limit * 1000))
      // One solver thread: the other core keeps answering pages while GLPK works.
      options.jobs = 1
      let planned = try office.planWeek(monday: monday, options: options, keep: keep, by: actor)
      return "\(planned.week.plan.status.rawValue) \(planned.week.plan.summary.weightedCoverage)"
    } finished: {
      await loader.invalidate(monday)
    }
    if started { await loader.remember(shown, before: monday) }
  }
}

extension Day {
  /// Today's date (UTC).
  static var today: Day {
    let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: Date())
    return Day(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
  }
}
