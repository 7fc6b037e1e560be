/// A parsed JSON document that keeps object keys in their written order.
///
/// The scenario loader walks this tree itself (instead of `JSONDecoder`) so it
/// can carry on after a problem and report every problem of a file at once,
/// each with its JSON path. Objects keep duplicate keys so that the loader can
/// report them too.
package enum JSONValue: Sendable, Hashable {
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
package struct JSONObject: Sendable, Hashable {
  /// Key-value pairs in the order they were written or parsed.
  package var members: [(key: String, value: JSONValue)]

  package init(_ members: [(key: String, value: JSONValue)] = []) { self.members = members }

  /// The first value stored under `key`, if any.
  package subscript(key: String) -> JSONValue? {
    members.first(where: { $0.key == key })?.value
  }

  /// Appends a member; the writer prints members in this order.
  package mutating func append(_ key: String, _ value: JSONValue) {
    members.append((key, value))
  }

  package static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.members.count == rhs.members.count
      && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
  }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(members.count)
    for member in members {
      hasher.combine(member.key)
      hasher.combine(member.value)
    }
  }
}
