import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import Matcher
import Office

/// Everything a request handler needs: the register, the renderer, the plan jobs, the login throttle.
struct WebApp: Sendable {
  let office: OfficeDatabase
  let configuration: WebConfiguration
  let renderer: PageRenderer
  let jobs: PlanJobs
  let throttle: LoginThrottle
  let weeks: WeekLoader

  /// Who the audit trail names: the logged-in account, or `local` on loopback without accounts.
  func actor(_ context: WebContext) -> String { context.sessions.session?.account ?? "local" }
}

/// Builds the collaborators' web app on a register: router, middleware, every page.
///
/// Refuses (`WebStartError.accountsRequired`) a non-loopback host while the
/// register has no account. Returns the application and its plan jobs (tests
/// wait on them).
public func buildApplication(_ configuration: WebConfiguration, office: OfficeDatabase, logger: Logger = Logger(label: "ale.web")) throws
  -> some ApplicationProtocol
{
  try buildWebApplication(configuration, office: office, logger: logger).application
}

/// `buildApplication` with the app's state exposed, for tests.
func buildWebApplication(
  _ configuration: WebConfiguration, office: OfficeDatabase, logger: Logger = Logger(label: "ale.web"),
  onRunning: @escaping @Sendable (String) -> Void = { _ in }
) throws -> (application: Application<RouterResponder<WebContext>>, app: WebApp) {
  if !configuration.isLoopback, try office.accounts().isEmpty {
    throw WebStartError.accountsRequired(host: configuration.host)
  }
  let app = WebApp(
    office: office, configuration: configuration, renderer: try PageRenderer(templates: Templates.all), jobs: PlanJobs(),
    throttle: LoginThrottle(base: configuration.loginDelay, maximum: configuration.maximumLoginDelay), weeks: WeekLoader(office: office))
  let router = Router(context: WebContext.self)
  router.add(middleware: SecurityHeadersMiddleware())
  router.add(middleware: LanguageMiddleware())
  router.add(
    middleware: SessionMiddleware(
      storage: MemoryPersistDriver(),
      configuration: .init(sessionCookieParameters: .init(name: "ale_session", sameSite: .strict), defaultSessionExpiration: .seconds(12 * 3600))))
  router.add(middleware: CSRFMiddleware())
  router.add(middleware: LoginGateMiddleware(office: office, isLoopback: configuration.isLoopback))
  router.get("/assets/app.css") { _, _ in Response.asset(Assets.css, type: "text/css; charset=utf-8") }
  router.get("/assets/app.js") { _, _ in Response.asset(Assets.js, type: "text/javascript; charset=utf-8") }
  router.get("/") { _, _ in Response.redirect(to: "/week") }
  LoginController(app: app).register(on: router)
  WeekController(app: app).register(on: router)
  ChangeController(app: app).register(on: router)
  RecordController(app: app).register(on: router)
  ImportController(app: app).register(on: router)
  PrintController(app: app).register(on: router)
  RegisterController(app: app).register(on: router)
  let application = Application(
    router: router, configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "ale-office"),
    onServerRunning: { channel in
      let port = channel.localAddress?.port ?? configuration.port
      onRunning(configuration.host.contains(":") ? "[\(configuration.host)]:\(port)" : "\(configuration.host):\(port)")
    },
    logger: logger)
  return (application, app)
}

/// Runs the app until SIGINT or SIGTERM.
public enum WebServer {
  /// Builds and runs the app; `onRunning` gets `host:port` once it listens.
  public static func run(
    _ configuration: WebConfiguration, office: OfficeDatabase, logger: Logger, onRunning: @escaping @Sendable (String) -> Void
  ) async throws {
    let built = try buildWebApplication(configuration, office: office, logger: logger, onRunning: onRunning)
    try await built.application.runService()
  }
}

/// Every page template by name.
enum Templates {
  static let all: [String: String] = [
    "week": WeekTemplate.source, "grid": WeekTemplate.grid, "assignment": PlanTemplates.assignment, "request": PlanTemplates.request,
    "changes": PlanTemplates.changes, "record": PlanTemplates.record, "hours": PlanTemplates.hours, "login": PlanTemplates.login,
    "sheets": PrintTemplates.sheets, "list": RegisterTemplates.list, "form": RegisterTemplates.form, "import": RegisterTemplates.csvImport,
  ]
}

extension Response {
  /// A built-in asset, cacheable for an hour.
  static func asset(_ text: String, type: String) -> Response {
    Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"], body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  /// A download: bytes, a type and the file name the browser saves it as.
  static func download(_ bytes: [UInt8], type: String, filename: String) -> Response {
    Response(
      status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(filename)\""],
      body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// Back to a page after a POST (303, so that reloading does not post again).
  static func back(to location: String) -> Response { .redirect(to: location, type: .normal) }
}
