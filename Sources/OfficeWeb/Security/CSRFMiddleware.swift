import Foundation
import Hummingbird
import HummingbirdAuth

/// Gives every browser a session with a CSRF token, and refuses (403) any POST
/// whose `_csrf` field (or `X-CSRF-Token` header, for the page's scripts) is not that token.
///
/// Runs after `SessionMiddleware`, before the login gate, so that even the login
/// form is protected against a forged post.
struct CSRFMiddleware: RouterMiddleware {
  typealias Context = WebContext

  func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
    if context.sessions.session == nil {
      context.sessions.createSession(WebSession(csrf: Self.newToken(), account: nil))
    }
    guard request.method == .post else { return try await next(request, context) }
    var request = request
    let expected = context.csrf
    let sent: String?
    if let header = request.headers[.csrfToken] {
      sent = header
    } else {
      sent = try await FormData.body(of: &request, context: context)["_csrf"]
    }
    guard let sent, !expected.isEmpty, Self.constantTimeEqual(sent, expected) else {
      throw HTTPError(.forbidden, message: "CSRF token missing or wrong: reload the page and try again.")
    }
    return try await next(request, context)
  }

  /// 32 random bytes as hex.
  static func newToken() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
  }

  /// Compares without stopping at the first difference.
  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }
}
