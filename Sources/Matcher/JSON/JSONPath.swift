/// Where a value sits in a JSON document: `requests[12].windows[0].from`.
///
/// Paths name problems in error reports; they compare and sort by their
/// components, so that reports list problems in document order of keys.
public struct JSONPath: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// One step: an object key or an array index.
  public enum Component: Hashable, Sendable, Comparable {
    case index(Int)
    case key(String)
  }

  public var components: [Component]

  public init(_ components: [Component] = []) { self.components = components }

  /// Parses the dotted form (`a.b[2].c`, or `$` for the root); keys may not contain `.` or `[`.
  /// For literals in code only: a bracket that does not hold an index is a programming error.
  public init(stringLiteral value: String) {
    var components: [Component] = []
    if value == "$" {
      self.components = components
      return
    }
    for part in value.split(separator: ".", omittingEmptySubsequences: true) {
      var rest = Substring(part)
      if let bracket = rest.firstIndex(of: "[") {
        components.append(.key(String(rest[..<bracket])))
        rest = rest[bracket...]
        while rest.first == "[", let close = rest.firstIndex(of: "]") {
          let digits = rest[rest.index(after: rest.startIndex)..<close]
          guard let index = Int(digits) else { preconditionFailure("JSONPath literal \"\(value)\": [\(digits)] is not an index") }
          components.append(.index(index))
          rest = rest[rest.index(after: close)...]
        }
      } else {
        components.append(.key(String(rest)))
      }
    }
    self.components = components
  }

  /// The root of the document.
  public static let root = JSONPath()

  /// This path extended by an object key.
  public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
  /// This path extended by an array index.
  public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

  public static func + (path: JSONPath, key: String) -> JSONPath { path.appending(key) }
  public static func + (path: JSONPath, index: Int) -> JSONPath { path.appending(index) }

  /// `requests[12].windows[0].from`; the root prints as `$`.
  public var description: String {
    if components.isEmpty { return "$" }
    var text = ""
    for component in components {
      switch component {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }

  public static func < (lhs: JSONPath, rhs: JSONPath) -> Bool {
    lhs.components.lexicographicallyPrecedes(rhs.components)
  }
}
