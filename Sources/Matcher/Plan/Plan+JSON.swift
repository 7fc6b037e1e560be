extension Plan {
  /// The plan as a JSON tree, keys in formats.md's order.
  package var json: JSONValue {
    func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
    func object(_ members: [(String, JSONValue)]) -> JSONValue { .object(JSONObject(members.map { (key: $0.0, value: $0.1) })) }
    return object([
      ("format", .string(Plan.format)),
      ("scenario", .string(scenario)),
      ("weekStart", .string(weekStart.description)),
      ("status", .string(status.rawValue)),
      ("solver", object([
        ("method", .string(solver.method)),
        ("components", .number(Double(solver.components))),
        ("objective", number(solver.objective)),
        ("bound", number(solver.bound)),
        ("gap", number(solver.gap)),
      ] + (solver.coverageBound.map { [("coverageBound", JSONValue.number($0))] } ?? []) + [
        ("seconds", .number(solver.seconds)),
        ("timeLimitHit", .bool(solver.timeLimitHit)),
      ])),
      ("assignments", .array(assignments.map { a in
        object([
          ("request", .string(a.request.rawValue)),
          ("worker", .string(a.worker.rawValue)),
          ("user", .string(a.user.rawValue)),
          ("activity", .string(a.activity.rawValue)),
          ("capClass", .string(a.capClass.rawValue)),
          ("date", .string(a.date.description)),
          ("start", .string(a.start.description)),
          ("end", .string(a.end.description)),
          ("hours", .number(a.hours)),
          ("distanceKm", .number(a.distanceKm)),
          ("travelCostEUR", .number(a.travelCostEUR)),
          ("pinned", .bool(a.pinned)),
        ])
      })),
      ("unassigned", .array(unassigned.map { u in
        object([
          ("request", .string(u.request.rawValue)),
          ("seatsMissing", .number(Double(u.seatsMissing))),
          ("reasons", .array(u.reasons.map { .string($0.rawValue) })),
        ])
      })),
      ("rejected", .array(rejected.map { r in
        object([
          ("kind", .string(r.kind.rawValue)),
          ("id", .string(r.id)),
          ("reason", .string(r.reason.rawValue)),
          ("message", .string(r.message)),
        ])
      })),
      ("workers", .array(workers.map { w in
        object([
          ("id", .string(w.id.rawValue)),
          ("plannedHours", .number(w.plannedHours)),
          ("months", .array(w.months.map { m in
            object([
              ("month", .string(m.month.description)),
              ("standard", .number(m.standard)),
              ("extended", .number(m.extended)),
              ("seasonal", .number(m.seasonal)),
            ])
          })),
          ("yearHours", .array(w.yearHours.map { y in
            object([("year", .number(Double(y.year))), ("hours", .number(y.hours))])
          })),
        ])
      })),
      ("summary", object([
        ("requests", .number(Double(summary.requests))),
        ("seats", .number(Double(summary.seats))),
        ("requestedHours", .number(summary.requestedHours)),
        ("coveredHours", .number(summary.coveredHours)),
        ("weightedCoverage", .number(summary.weightedCoverage)),
        ("travelCostEUR", .number(summary.travelCostEUR)),
        ("continuityAssignments", .number(Double(summary.continuityAssignments))),
      ])),
    ])
  }

  /// The plan's bytes: same plan, same bytes.
  public var jsonBytes: [UInt8] { JSONWriter.bytes(json) }

  /// Reads a plan written by this or another program.
  /// - Throws: `PlanError` listing every problem with its JSON path.
  public static func decode(_ bytes: [UInt8]) throws(PlanError) -> Plan {
    let document: JSONValue
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      throw PlanError(issues: [DocumentIssue.notJSON(error, in: bytes)])
    }
    if let other = PlanError.otherFormat(document, expected: format) { throw other }
    do { return try decode(document) } catch { throw error.namingRecords(in: document) }
  }

  /// Reads a parsed plan document.
  private static func decode(_ document: JSONValue) throws(PlanError) -> Plan {
    let log = IssueLog()
    guard let root = ObjectReader(document, at: .root, log: log, allowed: [
      "format", "scenario", "weekStart", "status", "solver", "assignments", "unassigned", "rejected", "workers", "summary",
    ]) else { throw PlanError(issues: log.issues) }
    if let format = root.string("format", nonEmpty: false), format != Plan.format {
      log.add(.wrongFormat, at: "format", "\"\(format.prefix(40))\" is not \(Plan.format)")
    }
    let scenario = root.string("scenario")
    let weekStart = root.day("weekStart")
    let status = root.string("status").flatMap { text -> Status? in
      guard let status = Status(rawValue: text) else {
        log.add(.badValue, at: "status", "\"\(text.prefix(40))\" is not optimal, feasible or heuristic")
        return nil
      }
      return status
    }
    let solver = root.object("solver", allowed: ["method", "components", "objective", "bound", "gap", "coverageBound", "seconds", "timeLimitHit"]).flatMap { s -> SolverInfo? in
      let method = s.string("method")
      let components = s.integer("components", in: 0...Int(Int32.max))
      let objective = s.number("objective", required: false)
      let bound = s.number("bound", required: false)
      let gap = s.number("gap", required: false)
      let coverageBound = s.number("coverageBound", required: false, in: 0...1)
      let seconds = s.number("seconds", in: 0...1e9)
      let hit = s.bool("timeLimitHit")
      guard let method, let components, let seconds, let hit else { return nil }
      return SolverInfo(
        method: method, components: components, objective: objective, bound: bound, gap: gap, coverageBound: coverageBound,
        seconds: seconds, timeLimitHit: hit)
    }
    let assignments = (root.array("assignments") ?? []).compactMap { element -> Assignment? in
      guard let a = ObjectReader(element.value, at: element.path, log: log, allowed: [
        "request", "worker", "user", "activity", "capClass", "date", "start", "end", "hours", "distanceKm", "travelCostEUR", "pinned",
      ]) else { return nil }
      let request = a.string("request")
      let worker = a.string("worker")
      let user = a.string("user")
      let activity = a.string("activity")
      let capClass = a.capClass("capClass")
      let date = a.day("date")
      let start = a.time("start", allowEndOfDay: false)
      let end = a.time("end", allowEndOfDay: true)
      let hours = a.number("hours", in: 0...24)
      let distance = a.number("distanceKm", in: 0...100_000)
      let travel = a.number("travelCostEUR", in: 0...1e9)
      let pinned = a.bool("pinned")
      guard let request, let worker, let user, let activity, let capClass, let date, let start, let end, let hours, let distance, let travel, let pinned else { return nil }
      return Assignment(
        request: Request.ID(request), worker: Worker.ID(worker), user: User.ID(user), activity: Activity.ID(activity),
        capClass: capClass, date: date, start: start, end: end, hours: hours, distanceKm: distance, travelCostEUR: travel, pinned: pinned)
    }
    let unassigned = (root.array("unassigned") ?? []).compactMap { element -> Unassigned? in
      guard let u = ObjectReader(element.value, at: element.path, log: log, allowed: ["request", "seatsMissing", "reasons"]) else { return nil }
      let request = u.string("request")
      let missing = u.integer("seatsMissing", in: 0...Int(Int32.max))
      var reasons: [UnassignedReason]? = []
      for (position, code) in (u.strings("reasons") ?? []).enumerated() {
        guard let reason = UnassignedReason(rawValue: code) else {
          log.add(.badValue, at: u.path + "reasons" + position, "\"\(code.prefix(40))\" is not a reason code")
          reasons = nil
          continue
        }
        reasons?.append(reason)
      }
      guard let request, let missing, let reasons else { return nil }
      return Unassigned(request: Request.ID(request), seatsMissing: missing, reasons: reasons)
    }
    let rejected = (root.array("rejected") ?? []).compactMap { element -> Rejection? in
      guard let r = ObjectReader(element.value, at: element.path, log: log, allowed: ["kind", "id", "reason", "message"]) else { return nil }
      let kind = r.string("kind").flatMap { text -> Rejection.Kind? in
        guard let kind = Rejection.Kind(rawValue: text) else {
          log.add(.badValue, at: r.path + "kind", "\"\(text.prefix(40))\" is not worker or request")
          return nil
        }
        return kind
      }
      let id = r.string("id")
      let reason = r.string("reason").flatMap { text -> RejectionReason? in
        guard let reason = RejectionReason(rawValue: text) else {
          log.add(.badValue, at: r.path + "reason", "\"\(text.prefix(40))\" is not a rejection code")
          return nil
        }
        return reason
      }
      let message = r.string("message", nonEmpty: false)
      guard let kind, let id, let reason, let message else { return nil }
      return Rejection(kind: kind, id: id, reason: reason, message: message)
    }
    let workers = (root.array("workers") ?? []).compactMap { element -> WorkerTotals? in
      guard let w = ObjectReader(element.value, at: element.path, log: log, allowed: ["id", "plannedHours", "months", "yearHours"]) else { return nil }
      let id = w.string("id")
      let planned = w.number("plannedHours", in: 0...1e6)
      let months = (w.array("months") ?? []).compactMap { element -> MonthTotals? in
        guard let m = ObjectReader(element.value, at: element.path, log: log, allowed: ["month", "standard", "extended", "seasonal"]) else { return nil }
        let month = m.month("month")
        let standard = m.number("standard", in: 0...1e6)
        let extended = m.number("extended", in: 0...1e6)
        let seasonal = m.number("seasonal", in: 0...1e6)
        guard let month, let standard, let extended, let seasonal else { return nil }
        return MonthTotals(month: month, standard: standard, extended: extended, seasonal: seasonal)
      }
      let years = (w.array("yearHours") ?? []).compactMap { element -> YearTotal? in
        guard let y = ObjectReader(element.value, at: element.path, log: log, allowed: ["year", "hours"]) else { return nil }
        let year = y.integer("year", in: 1...9999)
        let hours = y.number("hours", in: 0...1e6)
        guard let year, let hours else { return nil }
        return YearTotal(year: year, hours: hours)
      }
      guard let id, let planned else { return nil }
      return WorkerTotals(id: Worker.ID(id), plannedHours: planned, months: months, yearHours: years)
    }
    let summary = root.object("summary", allowed: [
      "requests", "seats", "requestedHours", "coveredHours", "weightedCoverage", "travelCostEUR", "continuityAssignments",
    ]).flatMap { s -> Summary? in
      let requests = s.integer("requests", in: 0...Int(Int32.max))
      let seats = s.integer("seats", in: 0...Int(Int32.max))
      let requested = s.number("requestedHours", in: 0...1e9)
      let covered = s.number("coveredHours", in: 0...1e9)
      let coverage = s.number("weightedCoverage", in: 0...1)
      let travel = s.number("travelCostEUR", in: 0...1e12)
      let continuity = s.integer("continuityAssignments", in: 0...Int(Int32.max))
      guard let requests, let seats, let requested, let covered, let coverage, let travel, let continuity else { return nil }
      return Summary(requests: requests, seats: seats, requestedHours: requested, coveredHours: covered, weightedCoverage: coverage, travelCostEUR: travel, continuityAssignments: continuity)
    }
    guard log.isEmpty, let scenario, let weekStart, let status, let solver, let summary else { throw PlanError(issues: log.issues) }
    return Plan(
      scenario: scenario, weekStart: weekStart, status: status, solver: solver, assignments: assignments,
      unassigned: unassigned, rejected: rejected, workers: workers, summary: summary)
  }
}
