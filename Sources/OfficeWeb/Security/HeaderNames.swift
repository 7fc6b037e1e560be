import HTTPTypes

extension HTTPField.Name {
  /// The header the page's scripts may send the CSRF token in.
  static let csrfToken = HTTPField.Name.known("X-CSRF-Token")
  static let contentTypeOptions = HTTPField.Name.known("X-Content-Type-Options")
  static let referrerPolicy = HTTPField.Name.known("Referrer-Policy")

  /// A header name written in this file (valid by construction; a typo stops the app at start, in every test).
  private static func known(_ name: String) -> HTTPField.Name {
    guard let field = HTTPField.Name(name) else { preconditionFailure("invalid header name \(name)") }
    return field
  }
}
