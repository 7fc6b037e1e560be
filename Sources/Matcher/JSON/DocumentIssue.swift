/// One problem of an input document (scenario, plan, rules) that makes the whole document refused.
///
/// Printed as `path: message`, e.g. `requests[12].windows[0].from: "25:00" is not a time`.
public struct DocumentIssue: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The kinds of bad input of formats.md, "What bad input gets".
  public enum Kind: String, Hashable, Sendable {
    case notJSON, wrongFormat, wrongType, unknownKey, duplicateKey, missing, duplicateID
    case unknownReference, notMonday, badDate, badTime, badValue, tooLarge, pinBreaksRule
  }

  public var path: JSONPath
  public var kind: Kind
  public var message: String

  public init(_ kind: Kind, at path: JSONPath, _ message: String) {
    self.kind = kind
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }

  /// By path, then message: the order of the report.
  public static func < (lhs: DocumentIssue, rhs: DocumentIssue) -> Bool {
    (lhs.path, lhs.message) < (rhs.path, rhs.message)
  }
}

/// Collects issues while a document is walked, so decoding carries on after a problem.
final class IssueLog {
  private(set) var issues: [DocumentIssue] = []

  func add(_ kind: DocumentIssue.Kind, at path: JSONPath, _ message: String) {
    issues.append(DocumentIssue(kind, at: path, message))
  }

  var isEmpty: Bool { issues.isEmpty }
}

/// A refused document: every problem found, sorted by path.
public protocol DocumentError: Error, CustomStringConvertible {
  /// The problems, sorted by path then message.
  var issues: [DocumentIssue] { get }
}

extension DocumentError {
  /// One problem per line.
  public var description: String { issues.map(\.description).joined(separator: "\n") }
}
