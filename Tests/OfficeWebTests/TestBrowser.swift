import Foundation
import Hummingbird
import HummingbirdTesting
import Matcher
import Office
@testable import OfficeWeb

/// A browser for route tests: keeps the session cookie and the page's CSRF token, posts forms.
final class TestBrowser {
  let client: any TestClientProtocol
  var cookie = ""
  var csrf = ""

  init(_ client: any TestClientProtocol) { self.client = client }

  /// A GET; remembers the session cookie and the last CSRF token the page carried.
  @discardableResult
  func get(_ uri: String) async throws -> (status: HTTPResponse.Status, body: String, headers: HTTPFields) {
    let response = try await client.execute(uri: uri, method: .get, headers: headers())
    remember(response)
    let body = String(buffer: response.body)
    if let token = Self.token(in: body) { csrf = token }
    return (response.head.status, body, response.headers)
  }

  /// A POST of form fields; `_csrf` is added unless `csrf` is false (or given).
  @discardableResult
  func post(_ uri: String, _ fields: [(String, String)], csrf withToken: Bool = true) async throws
    -> (status: HTTPResponse.Status, body: String, headers: HTTPFields)
  {
    var all = fields
    if withToken && !fields.contains(where: { $0.0 == "_csrf" }) { all.append(("_csrf", csrf)) }
    let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    let encoded = all.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    var h = headers()
    h[.contentType] = "application/x-www-form-urlencoded"
    let response = try await client.execute(uri: uri, method: .post, headers: h, body: ByteBuffer(string: encoded))
    remember(response)
    return (response.head.status, String(buffer: response.body), response.headers)
  }

  private func headers() -> HTTPFields { cookie.isEmpty ? [:] : [.cookie: cookie] }

  private func remember(_ response: TestResponse) {
    for value in response.headers[values: .setCookie] {
      let pair = value.split(separator: ";").first.map(String.init) ?? ""
      if pair.hasPrefix("ale_session=") { cookie = pair }
    }
  }

  /// The value of the first `_csrf` hidden field of a page.
  static func token(in html: String) -> String? {
    guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
    let rest = html[range.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }
}

/// Registers for tests: the demo week in memory (or in a file, for accounts across apps).
enum TestRegister {
  static func demo() throws -> OfficeDatabase {
    let office = try OfficeDatabase.inMemory()
    try office.importScenario(Array((DemoScenario.json + "\n").utf8), by: "test")
    try DemoRegister.addContacts(to: office)
    return office
  }

  static let week = "2026-11-23"

  /// A quick configuration: loopback, a short plan, short login delays.
  static func configuration(host: String = "127.0.0.1", loginDelay: Double = 0.05) -> WebConfiguration {
    WebConfiguration(host: host, port: 0, planTimeLimit: 5, loginDelay: loginDelay, maximumLoginDelay: 1)
  }
}
