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
  /// Ids of the records the path goes through, by component position: so
  /// that a person reads `workers[1] (w-bruno)`, not only the 0-based index.
  public var recordIDs: [Int: String] = [:]
  /// Lines that show the place, for a person (a syntax error's line and a caret under its column).
  public var excerpt: [String] = []

  public init(_ kind: Kind, at path: JSONPath, _ message: String) {
    self.kind = kind
    self.path = path
    self.message = message
  }

  /// `path: message`, the stable form tests and logs compare.
  public var description: String { "\(path): \(message)" }

  /// The path with the id of every record it goes through: `workers[1] (w-bruno).availabilty`.
  public var locatedPath: String {
    guard !recordIDs.isEmpty, !path.components.isEmpty else { return path.description }
    var text = ""
    for (position, component) in path.components.enumerated() {
      switch component {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let index): text += "[\(index)]"
      }
      if let id = recordIDs[position] { text += " (\(id))" }
    }
    return text
  }

  /// What a person reads: `workers[1] (w-bruno).availabilty: unknown key …`.
  public var located: String { "\(locatedPath): \(message)" }

  /// A syntax error of `bytes`, with the offending line and a caret under its column.
  static func notJSON(_ error: JSONSyntaxError, in bytes: [UInt8]) -> DocumentIssue {
    var issue = DocumentIssue(.notJSON, at: .root, "not JSON: \(error.description)")
    issue.excerpt = error.excerpt(of: bytes)
    return issue
  }

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
  /// The error of these problems (sorted by the initialiser).
  init(issues: [DocumentIssue])
}

extension DocumentError {
  /// One problem per line.
  public var description: String { issues.map(\.description).joined(separator: "\n") }
}

extension DocumentError {
  /// The same issues, each told the ids of the records its path goes
  /// through in `document` (an array element that is an object with a string `id`).
  func namingRecords(in document: JSONValue) -> Self {
    var issues = self.issues
    for index in issues.indices {
      var value: JSONValue? = document
      for (position, component) in issues[index].path.components.enumerated() {
        switch (component, value) {
        case (.key(let key), .object(let object)?): value = object[key]
        case (.index(let element), .array(let elements)?) where elements.indices.contains(element):
          value = elements[element]
          if case .object(let record) = elements[element], case .string(let id)? = record["id"], !id.isEmpty {
            issues[index].recordIDs[position] = String(id.prefix(60))
          }
        default: value = nil
        }
      }
    }
    return Self(issues: issues)
  }

  /// The one issue when a document of the other format was given: a plan
  /// where a scenario is expected, or the other way round. nil otherwise.
  static func otherFormat(_ document: JSONValue, expected: String) -> Self? {
    guard case .object(let object) = document, case .string(let format)? = object["format"], format != expected else { return nil }
    let names = ["ale-plan/1": "a plan", "ale-scenario/1": "a scenario"]
    guard let given = names[format], let wanted = names[expected] else { return nil }
    return Self(issues: [DocumentIssue(.wrongFormat, at: "format", "this file is \(given) (\(format)), not \(wanted) (\(expected)): give \(wanted) here")])
  }
}
