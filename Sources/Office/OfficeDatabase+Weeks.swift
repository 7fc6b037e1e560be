import GRDB
import Matcher

extension OfficeDatabase {
  /// Every week the register has planned, newest first.
  public func weeks() throws -> [WeekRecord] {
    try writer.read { db in try WeekRecord.order(WeekRecord.Columns.monday.desc).fetchAll(db) }
  }

  /// The week of `monday`, nil if never planned.
  public func week(monday: Day) throws -> WeekRecord? {
    try writer.read { db in try WeekRecord.fetchOne(db, key: monday.description) }
  }

  /// The week's draft plan and its scenario; nil if there is none.
  public func draftPlan(monday: Day) throws -> WeekPlan? {
    try writer.read { db in try weekPlan(monday, plan: .draftPlan, scenario: .draftScenario, db) }
  }

  /// The week's published plan and its scenario; nil if not published.
  public func publishedPlan(monday: Day) throws -> WeekPlan? {
    try writer.read { db in try weekPlan(monday, plan: .plan, scenario: .scenario, db) }
  }

  /// A stored document's bytes, nil if the week has none of that kind.
  func document(_ monday: Day, _ kind: WeekDocument.Kind, _ db: Database) throws -> [UInt8]? {
    try WeekDocument.fetchOne(db, key: ["weekMonday": monday.description, "kind": kind.rawValue])?.bytes()
  }

  /// Stores (or, with nil, removes) a week's document.
  func setDocument(_ monday: Day, _ kind: WeekDocument.Kind, _ bytes: [UInt8]?, _ db: Database) throws {
    if let bytes {
      try WeekDocument(monday: monday.description, kind: kind, bytes: bytes).save(db)
    } else {
      _ = try WeekDocument.deleteOne(db, key: ["weekMonday": monday.description, "kind": kind.rawValue])
    }
  }

  func weekPlan(_ monday: Day, plan: WeekDocument.Kind, scenario: WeekDocument.Kind, _ db: Database) throws -> WeekPlan? {
    guard let week = try WeekRecord.fetchOne(db, key: monday.description),
      let planBytes = try document(monday, plan, db), let scenarioBytes = try document(monday, scenario, db)
    else { return nil }
    do {
      return WeekPlan(
        monday: monday, state: week.state, plan: try Plan.decode(planBytes), scenario: try Scenario.load(scenarioBytes),
        planBytes: planBytes, scenarioBytes: scenarioBytes)
    } catch {
      throw OfficeError.invalid(["week \(week.monday): the stored plan or scenario no longer loads: \(error)"])
    }
  }

  /// Plans a week: export, solve (the same solver and validator as `match-cli plan`), store as the week's draft.
  ///
  /// The solve runs outside any transaction (it may take minutes; the web app
  /// calls this from a background task); the draft is then stored in one.
  /// With `keep`, the current draft (else the published plan) is kept as far
  /// as the week allows. A recorded week cannot be re-planned.
  /// - Throws: `OfficeError.invalid` for a week that is not a Monday, or has
  ///   no plannable request (none in the register, all outside it, or all
  ///   rejected); `.planFailedValidation` if the validator refuses the plan.
  public func planWeek(monday: Day, options: SolveOptions = SolveOptions(), keep: Bool = false, by: String) throws -> PlannedWeek {
    try Self.requireMonday(monday)
    let (exported, previous) = try writer.read { db -> (ExportedWeek, [UInt8]?) in
      let week = try WeekRecord.fetchOne(db, key: monday.description)
      if week?.state == .recorded { throw OfficeError.wrongState("week \(monday) is recorded: it cannot be planned again") }
      return (try exportWeek(monday: monday, db), keep ? try (document(monday, .draftPlan, db) ?? document(monday, .plan, db)) : nil)
    }
    let scenario = exported.scenario
    guard !scenario.plannableRequests.isEmpty else {
      let rejected = scenario.rejected.filter { $0.kind == .request }
      throw OfficeError.invalid([
        scenario.requests.isEmpty
          ? "week \(monday): no request falls in this week (one-off windows from \(monday) to \(monday.adding(days: 6)), or a recurring occurrence): nothing to plan"
          : "week \(monday): none of its \(scenario.requests.count) requests can be planned (\(rejected.map { "\($0.id): \($0.reason.rawValue)" }.joined(separator: ", ")))"
      ])
    }
    var options = options
    if let previous, let plan = try? Plan.decode(previous) {
      options.keep = plan.assignments.map {
        Choice(request: $0.request, worker: $0.worker, date: $0.date, start: $0.start.minutes, pinned: false)
      }
    }
    let report = Solver(options: options).solve(scenario)
    let violations = PlanValidator(scenario: scenario).violations(of: report.plan)
    guard violations.isEmpty else { throw OfficeError.planFailedValidation(violations.map(\.description)) }
    let planBytes = report.plan.jsonBytes
    try writer.write { db in
      var week = try WeekRecord.fetchOne(db, key: monday.description) ?? WeekRecord(monday: monday.description, state: .draft)
      if week.state == .recorded { throw OfficeError.wrongState("week \(monday) was recorded meanwhile: the new plan is not stored") }
      let old = try WeekDocument.exists(db, key: ["weekMonday": monday.description, "kind": WeekDocument.Kind.draftPlan.rawValue]) ? "draft" : nil
      week.plannedAt = AuditTrail.timestamp()
      try week.save(db)
      try setDocument(monday, .draftPlan, planBytes, db)
      try setDocument(monday, .draftScenario, exported.bytes, db)
      try replaceRows(monday: monday, version: .draft, plan: report.plan, db)
      let summary = "\(report.plan.status.rawValue), \(report.plan.assignments.count) assignments, coverage \(report.plan.summary.weightedCoverage)"
      try AuditTrail.note(db, by: by, action: "plan", entity: "week", id: monday.description, old: old, new: summary)
    }
    return PlannedWeek(
      week: WeekPlan(monday: monday, state: .draft, plan: report.plan, scenario: scenario, planBytes: planBytes, scenarioBytes: exported.bytes),
      report: report, approximate: exported.approximate)
  }

