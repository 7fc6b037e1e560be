import Hummingbird
import HummingbirdBcrypt
import Office

/// `/login` and `/logout`: bcrypt-checked accounts, failed logins slowed down.
struct LoginController {
  let app: WebApp

  func register(on router: Router<WebContext>) {
    router.get("/login") { _, context in
      app.renderer.page("login", Empty(), title: WebLabels.text("login", context.language), context: context, showNav: false)
    }
    router.post("/login") { request, context in
      var request = request
      let form = try await FormData.body(of: &request, context: context)
      let name = form["name"] ?? ""
      let password = form.fields.first { $0.name == "password" }?.value ?? ""
      let hash = try app.office.passwordHash(account: name)
      // Verify against a fixed hash when the name is unknown, so that both cases take as long.
      let good = Bcrypt.verify(password, hash: hash ?? Self.decoyHash) && hash != nil
      guard good else {
        try await Task.sleep(for: await app.throttle.failed(name))
        return app.renderer.page(
          "login", Empty(), title: WebLabels.text("login", context.language), context: context,
          problem: WebLabels.text("loginFailed", context.language), status: .unauthorized, showNav: false)
      }
      await app.throttle.succeeded(name)
      // A new session (new id and token) on login, so that a session fixed before it is worth nothing.
      context.sessions.clearSession()
      context.sessions.createSession(WebSession(csrf: CSRFMiddleware.newToken(), account: name))
      return Response.back(to: "/week")
    }
    router.post("/logout") { _, context in
      context.sessions.clearSession()
      return Response.back(to: "/login")
    }
  }

  /// A bcrypt hash (cost 12, as accounts have) of a random text no one types, made once, checked when the name is unknown.
  static let decoyHash = Bcrypt.hash(CSRFMiddleware.newToken(), cost: 12)
}

/// A page with no values of its own.
struct Empty {}
