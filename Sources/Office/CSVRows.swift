import Foundation
import GRDB
import Matcher

/// Turns the rows of one CSV file into register records, noting each problem at its cell.
struct CSVRows {
  let table: CSVTable
  let kind: CSVImport.Kind
  var problems: [CSVImport.Problem] = []

  init(table: CSVTable, kind: CSVImport.Kind) {
    self.table = table
    self.kind = kind
  }

  /// Unknown or missing columns, at line 1.
  static func headerProblems(_ table: CSVTable, kind: CSVImport.Kind) -> [CSVImport.Problem] {
    let known = Set(kind.columns.map(\.key))
    var problems: [CSVImport.Problem] = []
    for (index, key) in table.header.enumerated() where !known.contains(key) {
      problems.append(.init(file: table.name, line: 1, column: index + 1, columnName: key, message: "unknown column \"\(key)\" for \(kind.rawValue) (expected: \(kind.columns.map(\.key).joined(separator: ", ")))"))
    }
    for column in kind.columns where column.required && !table.header.contains(column.key) {
      problems.append(.init(file: table.name, line: 1, column: 0, columnName: column.key, message: "missing column \"\(column.key)\" (\(column.meaning))"))
    }
    var seen = Set<String>()
    for (index, key) in table.header.enumerated() where !seen.insert(key).inserted {
      problems.append(.init(file: table.name, line: 1, column: index + 1, columnName: key, message: "column \"\(key)\" appears twice"))
    }
    return problems
  }

  mutating func problem(_ row: CSVTable.Row, _ key: String, _ message: String) {
    problems.append(.init(file: table.name, line: row.line, column: table.column(key) ?? 0, columnName: key, message: message))
  }

  func cell(_ row: CSVTable.Row, _ key: String) -> String? {
    guard let column = table.column(key), column - 1 < row.cells.count else { return nil }
    let text = row.cells[column - 1].trimmingCharacters(in: .whitespaces)
    return text.isEmpty ? nil : text
  }

  mutating func number(_ row: CSVTable.Row, _ key: String) -> Double? {
    guard let text = cell(row, key) else { return nil }
    guard let value = Double(text.replacingOccurrences(of: ",", with: ".")) else {
      problem(row, key, "\"\(text)\" is not a number")
      return nil
    }
    return value
  }

  mutating func integer(_ row: CSVTable.Row, _ key: String, default value: Int) -> Int {
    guard let text = cell(row, key) else { return value }
    guard let number = Int(text) else {
      problem(row, key, "\"\(text)\" is not a whole number")
      return value
    }
    return number
  }

  mutating func flag(_ row: CSVTable.Row, _ key: String) -> Bool {
    guard let text = cell(row, key)?.lowercased() else { return false }
    switch text {
    case "oui", "o", "yes", "y", "1", "true", "vrai": return true
    case "non", "n", "no", "0", "false", "faux": return false
    default:
      problem(row, key, "\"\(text)\" is not oui or non")
      return false
    }
  }

  /// Saves every row; problems found by the register's checks are noted at their columns.
  mutating func save(into office: OfficeDatabase, by: String, _ db: Database) throws -> Int {
    if cellCountProblems() { return 0 }
    switch kind {
    case .workers: return try saveWorkers(office, by: by, db)
    case .users: return try saveUsers(office, by: by, db)
    case .requests: return try saveRequests(office, by: by, db)
    }
  }

  private mutating func cellCountProblems() -> Bool {
    var found = false
    for row in table.rows where row.cells.count > table.header.count {
      problems.append(.init(file: table.name, line: row.line, column: table.header.count + 1, columnName: "", message: "\(row.cells.count) cells, the header has \(table.header.count) (a separator too many, or an unquoted \(table.separator)?)"))
      found = true
    }
    return found
  }

  /// Runs `body` (a save) in a savepoint; its field problems are noted at the row's columns and the row is undone.
  mutating func attempt(_ row: CSVTable.Row, _ db: Database, _ body: () throws -> Void) throws -> Bool {
    do {
      try db.inSavepoint {
        try body()
        return .commit
      }
      return true
    } catch OfficeError.fields(let fieldProblems) {
      for field in fieldProblems { problem(row, columnKey(field.field), field.message) }
      return false
    }
  }

  /// The CSV column of a record field (`slots[2].to` → `disponibilites`).
  func columnKey(_ field: String) -> String {
    let base = String(field.prefix { $0 != "[" && $0 != "." })
    let suffix = field.split(separator: ".").last.map(String.init) ?? ""
    if kind == .requests, ["window", "windows"].contains(base) {
      return suffix == "from" ? "de" : suffix == "to" ? "a" : "date"
    }
    let key = kind.columns.first(where: { $0.field == base })?.key ?? base
    if ["latitude", "longitude"].contains(key), table.column(key) == nil { return "code_postal" }  // coordinates required: the postcode is the cause
    return key
  }

  private mutating func duplicate(_ row: CSVTable.Row, _ id: String, _ seen: inout [String: Int]) -> Bool {
    if let first = seen[id] {
      problem(row, "id", "\"\(id)\" already on line \(first)")
      return true
    }
    seen[id] = row.line
    return false
  }

