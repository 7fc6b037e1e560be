import Hummingbird
import Office

/// Headers on every answer: only the app's own scripts and styles, no framing, no sniffing, no referrer.
struct SecurityHeadersMiddleware: RouterMiddleware {
  typealias Context = WebContext

  func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
    var response = try await next(request, context)
    response.headers[.contentSecurityPolicy] =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    response.headers[.contentTypeOptions] = "nosniff"
    response.headers[.referrerPolicy] = "same-origin"
    return response
  }
}

/// Picks the page language: `?lang=en` (remembered in a cookie), the `lang` cookie, else French; and the flash message of `?msg=`.
struct LanguageMiddleware: RouterMiddleware {
  typealias Context = WebContext

  func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
    var context = context
    let query = FormData.query(of: request)
    let asked = query["lang"].flatMap(WebLanguage.init(rawValue:))
    context.language = asked ?? request.cookies["lang"].flatMap { WebLanguage(rawValue: $0.value) } ?? .fr
    context.flash = query["msg"].flatMap { WebLabels.known($0, context.language) }
    var response = try await next(request, context)
    if let asked {
      response.setCookie(Cookie(name: "lang", value: asked.rawValue, maxAge: 365 * 86400, path: "/", httpOnly: true, sameSite: .lax))
    }
    return response
  }
}

/// When the register has accounts (or the app listens beyond loopback), every page but the login form and the assets needs a login.
struct LoginGateMiddleware: RouterMiddleware {
  typealias Context = WebContext
  let office: OfficeDatabase
  let isLoopback: Bool

  func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
    let path = request.uri.path
    if path == "/login" || path.hasPrefix("/assets/") || context.sessions.session?.account != nil {
      return try await next(request, context)
    }
    let required = try !isLoopback || !office.accounts().isEmpty
    guard required else { return try await next(request, context) }
    if request.method == .get { return Response.redirect(to: "/login", type: .normal) }
    throw HTTPError(.unauthorized, message: "log in first")
  }
}
