import Foundation

/// One column of a study: how every scenario is solved, and what-if policy changes.
///
/// A run is (scenario, option set). The name goes into plan file names
/// (`<scenario>__<name>.json`) and the `options` column of the results, so
/// it is restricted to letters, digits, `.`, `-` and `_` (no `__`).
package struct BatchOptionSet: Hashable, Sendable {
  package var name: String
  /// `mip` or `greedy`; nil: `mip`.
  package var method: SolveOptions.Method?
  /// Seconds per run; nil: the batch's `--time-limit`.
  package var timeLimit: Double?
  /// Relative gap at which a component stops; nil: prove optimality.
  package var mipGap: Double?
  /// Members merged into the scenario's `policy` object before it is loaded
  /// (objects merge key by key, e.g. `objective.travel`), in the order given.
  package var policy: JSONObject

  package init(name: String, method: SolveOptions.Method? = nil, timeLimit: Double? = nil, mipGap: Double? = nil, policy: JSONObject = JSONObject()) {
    self.name = name
    self.method = method
    self.timeLimit = timeLimit
    self.mipGap = mipGap
    self.policy = policy
  }

  /// The option set used when none is given: the scenario as written, `mip`.
  package static let standard = BatchOptionSet(name: "default")

  /// Problems with the set's values, as `PATH: message` lines (empty when it is usable).
  func problems(at path: String) -> [String] {
    var found: [String] = []
    if !Self.isValidName(name) {
      found.append("\(path).name: \"\(name)\" must be letters, digits, '.', '-' or '_' (not \"__\"), at most 64")
    }
    if let timeLimit, !SolveOptions.timeLimitRange.contains(timeLimit) { found.append(SolveOptions.timeLimitProblem("\(path).timeLimit")) }
    if let mipGap, !(0...1).contains(mipGap) { found.append("\(path).mipGap: must be between 0 and 1") }
    for member in policy.members where !Policy.keys.contains(member.key) {
      found.append("\(path).policy.\(member.key): not a policy key (\(Policy.keys.joined(separator: ", ")))")
    }
    return found
  }

  static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.count <= 64 && !name.contains("__")
      && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_" }
  }

  /// Parses the command-line form `NAME=KEY=VALUE,KEY=VALUE,...`.
  ///
  /// Keys: `solver` (mip, greedy), `time-limit` (seconds), `mip-gap`, and any
  /// policy key, dotted for the objective weights (`defaultMaxDistanceKm=20`,
  /// `sameAgencyOnly=false`, `objective.travel=0.2`). A policy value is read
  /// as JSON (`20`, `false`); `NAME` alone or `NAME=` changes nothing.
  /// - Throws: `BatchError` naming the bad part.
  package static func parse(_ text: String) throws(BatchError) -> BatchOptionSet {
    let name: String
    let rest: Substring
    if let equals = text.firstIndex(of: "=") {
      name = String(text[..<equals])
      rest = text[text.index(after: equals)...]
    } else {
      name = text
      rest = ""
    }
    var set = BatchOptionSet(name: name)
    var problems: [String] = []
    for pair in rest.split(separator: ",") {
      guard let equals = pair.firstIndex(of: "=") else {
        problems.append("--options-set \(name): \"\(pair)\" is not KEY=VALUE")
        continue
      }
      let key = String(pair[..<equals])
      let value = String(pair[pair.index(after: equals)...])
      switch key {
      case "solver":
        if let method = SolveOptions.Method(rawValue: value) { set.method = method } else {
          problems.append("--options-set \(name): solver \"\(value)\" is not mip or greedy")
        }
      case "time-limit", "timeLimit":
        if let seconds = Double(value) { set.timeLimit = seconds } else { problems.append("--options-set \(name): time-limit \"\(value)\" is not a number") }
      case "mip-gap", "mipGap":
        if let gap = Double(value) { set.mipGap = gap } else { problems.append("--options-set \(name): mip-gap \"\(value)\" is not a number") }
      default:
        let path = key.hasPrefix("policy.") ? String(key.dropFirst("policy.".count)) : key
        guard let parsed = try? JSONParser.parse(Array(value.utf8)) else {
          problems.append("--options-set \(name): \(key) value \"\(value)\" is not JSON (a number, true, false or a quoted string)")
          continue
        }
        set.policy = set.policy.merging(path: path.split(separator: ".").map(String.init), parsed)
      }
    }
    problems += set.problems(at: "--options-set \(name)").map { $0.replacingOccurrences(of: "--options-set \(name).policy.", with: "--options-set \(name): ") }
    guard problems.isEmpty else { throw BatchError(problems: problems) }
    return set
  }
}

extension JSONObject {
  /// This object with `value` stored at the dotted `path` (replacing a member, creating objects on the way).
  func merging(path: [String], _ value: JSONValue) -> JSONObject {
    guard let key = path.first else { return self }
    var copy = self
    let index = copy.members.firstIndex { $0.key == key }
    let replacement: JSONValue
    if path.count == 1 {
      replacement = value
    } else {
      var inner = JSONObject()
      if let index, case .object(let existing) = copy.members[index].value { inner = existing }
      replacement = .object(inner.merging(path: Array(path.dropFirst()), value))
    }
    if let index { copy.members[index].value = replacement } else { copy.append(key, replacement) }
    return copy
  }

  /// This object with every member of `other` merged in (objects recursively).
  func merging(_ other: JSONObject) -> JSONObject {
    var result = self
    for member in other.members {
      if case .object(let inner) = member.value, let index = result.members.firstIndex(where: { $0.key == member.key }),
        case .object(let existing) = result.members[index].value
      {
        result.members[index].value = .object(existing.merging(inner))
      } else {
        result = result.merging(path: [member.key], member.value)
      }
    }
    return result
  }
}
