import Hummingbird
import Mustache

/// Renders a page: its own template with the page's values, then the layout around it.
///
/// Templates are Swift string constants registered once; Mustache escapes every
/// `{{value}}`, so text a user typed is shown as text.
struct PageRenderer: Sendable {
  let library: MustacheLibrary

  /// Parses every template; a template that does not parse is a bug of this file, caught by any route test.
  init(templates: [String: String]) throws {
    var library = MustacheLibrary()
    try library.register(LayoutTemplate.source, named: "layout")
    for name in templates.keys.sorted() {
      guard let source = templates[name] else { continue }
      try library.register(source, named: name)
      // The page's values on top of the shared ones (labels, CSRF token), so that `{{l.key}}` and `{{csrf}}` work in every template.
      try library.register("{{#shared}}{{#page}}{{> \(name)}}{{/page}}{{/shared}}", named: "page:" + name)
    }
    self.library = library
  }

  /// What every page template can read besides its own values.
  struct Shared {
    var l: [String: String]
    var csrf: String
    var lang: String
  }

  /// A page's values stacked on the shared ones.
  struct Stack {
    var shared: Shared
    var page: Any
  }

  /// The layout's own values around a rendered body.
  struct Frame {
    var lang: String
    var otherLang: String
    var l: [String: String]
    var title: String
    var csrf: String
    var account: String?
    var showNav: Bool
    var flash: String?
    var problem: String?
    var body: String
  }

  /// `template` rendered with `page` and the shared values, without the layout (a fragment to reuse).
  ///
  /// `csrf` replaces the session's token (a placeholder, for a fragment shared by sessions).
  func fragment(_ template: String, _ page: Any, context: WebContext, csrf: String? = nil) -> String {
    let shared = Shared(l: WebLabels.dictionary(context.language), csrf: csrf ?? context.csrf, lang: context.language.rawValue)
    return library.render(Stack(shared: shared, page: page), withTemplate: "page:" + template) ?? ""
  }

  /// A whole HTML response: `template` rendered with `page`, inside the layout.
  func page(
    _ template: String, _ page: Any, title: String, context: WebContext,
    flash: String? = nil, problem: String? = nil, status: HTTPResponse.Status = .ok, showNav: Bool = true
  ) -> Response {
    framed(
      fragment(template, page, context: context), title: title, context: context, flash: flash, problem: problem, status: status,
      showNav: showNav)
  }

  /// A whole HTML response: an already rendered (escaped) body inside the layout.
  func framed(
    _ body: String, title: String, context: WebContext,
    flash: String? = nil, problem: String? = nil, status: HTTPResponse.Status = .ok, showNav: Bool = true
  ) -> Response {
    let language = context.language
    let frame = Frame(
      lang: language.rawValue, otherLang: language == .fr ? "en" : "fr", l: WebLabels.dictionary(language),
      title: title, csrf: context.csrf, account: context.sessions.session?.account, showNav: showNav,
      flash: flash ?? context.flash, problem: problem, body: body)
    let html = library.render(frame, withTemplate: "layout") ?? ""
    return Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: html)))
  }
}
