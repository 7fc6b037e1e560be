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
    root.append("agencies", .array(agencies.map(Self.json)))
    root.append("workers", .array(workers.map(Self.json)))
    root.append("users", .array(users.map(Self.json)))
    root.append("requests", .array(requests.indices.map { Self.json(requests[$0], location: writesLocation[$0]) }))
    root.append("history", .array(history.map { pair in
      .object(JSONObject([("worker", .string(pair.worker.rawValue)), ("user", .string(pair.user.rawValue))]))
    }))
    root.append("pinned", .array(pinned.map { pin in
      .object(JSONObject([
        ("request", .string(pin.request.rawValue)), ("worker", .string(pin.worker.rawValue)),
        ("date", .string(pin.date.description)), ("start", .string(pin.start.description)),
      ]))
    }))
    return .object(root)
  }

  private static func json(_ agency: Agency) -> JSONValue {
    var object = JSONObject([("id", .string(agency.id.rawValue)), ("name", .string(agency.name))])
    if let cheques = agency.cheques {
      var codes = JSONObject([("default", .string(cheques.defaultCode))])
      var byActivity = JSONObject()
      for activity in BundledRules.rules.activities {  // catalog order, not the dictionary's
        if let code = cheques.byActivity[activity.id] { byActivity.append(activity.id.rawValue, .string(code)) }
      }
      if !byActivity.members.isEmpty { codes.append("byActivity", .object(byActivity)) }
      object.append("cheques", .object(codes))
    }
    return .object(object)
  }

  private static func json(_ point: GeoPoint) -> JSONValue {
    .object(JSONObject([("lat", .number(point.lat)), ("lon", .number(point.lon))]))
  }

  private static func json(_ span: TimeSpan) -> JSONValue {
    .object(JSONObject([
      ("date", .string(span.date.description)), ("from", .string(span.from.description)), ("to", .string(span.to.description)),
    ]))
  }

  private static func json(_ generated: GeneratedWorker) -> JSONValue {
    let worker = generated.worker
    var object = JSONObject([
      ("id", .string(worker.id.rawValue)), ("agency", .string(worker.agency.rawValue)), ("home", json(worker.home)),
      ("birthDate", .string(worker.birthDate.description)), ("ris", .bool(worker.ris)),
    ])
    if let since = worker.unemployedSince { object.append("unemployedSince", .string(since.description)) }
    if let since = worker.jobSeekerSince { object.append("jobSeekerSince", .string(since.description)) }
    object.append("activities", .array(worker.activities.map { .string($0.rawValue) }))
    object.append("availability", .array(worker.availability.map(json)))
    if generated.ownMaxDistance { object.append("maxDistanceKm", .number(worker.maxDistanceKm)) }
    if let weekly = worker.maxHoursPerWeek { object.append("maxHoursPerWeek", .number(weekly)) }
    if !worker.worked.isEmpty {
      object.append("worked", .array(worker.worked.map { month in
        .object(JSONObject([
          ("month", .string(month.month.description)), ("standard", .number(month[.standard])),
          ("extended", .number(month[.extended])), ("seasonal", .number(month[.seasonal])),
        ]))
      }))
    }
    return .object(object)
  }

  private static func json(_ user: User) -> JSONValue {
    .object(JSONObject([
      ("id", .string(user.id.rawValue)), ("kind", .string(user.kind)), ("agency", .string(user.agency.rawValue)),
      ("location", json(user.location)),
    ]))
  }

  private static func json(_ request: Request, location: Bool) -> JSONValue {
    var object = JSONObject([
      ("id", .string(request.id.rawValue)), ("user", .string(request.user.rawValue)),
      ("activity", .string(request.activity.rawValue)), ("hours", .number(request.hours)),
      ("windows", .array(request.windows.map(json))), ("workers", .number(Double(request.seats))),
      ("priority", .number(Double(request.priority))),
    ])
    if !request.preferredWorkers.isEmpty {
      object.append("preferredWorkers", .array(request.preferredWorkers.map { .string($0.rawValue) }))
    }
    if !request.excludedWorkers.isEmpty {
      object.append("excludedWorkers", .array(request.excludedWorkers.map { .string($0.rawValue) }))
    }
    if location { object.append("location", json(request.location)) }
    return .object(object)
  }
}
