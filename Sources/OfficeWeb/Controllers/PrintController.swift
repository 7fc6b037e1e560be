import Hummingbird
import Matcher
import Office

/// Printing and sending: route sheets, user sheets, the office's week; CSV, iCalendar and JSON downloads.
///
/// Everything is asked for by ids (a week's Monday, a worker's or user's id),
/// never by a file path: there is no way to read a file through these routes.
struct PrintController {
  let app: WebApp

  func register(on router: Router<WebContext>) {
    router.get("/print/worker") { request, context in try await sheets(request, context, kind: .worker) }
    router.get("/print/user") { request, context in try await sheets(request, context, kind: .user) }
    router.get("/print/week") { request, context in try await sheets(request, context, kind: .office) }
    router.get("/download/plan.csv") { request, context in
      let (week, plan) = try await planned(request)
      let report = PlanReport(plan: plan, scenario: week.scenario, language: context.language.report)
      return Response.download(try report.csv(.init(separator: ";", byteOrderMark: true)), type: "text/csv; charset=utf-8", filename: "plan-\(week.monday).csv")
    }
    router.get("/download/plan.ics") { request, context in
      let (week, plan) = try await planned(request)
      let worker = FormData.query(of: request)["worker"].map { Worker.ID($0) }
      if let worker, week.scenario.worker(worker) == nil { throw HTTPError(.notFound, message: "worker: unknown id") }
      let report = PlanReport(plan: plan, scenario: week.scenario, language: context.language.report)
      let name = worker.map { "-\($0.rawValue)" } ?? ""
      return Response.download(report.ics(worker: worker), type: "text/calendar; charset=utf-8", filename: "plan-\(week.monday)\(name).ics")
    }
    router.get("/download/plan.json") { request, _ in
      let (week, plan) = try await planned(request)
      return Response.download(plan.jsonBytes, type: "application/json", filename: "plan-\(week.monday).json")
    }
  }

  /// The week named by `?week=` and its plan; 404 when it has none.
  func planned(_ request: Request) async throws -> (LoadedWeek, Plan) {
    let week = try await app.weeks.load(try app.monday(FormData.query(of: request)["week"]))
    guard let plan = week.plan else { throw HTTPError(.notFound, message: "this week has no plan yet") }
    return (week, plan)
  }

  func sheets(_ request: Request, _ context: WebContext, kind: SheetsPage.Kind) async throws -> Response {
    let (week, plan) = try await planned(request)
    let query = FormData.query(of: request)
    let only = kind == .worker ? query["worker"] : kind == .user ? query["user"] : nil
    let page = SheetsPage(kind: kind, only: only, week: week, plan: plan, language: context.language)
    if only != nil && page.sheets.isEmpty { throw HTTPError(.notFound, message: WebLabels.text("notFound", context.language)) }
    return app.renderer.page("sheets", page, title: page.title, context: context)
  }
}