  func replaceRows(monday: Day, version: WeekAssignment.Version, plan: Plan, _ db: Database) throws {
    try WeekAssignment.filter(WeekAssignment.Columns.weekMonday == monday.description && WeekAssignment.Columns.version == version.rawValue).deleteAll(db)
    for a in plan.assignments {
      try WeekAssignment(
        weekMonday: monday.description, version: version, request: a.request.rawValue, worker: a.worker.rawValue, user: a.user.rawValue,
        activity: a.activity.rawValue, capClass: a.capClass.rawValue, date: a.date.description, start: a.start.description,
        end: a.end.description, hours: a.hours, distanceKm: a.distanceKm, travelCostEUR: a.travelCostEUR, pinned: a.pinned
      ).insert(db)
    }
  }

  /// Publishes the week's draft: it becomes the week's plan, and its hours enter the ledger as planned.
  /// - Throws: `OfficeError.wrongState` if there is no draft or the week is recorded.
  public func publishWeek(monday: Day, by: String) throws {
    try Self.requireMonday(monday)
    try writer.write { db in
      guard var week = try WeekRecord.fetchOne(db, key: monday.description), let draft = try document(monday, .draftPlan, db) else {
        throw OfficeError.wrongState("week \(monday) has no draft to publish (plan it first: match-cli office plan --week \(monday))")
      }
      if week.state == .recorded { throw OfficeError.wrongState("week \(monday) is recorded: it cannot be published again") }
      let plan: Plan
      do { plan = try Plan.decode(draft) } catch { throw OfficeError.invalid(["week \(monday): the draft no longer loads: \(error)"]) }
      let oldState = week.state
      week.state = .published
      week.publishedAt = AuditTrail.timestamp()
      try week.save(db)
      try setDocument(monday, .plan, draft, db)
      try setDocument(monday, .scenario, try document(monday, .draftScenario, db), db)
      try setDocument(monday, .draftPlan, nil, db)
      try setDocument(monday, .draftScenario, nil, db)
      try replaceRows(monday: monday, version: .published, plan: plan, db)
      try WeekAssignment.filter(WeekAssignment.Columns.weekMonday == monday.description && WeekAssignment.Columns.version == WeekAssignment.Version.draft.rawValue).deleteAll(db)
      try LedgerEntry.filter(LedgerEntry.Columns.weekMonday == monday.description).deleteAll(db)
      for a in plan.assignments {
        var entry = LedgerEntry(
          weekMonday: monday.description, request: a.request.rawValue, workerId: a.worker.rawValue, userId: a.user.rawValue,
          activity: a.activity.rawValue, capClass: a.capClass.rawValue, date: a.date.description, month: a.date.month.description,
          year: a.date.components.year, start: a.start.description, end: a.end.description, plannedHours: a.hours, hours: a.hours,
          state: .planned)
        try entry.insert(db)
      }
      try AuditTrail.note(db, by: by, action: "publish", entity: "week", id: monday.description, old: oldState.rawValue, new: "published, \(plan.assignments.count) assignments")
    }
  }
}
