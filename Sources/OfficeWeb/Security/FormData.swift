import Foundation
import Hummingbird

/// A decoded `application/x-www-form-urlencoded` body (or query): every field, in order, repeats kept.
struct FormData: Sendable {
  /// The fields in the order the browser sent them.
  var fields: [(name: String, value: String)]

  /// Parses `a=1&b=x+y`; `+` is a space, percent escapes are decoded, broken escapes are kept as typed.
  init(_ text: String) {
    fields = text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      func decode(_ s: Substring) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
      }
      return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
    }
  }

  /// The first value of `name`, trimmed; nil when absent.
  subscript(_ name: String) -> String? {
    fields.first { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }
  }

  /// Every value of `name` (check boxes), trimmed, empty ones dropped.
  func all(_ name: String) -> [String] {
    fields.filter { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
  }

  /// The form of a POST body (collected once; the request keeps it for the handler).
  static func body(of request: inout Request, context: some RequestContext) async throws -> FormData {
    let buffer = try await request.collectBody(upTo: context.maxUploadSize)
    return FormData(String(buffer: buffer))
  }

  /// The query string's fields.
  static func query(of request: Request) -> FormData { FormData(request.uri.query ?? "") }
}
