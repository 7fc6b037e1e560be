/// The `ale-scenario/1` document of a generated week, keys in formats.md's order.
///
/// Optional fields are written only when they say something (a worker's own
/// distance limit, a request's location when it is not the user's), so the
/// files stay small and read like an agency's export.
extension GeneratedWeek {
  var json: JSONValue {
    var root = JSONObject()
    root.append("format", .string(ScenarioDecoder.format))
    root.append("id", .string(id))
    root.append("weekStart", .string(weekStart.description))
    if !policyOverrides.members.isEmpty { root.append("policy", .object(policyOverrides)) }
    root.append("agencies", .array(agencies.map { ScenarioJSON.agency($0, catalog: BundledRules.rules.activities) }))
    root.append("workers", .array(workers.map { ScenarioJSON.worker($0.worker, maxDistance: $0.ownMaxDistance) }))
    root.append("users", .array(users.map(ScenarioJSON.user)))
    root.append("requests", .array(requests.indices.map { ScenarioJSON.request(requests[$0], location: writesLocation[$0]) }))
    root.append("history", .array(history.map(ScenarioJSON.pair)))
    root.append("pinned", .array(pinned.map(ScenarioJSON.pin)))
    return .object(root)
  }
}
