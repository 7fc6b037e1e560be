import Hummingbird
import Office

/// CSV import of the office's spreadsheets (workers, users, requests): every problem listed, nothing written until the file is clean.
struct ImportController {
  let app: WebApp

  /// The values of the import page.
  struct Page {
    var kinds: [Choice]
    var csv: String
    var problems: [String]
    var hasProblems: Bool
    var csrf: String
  }

  static let kinds = CSVImport.Kind.allCases.map(\.rawValue)

  func register(on router: Router<WebContext>) {
    router.get("/import") { _, context in
      app.renderer.page("import", page(kind: "workers", csv: "", problems: [], context), title: WebLabels.text("import", context.language), context: context)
    }
    router.get("/import/template") { request, _ in
      guard let kind = FormData.query(of: request)["kind"].flatMap(CSVImport.Kind.init(rawValue:)) else {
        throw HTTPError(.notFound, message: "kind: workers, users or requests")
      }
      return Response.download(Array(kind.template.utf8), type: "text/csv; charset=utf-8", filename: "\(kind.rawValue).csv")
    }
    router.post("/import") { request, context in
      var request = request
      let form = try await FormData.body(of: &request, context: context)
      let csv = form.fields.first { $0.name == "csv" }?.value ?? ""
      guard let kind = form["kind"].flatMap(CSVImport.Kind.init(rawValue:)) else { throw HTTPError(.badRequest, message: "kind: workers, users or requests") }
      do {
        let file = CSVImport.File(kind: kind, name: "\(kind.rawValue).csv", bytes: Array(csv.utf8))
        try app.office.importCSV([file], by: app.actor(context))
        return Response.back(to: "/\(kind.rawValue)?msg=csvImported")
      } catch let error as OfficeError {
        return app.renderer.page(
          "import", page(kind: kind.rawValue, csv: csv, problems: error.lines, context), title: WebLabels.text("import", context.language), context: context,
          status: .unprocessableContent)
      }
    }
  }

  func page(kind: String, csv: String, problems: [String], _ context: WebContext) -> Page {
    Page(
      kinds: Self.kinds.map { Choice(id: $0, name: WebLabels.text($0, context.language), selected: $0 == kind) }, csv: csv, problems: problems,
      hasProblems: !problems.isEmpty, csrf: context.csrf)
  }
}
