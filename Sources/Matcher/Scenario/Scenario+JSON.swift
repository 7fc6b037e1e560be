/// The `ale-scenario/1` document of a scenario, every field, keys in formats.md's order.
///
/// A `Scenario` holds its rules and policy resolved (defaults merged in), so
/// the writer takes the overrides to write as they were given (`rules`,
/// `policy`: top-level keys replacing the defaults whole); with none, the
/// document plans under the bundled defaults. Records are written in their
/// order; optional fields only when set; each worker's distance limit and
/// each request's location always (they are resolved values). Loading the
/// document back gives the same scenario.
extension Scenario {
  /// The document as a JSON tree.
  package func json(rules: JSONObject = JSONObject(), policy: JSONObject = JSONObject()) -> JSONValue {
    var root = JSONObject()
    root.append("format", .string(ScenarioDecoder.format))
    root.append("id", .string(id))
    root.append("weekStart", .string(weekStart.description))
    if !rules.members.isEmpty { root.append("rules", .object(rules)) }
    if !policy.members.isEmpty { root.append("policy", .object(policy)) }
    root.append("agencies", .array(agencies.map { ScenarioJSON.agency($0, catalog: self.rules.activities) }))
    root.append("workers", .array(workers.map { ScenarioJSON.worker($0) }))
    root.append("users", .array(users.map(ScenarioJSON.user)))
    root.append("requests", .array(requests.map { ScenarioJSON.request($0) }))
    root.append("history", .array(history.map(ScenarioJSON.pair)))
    root.append("pinned", .array(pinned.map(ScenarioJSON.pin)))
    return .object(root)
  }

  /// The document as bytes (`JSONWriter`: the same scenario gives the same bytes).
  package func jsonBytes(rules: JSONObject = JSONObject(), policy: JSONObject = JSONObject()) -> [UInt8] {
    JSONWriter.bytes(json(rules: rules, policy: policy))
  }
}

/// The record writers of `Scenario.json` (and of the generator's weeks, which leave out resolved defaults).
enum ScenarioJSON {
  static func agency(_ agency: Agency, catalog: [Activity]) -> JSONValue {
    var object = JSONObject([("id", .string(agency.id.rawValue)), ("name", .string(agency.name))])
    contact(agency.contact, into: &object, name: false)
    if let cheques = agency.cheques {
      var codes = JSONObject([("default", .string(cheques.defaultCode))])
      var byActivity = JSONObject()
      let known = Set(catalog.map(\.id))
      // Catalog order first, then codes of activities the catalog lacks, by id: never the dictionary's order.
      for activity in catalog.map(\.id) + cheques.byActivity.keys.filter({ !known.contains($0) }).sorted() {
        if let code = cheques.byActivity[activity] { byActivity.append(activity.rawValue, .string(code)) }
      }
      if !byActivity.members.isEmpty { codes.append("byActivity", .object(byActivity)) }
      object.append("cheques", .object(codes))
    }
    return .object(object)
  }

  /// A worker; `maxDistance: false` leaves out a distance limit that is only the policy's default.
  static func worker(_ worker: Worker, maxDistance: Bool = true) -> JSONValue {
    var object = JSONObject([
      ("id", .string(worker.id.rawValue)), ("agency", .string(worker.agency.rawValue)), ("home", point(worker.home)),
      ("birthDate", .string(worker.birthDate.description)), ("ris", .bool(worker.ris)),
    ])
    if let since = worker.unemployedSince { object.append("unemployedSince", .string(since.description)) }
    if let since = worker.jobSeekerSince { object.append("jobSeekerSince", .string(since.description)) }
    object.append("activities", .array(worker.activities.map { .string($0.rawValue) }))
    object.append("availability", .array(worker.availability.map(span)))
    if maxDistance { object.append("maxDistanceKm", .number(worker.maxDistanceKm)) }
    if let weekly = worker.maxHoursPerWeek { object.append("maxHoursPerWeek", .number(weekly)) }
    if !worker.worked.isEmpty {
      object.append("worked", .array(worker.worked.map { month in
        .object(JSONObject([
          ("month", .string(month.month.description)), ("standard", .number(month[.standard])),
          ("extended", .number(month[.extended])), ("seasonal", .number(month[.seasonal])),
        ]))
      }))
    }
    contact(worker.contact, into: &object, name: true)
    return .object(object)
  }

  static func user(_ user: User) -> JSONValue {
    var object = JSONObject([
      ("id", .string(user.id.rawValue)), ("kind", .string(user.kind)), ("agency", .string(user.agency.rawValue)),
      ("location", point(user.location)),
    ])
    contact(user.contact, into: &object, name: true)
    return .object(object)
  }

  /// A request; `location: false` leaves out a location that is only the user's.
  static func request(_ request: Request, location: Bool = true) -> JSONValue {
    var object = JSONObject([
      ("id", .string(request.id.rawValue)), ("user", .string(request.user.rawValue)),
      ("activity", .string(request.activity.rawValue)), ("hours", .number(request.hours)),
      ("windows", .array(request.windows.map(span))), ("workers", .number(Double(request.seats))),
      ("priority", .number(Double(request.priority))),
    ])
    if !request.preferredWorkers.isEmpty {
      object.append("preferredWorkers", .array(request.preferredWorkers.map { .string($0.rawValue) }))
    }
    if !request.excludedWorkers.isEmpty {
      object.append("excludedWorkers", .array(request.excludedWorkers.map { .string($0.rawValue) }))
    }
    if location { object.append("location", point(request.location)) }
    return .object(object)
  }

  static func pair(_ pair: HistoryPair) -> JSONValue {
    .object(JSONObject([("worker", .string(pair.worker.rawValue)), ("user", .string(pair.user.rawValue))]))
  }

  static func pin(_ pin: Pin) -> JSONValue {
    .object(JSONObject([
      ("request", .string(pin.request.rawValue)), ("worker", .string(pin.worker.rawValue)),
      ("date", .string(pin.date.description)), ("start", .string(pin.start.description)),
    ]))
  }

  static func contact(_ contact: Contact, into object: inout JSONObject, name: Bool) {
    if name, let text = contact.name { object.append("name", .string(text)) }
    if let text = contact.phone { object.append("phone", .string(text)) }
    if let text = contact.address { object.append("address", .string(text)) }
    if let text = contact.note { object.append("note", .string(text)) }
  }

  static func point(_ point: GeoPoint) -> JSONValue {
    .object(JSONObject([("lat", .number(point.lat)), ("lon", .number(point.lon))]))
  }

  static func span(_ span: TimeSpan) -> JSONValue {
    .object(JSONObject([
      ("date", .string(span.date.description)), ("from", .string(span.from.description)), ("to", .string(span.to.description)),
    ]))
  }
}