  private mutating func saveWorkers(_ office: OfficeDatabase, by: String, _ db: Database) throws -> Int {
    var seen: [String: Int] = [:]
    var saved = 0
    for row in table.rows {
      let id = cell(row, "id") ?? ""
      if duplicate(row, id, &seen) { continue }
      var slots: [WorkerSlot] = []
      let tokens = (cell(row, "disponibilites") ?? "").split(separator: " ").map(String.init)
      var index = 0
      while index < tokens.count {
        let day = CSVImport.weekdays[tokens[index].lowercased()]
        let range = index + 1 < tokens.count ? tokens[index + 1].split(separator: "-").map(String.init) : []
        guard let day, range.count == 2 else {
          problem(row, "disponibilites", "\"\(tokens[index...].prefix(2).joined(separator: " "))\" is not a day and a range (\"ma 08:00-12:30\")")
          break
        }
        slots.append(WorkerSlot(workerId: id, weekday: day, from: range[0], to: range[1]))
        index += 2
      }
      let record = WorkerRecord(
        id: id, agencyId: cell(row, "agence") ?? "", name: cell(row, "nom"), phone: cell(row, "telephone"), street: cell(row, "rue"),
        postcode: cell(row, "code_postal"), commune: cell(row, "commune"), note: cell(row, "note"), lat: number(row, "latitude"),
        lon: number(row, "longitude"), birthDate: cell(row, "date_naissance") ?? "", ris: flag(row, "ris"), cpas: cell(row, "cpas"),
        unemployedSince: cell(row, "chomage_depuis"), jobSeekerSince: cell(row, "demandeur_emploi_depuis"),
        activities: (cell(row, "activites") ?? "").split(separator: " ").map(String.init),
        maxDistanceKm: number(row, "distance_max_km"), maxHoursPerWeek: number(row, "heures_max_semaine"))
      let old = try office.workerDetail(id, db)
      let detail = WorkerDetail(worker: record, slots: slots, absences: old?.absences ?? [], extras: old?.extras ?? [])
      if try attempt(row, db, { try office.saveWorker(detail, by: by, db) }) { saved += 1 }
    }
    return saved
  }

  private mutating func saveUsers(_ office: OfficeDatabase, by: String, _ db: Database) throws -> Int {
    var seen: [String: Int] = [:]
    var saved = 0
    for row in table.rows {
      let id = cell(row, "id") ?? ""
      if duplicate(row, id, &seen) { continue }
      let activities = (cell(row, "activites") ?? "").split(separator: " ").map { token -> UserActivity in
        let parts = token.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        return UserActivity(
          userId: id, activity: parts[0], authorisation: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil,
          chequeCode: parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil)
      }
      let record = UserRecord(
        id: id, agencyId: cell(row, "agence") ?? "", kind: cell(row, "type") ?? "", name: cell(row, "nom"), phone: cell(row, "telephone"),
        street: cell(row, "rue"), postcode: cell(row, "code_postal"), commune: cell(row, "commune"), note: cell(row, "note"),
        lat: number(row, "latitude"), lon: number(row, "longitude"))
      if try attempt(row, db, { try office.saveUser(UserDetail(user: record, activities: activities), by: by, db) }) { saved += 1 }
    }
    return saved
  }

  private mutating func saveRequests(_ office: OfficeDatabase, by: String, _ db: Database) throws -> Int {
    // Rows of one id are one request: each adds a dated window.
    var order: [String] = []
    var grouped: [String: [CSVTable.Row]] = [:]
    for row in table.rows {
      let id = cell(row, "id") ?? ""
      if grouped[id] == nil { order.append(id) }
      grouped[id, default: []].append(row)
    }
    var saved = 0
    for id in order {
      guard let rows = grouped[id], let first = rows.first else { continue }
      var rrule: String?
      var exdates: [RequestExdate] = []
      var windows: [RequestWindow] = []
      if let days = cell(first, "jours") {
        var weekdays: [Int] = []
        for token in days.split(separator: " ") {
          if let day = CSVImport.weekdays[token.lowercased()] { weekdays.append(day) } else { problem(first, "jours", "\"\(token)\" is not a day (lu ma me je ve sa di)") }
        }
        let until = cell(first, "au").flatMap { text -> Day? in
          if let day = Day(iso: text) { return day }
          problem(first, "au", "\"\(text)\" is not a date (AAAA-MM-JJ)")
          return nil
        }
        rrule = RecurrenceRule(interval: max(1, integer(first, "toutes_les", default: 1)), weekdays: weekdays, until: until).description
        exdates = (cell(first, "sauf") ?? "").split(separator: " ").map { RequestExdate(requestId: id, date: String($0)) }
        if rows.count > 1 { problem(rows[1], "id", "a repeated request is one line (\"\(id)\" already on line \(first.line))") }
      } else {
        for row in rows {
          windows.append(RequestWindow(requestId: id, date: cell(row, "date") ?? "", from: cell(row, "de") ?? "", to: cell(row, "a") ?? ""))
        }
      }
      let record = RequestRecord(
        id: id, userId: cell(first, "utilisateur") ?? "", activity: cell(first, "activite") ?? "", hours: number(first, "heures") ?? 0,
        seats: integer(first, "prestataires", default: 1), priority: integer(first, "priorite", default: 1), rrule: rrule,
        dtstart: rrule == nil ? nil : cell(first, "du"), from: rrule == nil ? nil : cell(first, "de"), to: rrule == nil ? nil : cell(first, "a"),
        note: cell(first, "note"))
      if try attempt(first, db, { try office.saveRequest(RequestDetail(request: record, windows: windows, exdates: exdates), by: by, db) }) { saved += 1 }
    }
    return saved
  }
}
