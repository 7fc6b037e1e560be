import GRDB

/// The register's migrations, each registered once and never edited after release.
///
/// Version 1 is the schema of docs/office.md. Later versions add migrations
/// below it; `DatabaseMigrator` runs those a file lacks, so a file made by an
/// earlier `match-cli` opens in a later one (the committed v1 fixture tests it).
enum OfficeSchema {
  /// The migrator of every version, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1", migrate: version1)
    migrator.registerMigration("v2-deflated-documents", migrate: version2)
    return migrator
  }

  /// Identifiers of the migrations this program knows, oldest first.
  static var versions: [String] { migrator.migrations }

  private static func contactColumns(_ table: TableDefinition) {
    table.column("name", .text)
    table.column("phone", .text)
    table.column("street", .text)
    table.column("postcode", .text)
    table.column("commune", .text)
    table.column("note", .text)
  }

  // swiftlint:disable:next function_body_length
  private static func version1(_ db: Database) throws {
    try db.create(table: "agency") { t in
      t.primaryKey("id", .text)
      contactColumns(t)
      t.column("chequeDefault", .text)
      t.column("chequeByActivity", .text).notNull().defaults(to: "{}")
    }
    try db.create(table: "worker") { t in
      t.primaryKey("id", .text)
      t.belongsTo("agency", onDelete: .restrict).notNull()
      contactColumns(t)
      t.column("lat", .double)
      t.column("lon", .double)
      t.column("birthDate", .text).notNull()
      t.column("ris", .boolean).notNull().defaults(to: false)
      t.column("cpas", .text)
      t.column("unemployedSince", .text)
      t.column("jobSeekerSince", .text)
      t.column("activities", .text).notNull().defaults(to: "[]")
      t.column("maxDistanceKm", .double)
      t.column("maxHoursPerWeek", .double)
      t.column("archived", .boolean).notNull().defaults(to: false)
    }
    try db.create(table: "workerSlot") { t in
      t.autoIncrementedPrimaryKey("id")
      t.belongsTo("worker", onDelete: .cascade).notNull()
      t.column("weekday", .integer).notNull().check { (1...7).contains($0) }
      t.column("from", .text).notNull()
      t.column("to", .text).notNull()
    }
    try db.create(table: "workerAbsence") { t in
      t.autoIncrementedPrimaryKey("id")
      t.belongsTo("worker", onDelete: .cascade).notNull()
      t.column("first", .text).notNull()
      t.column("last", .text).notNull()
      t.column("note", .text)
    }
    try db.create(table: "workerExtra") { t in
      t.autoIncrementedPrimaryKey("id")
      t.belongsTo("worker", onDelete: .cascade).notNull()
      t.column("date", .text).notNull().indexed()
      t.column("from", .text).notNull()
      t.column("to", .text).notNull()
    }
    try db.create(table: "user") { t in
      t.primaryKey("id", .text)
      t.belongsTo("agency", onDelete: .restrict).notNull()
      t.column("kind", .text).notNull()
      contactColumns(t)
      t.column("lat", .double)
      t.column("lon", .double)
      t.column("archived", .boolean).notNull().defaults(to: false)
    }
    try db.create(table: "userActivity") { t in
      t.belongsTo("user", onDelete: .cascade).notNull()
      t.column("activity", .text).notNull()
      t.column("authorisation", .text)
      t.column("chequeCode", .text)
      t.primaryKey(["userId", "activity"])
    }
    try db.create(table: "request") { t in
      t.primaryKey("id", .text)
      t.belongsTo("user", onDelete: .restrict).notNull()
      t.column("activity", .text).notNull()
      t.column("hours", .double).notNull()
      t.column("seats", .integer).notNull().defaults(to: 1)
      t.column("priority", .integer).notNull().defaults(to: 1)
      t.column("lat", .double)
      t.column("lon", .double)
      t.column("preferredWorkers", .text).notNull().defaults(to: "[]")
      t.column("excludedWorkers", .text).notNull().defaults(to: "[]")
      t.column("rrule", .text)
      t.column("dtstart", .text)
      t.column("from", .text)
      t.column("to", .text)
      t.column("note", .text)
      t.column("archived", .boolean).notNull().defaults(to: false)
    }
    try db.create(table: "requestWindow") { t in
      t.autoIncrementedPrimaryKey("id")
      t.belongsTo("request", onDelete: .cascade).notNull()
      t.column("date", .text).notNull().indexed()
      t.column("from", .text).notNull()
      t.column("to", .text).notNull()
    }
    try db.create(table: "requestExdate") { t in
      t.belongsTo("request", onDelete: .cascade).notNull()
      t.column("date", .text).notNull()
      t.primaryKey(["requestId", "date"])
    }
    try db.create(table: "week") { t in
      t.primaryKey("monday", .text)
      t.column("state", .text).notNull().check { ["draft", "published", "recorded"].contains($0) }
      t.column("draftPlan", .text)
      t.column("draftScenario", .text)
      t.column("plan", .text)
      t.column("scenario", .text)
      t.column("plannedAt", .text)
      t.column("publishedAt", .text)
      t.column("recordedAt", .text)
    }
    try db.create(table: "weekAssignment") { t in
      t.belongsTo("week", onDelete: .cascade).notNull()
      t.column("version", .text).notNull().check { ["draft", "published"].contains($0) }
      t.column("request", .text).notNull()
      t.column("worker", .text).notNull()
      t.column("user", .text).notNull()
      t.column("activity", .text).notNull()
      t.column("capClass", .text).notNull()
      t.column("date", .text).notNull()
      t.column("start", .text).notNull()
      t.column("end", .text).notNull()
      t.column("hours", .double).notNull()
      t.column("distanceKm", .double).notNull()
      t.column("travelCostEUR", .double).notNull()
      t.column("pinned", .boolean).notNull()
      t.primaryKey(["weekMonday", "version", "request", "worker"])
    }
    try db.create(table: "ledgerEntry") { t in
      t.autoIncrementedPrimaryKey("id")
      t.belongsTo("week", onDelete: .restrict).notNull()
      t.column("request", .text).notNull()
      t.belongsTo("worker", onDelete: .restrict).notNull()
      t.belongsTo("user", onDelete: .restrict).notNull()
      t.column("activity", .text).notNull()
      t.column("capClass", .text).notNull()
      t.column("date", .text).notNull()
      t.column("month", .text).notNull()
      t.column("year", .integer).notNull()
      t.column("start", .text).notNull()
      t.column("end", .text).notNull()
      t.column("plannedHours", .double).notNull()
      t.column("hours", .double).notNull()
      t.column("state", .text).notNull().check { ["planned", "done", "no_show", "cancelled"].contains($0) }
      t.uniqueKey(["weekMonday", "request", "workerId"])
    }
    // Covering indexes of the hour sums (HoursQuery): by year and date, by month.
    try db.create(index: "ledgerEntry_year", on: "ledgerEntry", columns: ["year", "date", "workerId", "capClass", "state", "hours"])
    try db.create(index: "ledgerEntry_month", on: "ledgerEntry", columns: ["month", "workerId", "capClass", "state", "hours"])
    try db.create(index: "ledgerEntry_worker", on: "ledgerEntry", columns: ["workerId", "date"])
    try db.create(index: "ledgerEntry_user", on: "ledgerEntry", columns: ["userId"])
    try db.create(table: "openingBalance") { t in
      t.belongsTo("worker", onDelete: .cascade).notNull()
      t.column("month", .text).notNull()
      t.column("capClass", .text).notNull()
      t.column("hours", .double).notNull()
      t.primaryKey(["workerId", "month", "capClass"])
    }
    try db.create(table: "history") { t in
      t.belongsTo("worker", onDelete: .restrict).notNull()
      t.belongsTo("user", onDelete: .restrict).notNull()
      t.column("source", .text).notNull()
      t.column("since", .text)
      t.primaryKey(["workerId", "userId"])
    }
    try db.create(table: "pin") { t in
      t.column("week", .text).notNull()
      t.column("request", .text).notNull()
      t.column("worker", .text).notNull()
      t.column("date", .text).notNull()
      t.column("start", .text).notNull()
      t.primaryKey(["week", "request", "worker"])
    }
    try db.create(table: "auditEntry") { t in
      t.autoIncrementedPrimaryKey("id")
      t.column("at", .text).notNull()
      t.column("by", .text).notNull()
      t.column("action", .text).notNull()
      t.column("entity", .text).notNull()
      t.column("entityId", .text).notNull()
      t.column("old", .text)
      t.column("new", .text)
    }
    try db.create(index: "auditEntry_entity", on: "auditEntry", columns: ["entity", "entityId"])
    try db.create(table: "account") { t in
      t.primaryKey("name", .text)
      t.column("passwordHash", .text).notNull()
      t.column("created", .text).notNull()
    }
    try db.create(table: "setting") { t in
      t.primaryKey("key", .text)
      t.column("value", .text).notNull()
    }
  }

  /// Version 2: a week's documents move to `weekDocument`, deflated (a year of
  /// Wallonia's weeks kept whole took 1.4 GB as text, about 50 MB deflated).
  private static func version2(_ db: Database) throws {
    try db.create(table: "weekDocument") { t in
      t.belongsTo("week", onDelete: .cascade).notNull()
      t.column("kind", .text).notNull().check { ["draftPlan", "draftScenario", "plan", "scenario"].contains($0) }
      t.column("size", .integer).notNull()
      t.column("deflated", .blob).notNull()
      t.primaryKey(["weekMonday", "kind"])
    }
    let rows = try Row.fetchCursor(db, sql: "SELECT monday, draftPlan, draftScenario, plan, scenario FROM week")
    while let row = try rows.next() {
      for kind in WeekDocument.Kind.allCases {
        guard let text = row[kind.rawValue] as String? else { continue }
        try WeekDocument(monday: row["monday"], kind: kind, bytes: Array(text.utf8)).insert(db)
      }
    }
    try db.alter(table: "week") { t in
      for kind in WeekDocument.Kind.allCases { t.drop(column: kind.rawValue) }
    }
  }
}
