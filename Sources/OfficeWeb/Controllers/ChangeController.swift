import Hummingbird
import Matcher
import Office

/// Changes to a week: pin, unpin, move an assignment; a worker absent a day; a recurring request skipped a day.
///
/// Each change is one transaction of the register, recorded in the audit trail
/// under the acting account; pins and moves then re-plan the week keeping the
/// rest, so the grid always shows a plan that honours them.
struct ChangeController {
  let app: WebApp

  func register(on router: Router<WebContext>) {
    router.post("/week/pin") { request, context in
      try await change(request, context, replan: true) { form, monday, by in
        try app.office.addPin(
          monday: monday, request: try form.required("request"), worker: try form.required("worker"),
          date: try form.day("date"), start: try form.required("start"), by: by)
      }
    }
    router.post("/week/unpin") { request, context in
      try await change(request, context, replan: true) { form, monday, by in
        try app.office.clearPin(week: monday, request: try form.required("request"), worker: try form.required("worker"), by: by)
      }
    }
    router.post("/week/move") { request, context in
      try await change(request, context, replan: true) { form, monday, by in
        try app.office.movePin(
          monday: monday, request: try form.required("request"), from: try form.required("worker"), to: try form.required("to"),
          date: try form.day("date"), start: try form.required("start"), by: by)
      }
    }
    router.post("/week/absence") { request, context in
      try await change(request, context, replan: false) { form, _, by in
        let date = try form.day("date").description
        _ = try app.office.addAbsence(worker: try form.required("worker"), first: date, last: date, by: by)
      }
    }
    router.post("/week/skip") { request, context in
      try await change(request, context, replan: false) { form, _, by in
        try app.office.skipOccurrence(request: try form.required("request"), date: try form.day("date").description, by: by)
      }
    }
  }

  /// Applies one change; a refusal (a rule broken, a week in the wrong state) is shown above the week with the rule named (409).
  func change(
    _ request: Request, _ context: WebContext, replan: Bool, _ apply: (FormData, Day, String) throws -> Void
  ) async throws -> Response {
    var request = request
    let form = try await FormData.body(of: &request, context: context)
    let monday = try app.monday(form["week"])
    let by = app.actor(context)
    do {
      try apply(form, monday, by)
    } catch let error as OfficeError {
      let problem = WebLabels.text("refused", context.language) + " : " + error.lines.joined(separator: " ; ")
      return try await WeekController(app: app).week(request, context, monday: monday, problem: problem, status: .conflict)
    }
    if replan { try await app.startPlan(monday, keep: true, by: by) }
    return Response.back(to: "/week?week=\(monday)&msg=saved")
  }
}

extension FormData {
  /// A field that must be there; 400 naming it otherwise.
  func required(_ name: String) throws -> String {
    guard let value = self[name], !value.isEmpty else { throw HTTPError(.badRequest, message: "\(name): missing") }
    return value
  }

  /// A date field, `YYYY-MM-DD`; 400 naming it otherwise.
  func day(_ name: String) throws -> Day {
    let text = try required(name)
    guard let day = Day(iso: text) else { throw HTTPError(.badRequest, message: "\(name): \"\(text)\" is not a date YYYY-MM-DD") }
    return day
  }
}
