import Foundation

/// Turns a scenario document into a `Scenario`, reporting every problem at once.
///
/// Three passes: (1) each record is read on its own, type and range errors
/// reported at their JSON path; (2) ids are checked unique and references
/// resolved; (3) well-formed records that cannot take part are classified
/// (`Rejection`). Pinned assignments are checked against the rules after
/// this, by `PinCheck`, on the finished scenario.
struct ScenarioDecoder {
  /// The only format this decoder reads.
  static let format = "ale-scenario/1"
  /// Most windows on one request, or intervals in one worker's week: a guard against hostile input.
  static let maximumSpansPerRecord = 500

  let log = IssueLog()
  let defaultRules: RuleSet
  let defaultPolicy: Policy

  /// Decodes `bytes`; throws `ScenarioError` with every problem found.
  func decode(_ bytes: [UInt8]) throws(ScenarioError) -> Scenario {
    let document: JSONValue
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      throw ScenarioError(issues: [ScenarioIssue.notJSON(error, in: bytes)])
    }
    if let other = ScenarioError.otherFormat(document, expected: Self.format) { throw other }
    do { return try decode(document) } catch { throw error.namingRecords(in: document) }
  }

  /// Decodes a parsed scenario document.
  private func decode(_ document: JSONValue) throws(ScenarioError) -> Scenario {
    guard let root = ObjectReader(document, at: .root, log: log, allowed: [
      "format", "id", "weekStart", "rules", "policy", "agencies", "workers", "users", "requests", "history", "pinned",
    ]) else { throw ScenarioError(issues: log.issues) }

    if let format = root.string("format", nonEmpty: false), format != Self.format {
      log.add(.wrongFormat, at: "format", "\"\(format.prefix(40))\" is not \(Self.format)")
    }
    let id = root.string("id")
    let weekStart = root.day("weekStart")
    if let weekStart, weekStart.weekday != 1 {
      log.add(.notMonday, at: "weekStart", "\(weekStart) is not a Monday")
    }
    let rules = root.value("rules", required: false).map { RuleSet.decode($0, at: "rules", log: log, defaults: defaultRules) } ?? defaultRules
    let policy = root.value("policy", required: false).map { Policy.decode($0, at: "policy", log: log, defaults: defaultPolicy) } ?? defaultPolicy
    let effectivePolicy = policy ?? defaultPolicy
    let effectiveRules = rules ?? defaultRules

    let agencies = records(root, "agencies") { agency($0, $1, rules: effectiveRules) }
    let workers = records(root, "workers") { worker($0, $1, policy: effectivePolicy, rules: effectiveRules) }
    let users = records(root, "users") { user($0, $1) }
    let requests = records(root, "requests") { request($0, $1) }
    let history = records(root, "history", required: false) { reader, _ -> HistoryPair? in
      let worker = reader.string("worker")
      let user = reader.string("user")
      guard let worker, let user else { return nil }
      return HistoryPair(worker: Worker.ID(worker), user: User.ID(user))
    }
    let pinned = records(root, "pinned", required: false) { reader, _ -> Pin? in
      let request = reader.string("request")
      let worker = reader.string("worker")
      let date = reader.day("date")
      let start = reader.time("start", allowEndOfDay: false)
      guard let request, let worker, let date, let start else { return nil }
      return Pin(request: Request.ID(request), worker: Worker.ID(worker), date: date, start: start)
    }

    // Pass 2: unique ids, resolved references. References are checked as written, so that a
    // record with a problem of its own still has its references checked, and is no dangling target.
    let agencyIDs = uniqueIDs(agencies, "agencies", \.id.rawValue).union(writtenIDs(root, "agencies"))
    let workerIDs = uniqueIDs(workers, "workers", \.record.id.rawValue).union(writtenIDs(root, "workers"))
    let userIDs = uniqueIDs(users, "users", \.record.id.rawValue).union(writtenIDs(root, "users"))
    let requestIDs = uniqueIDs(requests, "requests", \.record.id.rawValue).union(writtenIDs(root, "requests"))
    for record in written(root, "workers") {
      reference(record, "agency", in: agencyIDs, kind: "agency")
    }
    for record in written(root, "users") {
      reference(record, "agency", in: agencyIDs, kind: "agency")
    }
    for record in written(root, "requests") {
      reference(record, "user", in: userIDs, kind: "user")
      references(record, "preferredWorkers", in: workerIDs, kind: "worker")
      references(record, "excludedWorkers", in: workerIDs, kind: "worker")
    }
    for record in written(root, "history") {
      reference(record, "worker", in: workerIDs, kind: "worker")
      reference(record, "user", in: userIDs, kind: "user")
    }
    for record in written(root, "pinned") {
      reference(record, "request", in: requestIDs, kind: "request")
      reference(record, "worker", in: workerIDs, kind: "worker")
    }
    var userByID: [String: User] = [:]
    for (record, _) in users {
      userByID[record.record.id.rawValue] = userByID[record.record.id.rawValue] ?? record.record
    }

    guard log.isEmpty, let id, let weekStart, let rules, let policy else { throw ScenarioError(issues: log.issues) }

    // Requests without a location take their user's.
    var finalRequests: [Request] = []
    for (entry, _) in requests {
      var request = entry.record
      if !entry.hasLocation, let user = userByID[request.user.rawValue] { request.location = user.location }
      finalRequests.append(request)
    }
    let finalWorkers = workers.map { $0.0.record }
    let finalUsers = users.map { $0.0.record }

    // Pass 3: classification.
    let rejected = RecordClassifier(rules: rules, policy: policy, weekStart: weekStart)
      .rejections(workers: finalWorkers, users: finalUsers, requests: finalRequests)

    return Scenario(
      id: id, weekStart: weekStart, rules: rules, policy: policy, agencies: agencies.map { $0.0 },
      workers: finalWorkers, users: finalUsers, requests: finalRequests,
      history: history.map { $0.0 }, pinned: pinned.map { $0.0 }, rejected: rejected)
  }

  // MARK: Pass 1 helpers

  private func records<T>(
    _ root: ObjectReader, _ key: String, required: Bool = true, _ build: (ObjectReader, JSONPath) -> T?
  ) -> [(T, JSONPath)] {
    guard let elements = root.array(key, required: required) else { return [] }
    return elements.compactMap { element in
      guard let reader = ObjectReader(element.value, at: element.path, log: log, allowed: Self.allowedKeys[key] ?? []) else { return nil }
      return build(reader, element.path).map { ($0, element.path) }
    }
  }

  static let allowedKeys: [String: [String]] = [
    "agencies": ["id", "name", "cheques", "phone", "address", "note"],
    "workers": [
      "id", "agency", "home", "birthDate", "ris", "unemployedSince", "jobSeekerSince", "activities", "availability",
      "maxDistanceKm", "maxHoursPerWeek", "worked",
    ] + Contact.keys,
    "users": ["id", "kind", "agency", "location"] + Contact.keys,
    "requests": [
      "id", "user", "activity", "hours", "windows", "workers", "priority", "preferredWorkers", "excludedWorkers",
      "location",
    ],
    "history": ["worker", "user"],
    "pinned": ["request", "worker", "date", "start"],
  ]

  private func agency(_ reader: ObjectReader, _ path: JSONPath, rules: RuleSet) -> Agency? {
    let id = reader.string("id")
    let name = reader.string("name")
    var codes: ChequeCodes?
    if let cheques = reader.object("cheques", required: false, allowed: ["default", "byActivity"]) {
      let defaultCode = cheques.string("default")
      var byActivity: [Activity.ID: String] = [:]
      if let object = cheques.value("byActivity", required: false) {
        if case .object(let members) = object {
          for member in members.members {
            guard case .string(let code) = member.value, !code.isEmpty else {
              log.add(.wrongType, at: cheques.path + "byActivity" + member.key, "expected a price code")
              continue
            }
            if rules.activity(Activity.ID(member.key)) == nil {
              log.add(.unknownReference, at: cheques.path + "byActivity" + member.key, "unknown activity \"\(member.key.prefix(40))\"")
            } else if rules.cheques.price(of: code) == nil {
              log.add(.unknownReference, at: cheques.path + "byActivity" + member.key, "no cheque price has code \"\(code.prefix(40))\"")
            }
            byActivity[Activity.ID(member.key)] = code
          }
        } else {
          log.add(.wrongType, at: cheques.path + "byActivity", "expected an object, got \(object.typeDescription)")
        }
      }
      if let defaultCode, rules.cheques.price(of: defaultCode) == nil {
        log.add(.unknownReference, at: cheques.path + "default", "no cheque price has code \"\(defaultCode.prefix(40))\"")
      }
      if let defaultCode { codes = ChequeCodes(defaultCode: defaultCode, byActivity: byActivity) }
    }
    let contact = self.contact(reader, readsName: false)
    guard let id, let name else { return nil }
    return Agency(id: Agency.ID(id), name: name, contact: contact, cheques: codes)
  }

  /// A decoded record plus whether optional fields were present.
  struct Decoded<Record> {
    var record: Record
    var hasLocation = true
  }

  private func worker(_ reader: ObjectReader, _ path: JSONPath, policy: Policy, rules: RuleSet) -> Decoded<Worker>? {
    let id = reader.string("id")
    let agency = reader.string("agency")
    let home = reader.point("home")
    let birth = reader.day("birthDate")
    let ris = reader.bool("ris", required: false)
    let since = reader.day("unemployedSince", required: false)
    let jobSeekerSince = reader.day("jobSeekerSince", required: false)
    if ris == nil && since == nil && !reader.has("ris") && !reader.has("unemployedSince") {
      log.add(.missing, at: path, "needs \"ris\" or \"unemployedSince\" (the eligibility basis)")
    }
    let activities = reader.strings("activities")
    if case .array(let written)? = reader.value("activities", required: false), written.count <= ObjectReader.maximumListLength {
      for (position, element) in written.enumerated() {
        guard case .string(let activity) = element, !activity.isEmpty, rules.activity(Activity.ID(activity)) == nil else { continue }
        log.add(.unknownReference, at: path + "activities" + position, "unknown activity \"\(activity.prefix(40))\"")
      }
    }
    let availability = spans(reader, "availability", allowEmptyDay: true)
    let maxDistance = reader.number("maxDistanceKm", required: false, in: 0...10_000)
    let maxWeek = reader.number("maxHoursPerWeek", required: false, in: 0...168)
    var worked: [WorkedMonth] = []
    var months = Set<Month>()
    for element in reader.array("worked", required: false) ?? [] {
      guard let entry = ObjectReader(element.value, at: element.path, log: log, allowed: ["month", "standard", "extended", "seasonal"]) else { continue }
      let month = entry.month("month")
      let standard = entry.number("standard", required: false, in: 0...10_000) ?? 0
      let extended = entry.number("extended", required: false, in: 0...10_000) ?? 0
      let seasonal = entry.number("seasonal", required: false, in: 0...10_000) ?? 0
      guard let month else { continue }
      guard months.insert(month).inserted else {
        log.add(.duplicateID, at: element.path + "month", "month \(month) appears more than once")
        continue
      }
      worked.append(WorkedMonth(month: month, standard: standard, extended: extended, seasonal: seasonal))
    }
    let contact = self.contact(reader)
    guard let id, let agency, let home, let birth, let activities, let availability else { return nil }
    return Decoded(record: Worker(
      id: Worker.ID(id), agency: Agency.ID(agency), home: home, birthDate: birth, ris: ris ?? false,
      unemployedSince: since, jobSeekerSince: jobSeekerSince, activities: activities.map { Activity.ID($0) },
      availability: availability, maxDistanceKm: maxDistance ?? policy.defaultMaxDistanceKm, maxHoursPerWeek: maxWeek,
      worked: worked.sorted { $0.month < $1.month }, contact: contact))
  }

  private func user(_ reader: ObjectReader, _ path: JSONPath) -> Decoded<User>? {
    let id = reader.string("id")
    let kind = reader.string("kind")
    let agency = reader.string("agency")
    let location = reader.point("location")
    let contact = self.contact(reader)
    guard let id, let kind, let agency, let location else { return nil }
    return Decoded(record: User(id: User.ID(id), kind: kind, agency: Agency.ID(agency), location: location, contact: contact))
  }

  private func request(_ reader: ObjectReader, _ path: JSONPath) -> Decoded<Request>? {
    let id = reader.string("id")
    let user = reader.string("user")
    let activity = reader.string("activity")
    let hours = reader.number("hours").flatMap { hours -> Double? in
      guard hours > 0, hours <= 24 else {
        log.add(.badValue, at: path + "hours", "\(JSONWriter.format(hours)) is not a duration (above 0, at most 24 hours)")
        return nil
      }
      return hours
    }
    let windows = spans(reader, "windows", allowEmptyDay: false)
    if let windows, windows.isEmpty {
      log.add(.badValue, at: path + "windows", "a request needs at least one window")
    }
    let seats = reader.integer("workers", required: false, in: 1...100) ?? 1
    let priority = reader.integer("priority", required: false, in: 1...5) ?? 1
    let preferred = reader.strings("preferredWorkers", required: false) ?? []
    let excluded = reader.strings("excludedWorkers", required: false) ?? []
    let location = reader.point("location", required: false)
    guard let id, let user, let activity, let hours, let windows else { return nil }
    return Decoded(
      record: Request(
        id: Request.ID(id), user: User.ID(user), activity: Activity.ID(activity),
        minutes: Int((hours * 60).rounded()), hours: hours, windows: windows, seats: seats, priority: priority,
        preferredWorkers: preferred.map { Worker.ID($0) }, excludedWorkers: excluded.map { Worker.ID($0) },
        location: location ?? GeoPoint(lat: 0, lon: 0)),
      hasLocation: location != nil)
  }

  /// The optional `name`, `phone`, `address` and `note` strings of a record (an agency's required `name` is read apart).
  private func contact(_ reader: ObjectReader, readsName: Bool = true) -> Contact {
    Contact(
      name: readsName ? reader.string("name", required: false) : nil, phone: reader.string("phone", required: false),
      address: reader.string("address", required: false), note: reader.string("note", required: false))
  }

  /// A list of `{date, from, to}` spans, `to` after `from`.
  private func spans(_ reader: ObjectReader, _ key: String, allowEmptyDay: Bool) -> [TimeSpan]? {
    guard let elements = reader.array(key, limit: Self.maximumSpansPerRecord) else { return nil }
    var result: [TimeSpan] = []
    var complete = true
    for element in elements {
      guard let span = ObjectReader(element.value, at: element.path, log: log, allowed: ["date", "from", "to"]) else {
        complete = false
        continue
      }
      let date = span.day("date")
      let from = span.time("from", allowEndOfDay: false)
      let to = span.time("to", allowEndOfDay: true)
      guard let date, let from, let to else {
        complete = false
        continue
      }
      guard from < to else {
        log.add(.badTime, at: element.path + "to", "\"\(to)\" is not after \"\(from)\"")
        complete = false
        continue
      }
      result.append(TimeSpan(date: date, from: from, to: to))
    }
    return complete ? result : nil
  }

  // MARK: Pass 2 helpers

  private func uniqueIDs<T>(_ records: [(T, JSONPath)], _ list: String, _ id: (T) -> String) -> Set<String> {
    var seen = Set<String>()
    for (record, path) in records where !seen.insert(id(record)).inserted {
      log.add(.duplicateID, at: path + "id", "id \"\(id(record).prefix(40))\" appears more than once in \(list)")
    }
    return seen
  }

  private func uniqueIDs<T>(_ records: [(T, JSONPath)], _ list: String, _ id: KeyPath<T, String>) -> Set<String> {
    uniqueIDs(records, list) { $0[keyPath: id] }
  }

  /// The objects of the list `key` as written, with their paths; pass 1 reported the rest.
  private func written(_ root: ObjectReader, _ key: String) -> [(object: JSONObject, path: JSONPath)] {
    guard case .array(let elements)? = root.object[key], elements.count <= ObjectReader.maximumListLength else { return [] }
    return elements.enumerated().compactMap { position, element in
      guard case .object(let object) = element else { return nil }
      return (object, root.path + key + position)
    }
  }

  /// Every string `id` written in the list `key`, also of records that could not be read.
  private func writtenIDs(_ root: ObjectReader, _ key: String) -> Set<String> {
    Set(written(root, key).compactMap { record -> String? in
      guard case .string(let id)? = record.object["id"] else { return nil }
      return id
    })
  }

  /// Checks the id written under `key` of a record (when it is a non-empty string).
  private func reference(_ record: (object: JSONObject, path: JSONPath), _ key: String, in ids: Set<String>, kind: String) {
    guard case .string(let id)? = record.object[key], !id.isEmpty else { return }
    reference(id, in: ids, at: record.path + key, kind: kind)
  }

  /// Checks the ids written in the list under `key` of a record (its non-empty strings).
  private func references(_ record: (object: JSONObject, path: JSONPath), _ key: String, in ids: Set<String>, kind: String) {
    guard case .array(let elements)? = record.object[key], elements.count <= ObjectReader.maximumListLength else { return }
    for (position, element) in elements.enumerated() {
      guard case .string(let id) = element, !id.isEmpty else { continue }
      reference(id, in: ids, at: record.path + key + position, kind: kind)
    }
  }

  private func reference(_ id: String, in ids: Set<String>, at path: JSONPath, kind: String) {
    if !ids.contains(id) { log.add(.unknownReference, at: path, "no \(kind) has id \"\(id.prefix(40))\"") }
  }
}
