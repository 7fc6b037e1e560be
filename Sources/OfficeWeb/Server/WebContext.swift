import Hummingbird
import HummingbirdAuth

/// What a browser's session holds: its CSRF token and, once logged in, the account's name.
///
/// Kept server-side (an in-memory store keyed by a random cookie), so that the
/// cookie itself carries nothing but an unguessable id.
public struct WebSession: Codable, Sendable, Equatable {
  /// The token every form of this session carries in `_csrf`.
  public var csrf: String
  /// The logged-in account, nil before a login.
  public var account: String?
}

/// The per-request context: the session, the page language and who is acting.
public struct WebContext: RequestContext, SessionRequestContext {
  public typealias Session = WebSession
  public var coreContext: CoreRequestContextStorage
  public let sessions: SessionContext<WebSession>
  /// The language the pages are written in (cookie `lang` or `?lang=`).
  public var language: WebLanguage = .fr
  /// The message a redirect asked the next page to show (`?msg=saved`), when it is a known label.
  var flash: String?

  public init(source: Source) {
    coreContext = .init(source: source)
    sessions = .init()
  }

  /// Forms up to 8 MiB (CSV imports).
  public var maxUploadSize: Int { 8 << 20 }

  /// The session's CSRF token (the CSRF middleware always creates the session first).
  var csrf: String { sessions.session?.csrf ?? "" }
}
