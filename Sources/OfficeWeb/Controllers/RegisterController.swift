import Foundation
import Hummingbird
import Matcher
import Office

/// The register's pages: a searchable list, a form and an archive button for workers, users and requests.
///
/// A save is one transaction of the register (audited); a form with problems
/// is shown again as typed, each problem beside its field, and nothing is written.
struct RegisterController {
  let app: WebApp

  /// What the lists and forms of one kind of record need.
  struct Kind: Sendable {
    var path: String
    var entity: String
    var title: String
    var headers: [String]
    /// The list's rows (id, cells, archived) matching a search.
    var rows: @Sendable (OfficeDatabase, String, Bool, WebLanguage) throws -> [(String, [String], Bool)]
    /// The form of a record (nil: a new one), with what the query preset.
    var form: @Sendable (OfficeDatabase, String?, FormData, WebLanguage) throws -> FormPage?
    /// Reads and saves a posted form; returns the record's id, or the form again with its problems.
    var save: @Sendable (OfficeDatabase, String?, FormData, WebLanguage, String) throws -> Result<String, FormPage>
    /// Archives the record (kept with its history, never planned again).
    var archive: @Sendable (OfficeDatabase, String, String) throws -> Void
  }

  var kinds: [Kind] { [WorkerForms.kind, UserForms.kind, RequestForms.kind] }

  func register(on router: Router<WebContext>) {
    for kind in kinds {
      router.get(RouterPath(kind.path)) { request, context in
        let query = FormData.query(of: request)
        let q = query["q"] ?? ""
        let archived = query["archived"] == "1"
        let rows = try kind.rows(app.office, q, archived, context.language)
        let page = ListPage(
          title: WebLabels.text(kind.title, context.language), base: kind.path, q: q, showArchived: archived,
          headers: [WebLabels.text("id", context.language)] + kind.headers.map { WebLabels.text($0, context.language) },
          rows: rows.map { ListPage.Row(id: $0.0, href: "\(kind.path)/\($0.0.urlQuery)", cells: $0.1, archived: $0.2) })
        return app.renderer.page("list", page, title: page.title, context: context)
      }
      router.get(RouterPath(kind.path + "/new")) { request, context in
        guard let page = try kind.form(app.office, nil, FormData.query(of: request), context.language) else { throw HTTPError(.notFound) }
        return app.renderer.page("form", page, title: page.title, context: context)
      }
      router.post(RouterPath(kind.path)) { request, context in try await save(kind, id: nil, request, context) }
      router.get(RouterPath(kind.path + "/:id")) { request, context in
        let id = try context.parameters.require("id")
        guard let page = try kind.form(app.office, id, FormData.query(of: request), context.language) else {
          throw HTTPError(.notFound, message: WebLabels.text("notFound", context.language))
        }
        return app.renderer.page("form", page, title: page.title, context: context)
      }
      router.post(RouterPath(kind.path + "/:id")) { request, context in
        try await save(kind, id: try context.parameters.require("id"), request, context)
      }
      router.post(RouterPath(kind.path + "/:id/archive")) { request, context in
        let id = try context.parameters.require("id")
        try kind.archive(app.office, id, app.actor(context))
        return Response.back(to: "\(kind.path)/\(id.urlQuery)?msg=saved")
      }
    }
  }

  func save(_ kind: Kind, id: String?, _ request: Request, _ context: WebContext) async throws -> Response {
    var request = request
    let form = try await FormData.body(of: &request, context: context)
    switch try kind.save(app.office, id, form, context.language, app.actor(context)) {
    case .success(let saved):
      if let week = form["week"], !week.isEmpty { return Response.back(to: "/week?week=\(week.urlQuery)&msg=saved") }
      return Response.back(to: "\(kind.path)/\(saved.urlQuery)?msg=saved")
    case .failure(let page):
      return app.renderer.page(
        "form", page, title: page.title, context: context, problem: WebLabels.text("problems", context.language), status: .unprocessableContent)
    }
  }
}

/// The values of a register list.
struct ListPage {
  /// One record.
  struct Row {
    var id: String
    var href: String
    var cells: [String]
    var archived: Bool
  }
  var title: String
  var base: String
  var q: String
  var showArchived: Bool
  var headers: [String]
  var rows: [Row]
  var count: Int

  init(title: String, base: String, q: String, showArchived: Bool, headers: [String], rows: [Row]) {
    self.title = title
    self.base = base
    self.q = q
    self.showArchived = showArchived
    self.headers = headers
    self.rows = rows
    count = rows.count
  }
}


/// The catalog's label of an activity (the id when the catalog has none).
func activityLabel(_ id: String) -> String {
  BundledRules.rules.activities.first { $0.id.rawValue == id }?.label ?? id
}

/// Whether a record matches a search: any of its texts contains the words typed (case-insensitive).
func matches(_ search: String, _ texts: [String?]) -> Bool {
  let needle = search.lowercased().trimmingCharacters(in: .whitespaces)
  guard !needle.isEmpty else { return true }
  return texts.compactMap { $0 }.joined(separator: " ").lowercased().contains(needle)
}
