/// A parsed JSON document that keeps object keys in their written order.
///
/// The scenario loader walks this tree itself (instead of `JSONDecoder`) so it
/// can carry on after a problem and report every problem of a file at once,
/// each with its JSON path. Objects keep duplicate keys so that the loader can
/// report them too.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// The JSON type name used in error messages ("a string", "an array", ...).
  var typeDescription: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

/// An ordered JSON object: keys in document order, duplicates kept.
public struct JSONObject: Sendable, Hashable {
  /// Key-value pairs in the order they were written or parsed.
  public var members: [(key: String, value: JSONValue)]

  public init(_ members: [(key: String, value: JSONValue)] = []) { self.members = members }

  /// The first value stored under `key`, if any.
  public subscript(key: String) -> JSONValue? {
    members.first(where: { $0.key == key })?.value
  }

  /// Appends a member; the writer prints members in this order.
  public mutating func append(_ key: String, _ value: JSONValue) {
    members.append((key, value))
  }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.members.count == rhs.members.count
      && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(members.count)
    for member in members {
      hasher.combine(member.key)
      hasher.combine(member.value)
    }
  }
}
