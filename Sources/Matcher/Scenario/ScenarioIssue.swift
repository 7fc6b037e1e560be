/// One problem of a scenario file that makes the whole scenario refused.
///
/// Printed as `path: message`, e.g. `requests[12].windows[0].from: "25:00" is not a time`.
public struct ScenarioIssue: Hashable, Sendable, Comparable, CustomStringConvertible {
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
  public static func < (lhs: ScenarioIssue, rhs: ScenarioIssue) -> Bool {
    (lhs.path, lhs.message) < (rhs.path, rhs.message)
  }
}

/// A refused scenario: every problem found, sorted by path.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
  public var issues: [ScenarioIssue]
  public init(issues: [ScenarioIssue]) { self.issues = issues.sorted() }
  /// One problem per line.
  public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// Collects issues while a document is walked, so decoding carries on after a problem.
final class IssueLog {
  private(set) var issues: [ScenarioIssue] = []

  func add(_ kind: ScenarioIssue.Kind, at path: JSONPath, _ message: String) {
    issues.append(ScenarioIssue(kind, at: path, message))
  }

  var isEmpty: Bool { issues.isEmpty }
}
