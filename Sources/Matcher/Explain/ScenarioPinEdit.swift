/// Adds or removes a pinned assignment in a scenario document, keeping every
/// other member as written (order included), for `match-cli pin`.
///
/// The document is edited as a `JSONValue` tree and re-serialized with
/// `JSONWriter`, then loaded again with `Scenario.load`: a pin that breaks a
/// rule is refused by the loader's own `PinCheck`, at `pinned[i]`.
package enum ScenarioPinEdit {
  /// The scenario with one more pin (appended to `pinned`, created if absent).
  /// - Throws: `ScenarioError` if the scenario is already refused, or refused with the pin
  ///   (every problem, the pin's at `pinned[i]`).
  package static func adding(
    request: Request.ID, worker: Worker.ID, date: Day, start: TimeOfDay, to bytes: [UInt8]
  ) throws(ScenarioError) -> (bytes: [UInt8], scenario: Scenario) {
    var root = try document(bytes)
    let pin = JSONValue.object(JSONObject([
      ("request", .string(request.rawValue)), ("worker", .string(worker.rawValue)),
      ("date", .string(date.description)), ("start", .string(start.description)),
    ]))
    if let index = root.members.firstIndex(where: { $0.key == "pinned" }) {
      guard case .array(var pins) = root.members[index].value else {
        throw ScenarioError(issues: [ScenarioIssue(.wrongType, at: "pinned", "is not an array")])
      }
      pins.append(pin)
      root.members[index].value = .array(pins)
    } else {
      root.append("pinned", .array([pin]))
    }
    let edited = JSONWriter.bytes(.object(root))
    return (edited, try Scenario.load(edited))
  }

  /// The scenario without the pins of `request` with `worker` (and `date`, `start` when given).
  /// - Throws: `ScenarioError` if the scenario is refused or no pin matches.
  package static func removing(
    request: Request.ID, worker: Worker.ID, date: Day?, start: TimeOfDay?, from bytes: [UInt8]
  ) throws(ScenarioError) -> (bytes: [UInt8], scenario: Scenario, removed: Int) {
    var root = try document(bytes)
    func matches(_ value: JSONValue) -> Bool {
      guard case .object(let pin) = value else { return false }
      return pin["request"] == .string(request.rawValue) && pin["worker"] == .string(worker.rawValue)
        && (date.map { pin["date"] == .string($0.description) } ?? true)
        && (start.map { pin["start"] == .string($0.description) } ?? true)
    }
    guard let index = root.members.firstIndex(where: { $0.key == "pinned" }), case .array(let pins) = root.members[index].value,
      pins.contains(where: matches)
    else {
      throw ScenarioError(issues: [ScenarioIssue(.badValue, at: "pinned", "no pin of \(request) with \(worker) to remove")])
    }
    let kept = pins.filter { !matches($0) }
    root.members[index].value = .array(kept)
    let edited = JSONWriter.bytes(.object(root))
    return (edited, try Scenario.load(edited), pins.count - kept.count)
  }

  /// The document's root object, after checking the scenario loads as it is.
  private static func document(_ bytes: [UInt8]) throws(ScenarioError) -> JSONObject {
    _ = try Scenario.load(bytes)
    guard case .object(let root)? = try? JSONParser.parse(bytes) else {
      throw ScenarioError(issues: [ScenarioIssue(.notJSON, at: .root, "not a JSON object")])
    }
    return root
  }
}
