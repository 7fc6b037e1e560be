import Foundation
import GRDB
import Matcher

/// Field-level checks of what a form (or a CSV row) gives for a record, every problem at once.
///
/// Field names are the record's (`birthDate`, `slots[1].to`), so the web app
/// shows each message beside its field; the CSV import maps them to columns.
struct RecordChecks {
  let rules: RuleSet
  var problems: [FieldProblem] = []

  init(rules: RuleSet) { self.rules = rules }

  /// One problem of `field`, in English and in French.
  mutating func add(_ field: String, _ english: String, fr french: String) {
    problems.append(FieldProblem(field, english, french: french))
  }

  mutating func id(_ value: String, _ field: String = "id") {
    if value.trimmingCharacters(in: .whitespaces).isEmpty { add(field, "an id is required", fr: "un identifiant est requis") }
  }

  mutating func date(_ value: String?, _ field: String, required: Bool = false) {
    guard let value, !value.isEmpty else {
      if required { add(field, "a date is required (YYYY-MM-DD)", fr: "une date est requise (AAAA-MM-JJ)") }
      return
    }
    if Day(iso: value) == nil { add(field, "\"\(value)\" is not a date (YYYY-MM-DD)", fr: "« \(value) » n'est pas une date (AAAA-MM-JJ)") }
  }

  mutating func times(_ from: String?, _ to: String?, _ field: String) {
    let start = from.flatMap { TimeOfDay($0, allowEndOfDay: false) }
    let end = to.flatMap { TimeOfDay($0, allowEndOfDay: true) }
    if start == nil { add(field + ".from", "\"\(from ?? "")\" is not a time (HH:MM)", fr: "« \(from ?? "") » n'est pas une heure (HH:MM)") }
    if end == nil { add(field + ".to", "\"\(to ?? "")\" is not a time (HH:MM, 24:00 allowed)", fr: "« \(to ?? "") » n'est pas une heure (HH:MM, 24:00 permis)") }
    if let start, let end, start >= end { add(field + ".to", "\(end) is not after \(start)", fr: "\(end) n'est pas après \(start)") }
  }

  mutating func positive(_ value: Double?, _ field: String) {
    if let value, !(value > 0 && value.isFinite) { add(field, "must be a number above 0", fr: "doit être un nombre plus grand que 0") }
  }

  /// Coordinates both or neither, in range; without them the postcode must have a commune centre.
  mutating func place(lat: Double?, lon: Double?, postcode: String?, commune: String?) {
    if let postcode, !postcode.isEmpty, !CommuneCentre.knows(postcode: postcode) {
      add("postcode", "\"\(postcode)\" is not a Belgian postcode", fr: "« \(postcode) » n'est pas un code postal belge")
    }
    switch (lat, lon) {
    case let (lat?, lon?):
      if !(-90...90).contains(lat) { add("lat", "\(lat) is not a latitude (-90 … 90)", fr: "\(lat) n'est pas une latitude (-90 … 90)") }
      if !(-180...180).contains(lon) { add("lon", "\(lon) is not a longitude (-180 … 180)", fr: "\(lon) n'est pas une longitude (-180 … 180)") }
    case (nil, nil):
      if CommuneCentre.of(postcode: postcode, commune: commune) == nil {
        add(
          "lat", "coordinates are required: the postcode table has no centre for \(postcode.map { "postcode \($0)" } ?? "an empty postcode")",
          fr: "les coordonnées sont requises : la table des codes postaux n'a pas de centre pour \(postcode.map { "le code postal \($0)" } ?? "un code postal vide")")
      }
    default: add(lat == nil ? "lat" : "lon", "give both coordinates or neither", fr: "donnez les deux coordonnées ou aucune")
    }
  }

  mutating func activities(_ ids: [String], _ field: String) {
    let known = Set(rules.activities.map(\.id.rawValue))
    for (index, id) in ids.enumerated() where !known.contains(id) {
      add("\(field)[\(index)]", "\"\(id)\" is not an activity of the catalog", fr: "« \(id) » n'est pas une activité du catalogue")
    }
  }

  mutating func chequeCode(_ code: String?, _ field: String) {
    guard let code, !code.isEmpty else { return }
    if rules.cheques.price(of: code) == nil {
      let codes = rules.cheques.prices.map(\.code).joined(separator: ", ")
      add(field, "\"\(code)\" is not a cheque price code (\(codes))", fr: "« \(code) » n'est pas un code de prix de chèque (\(codes))")
    }
  }

  mutating func exists<Record: FetchableRecord & TableRecord>(_ type: Record.Type, _ id: String, _ field: String, _ db: Database) throws {
    if try !type.exists(db, key: id) { add(field, "\"\(id)\" is not in the register", fr: "« \(id) » n'est pas dans le registre") }
  }

  /// Throws the problems found, if any.
  func finish() throws(OfficeError) {
    if !problems.isEmpty { throw OfficeError.fields(problems) }
  }

  /// Checks a worker and their rows.
  mutating func worker(_ detail: WorkerDetail, _ db: Database) throws {
    let worker = detail.worker
    id(worker.id)
    try exists(AgencyRecord.self, worker.agencyId, "agencyId", db)
    date(worker.birthDate, "birthDate", required: true)
    date(worker.unemployedSince, "unemployedSince")
    date(worker.jobSeekerSince, "jobSeekerSince")
    if !worker.ris && (worker.unemployedSince ?? "").isEmpty {
      add("unemployedSince", "required unless the worker is on the RIS", fr: "requis, sauf pour un travailleur au RIS")
    }
    place(lat: worker.lat, lon: worker.lon, postcode: worker.postcode, commune: worker.commune)
    activities(worker.activities, "activities")
    positive(worker.maxDistanceKm, "maxDistanceKm")
    positive(worker.maxHoursPerWeek, "maxHoursPerWeek")
    for (index, slot) in detail.slots.enumerated() {
      if !(1...7).contains(slot.weekday) { add("slots[\(index)].weekday", "\(slot.weekday) is not a weekday (1 Monday … 7 Sunday)", fr: "\(slot.weekday) n'est pas un jour (1 lundi … 7 dimanche)") }
      times(slot.from, slot.to, "slots[\(index)]")
    }
    for (index, absence) in detail.absences.enumerated() {
      absenceDates(absence, "absences[\(index)]")
    }
    for (index, extra) in detail.extras.enumerated() {
      date(extra.date, "extras[\(index)].date", required: true)
      times(extra.from, extra.to, "extras[\(index)]")
    }
  }

  mutating func absenceDates(_ absence: WorkerAbsence, _ field: String) {
    date(absence.first, field + ".first", required: true)
    date(absence.last, field + ".last", required: true)
    if let first = Day(iso: absence.first), let last = Day(iso: absence.last), last < first {
      add(field + ".last", "\(last) is before \(first)", fr: "\(last) est avant \(first)")
    }
  }

  /// Checks a user and their authorised activities.
  mutating func user(_ detail: UserDetail, _ db: Database) throws {
    let user = detail.user
    id(user.id)
    try exists(AgencyRecord.self, user.agencyId, "agencyId", db)
    if user.kind.isEmpty { add(
      "kind", "a kind is required (private, school, nonprofit, local_authority, agriculture, horticulture)",
      fr: "un type est requis (particulier, école, association, pouvoir local, agriculture, horticulture)") }
    place(lat: user.lat, lon: user.lon, postcode: user.postcode, commune: user.commune)
    activities(detail.activities.map(\.activity), "activities")
    for (index, activity) in detail.activities.enumerated() {
      chequeCode(activity.chequeCode, "activities[\(index)].chequeCode")
      if let allowed = rules.activities.first(where: { $0.id.rawValue == activity.activity })?.userKinds, !allowed.contains(user.kind) {
        let kinds = allowed.joined(separator: ", ")
        add(
          "activities[\(index)]", "\(activity.activity) is not allowed for a \(user.kind) user (\(kinds))",
          fr: "\(activity.activity) n'est pas permis pour un utilisateur de type \(user.kind) (\(kinds))")
      }
    }
  }

  /// Checks a request: one-off with windows, or recurring with a valid RRULE, first date and times.
  mutating func request(_ detail: RequestDetail, _ db: Database) throws {
    let request = detail.request
    id(request.id)
    try exists(UserRecord.self, request.userId, "userId", db)
    activities([request.activity], "activity")
    positive(request.hours, "hours")
    if request.seats < 1 { add("seats", "at least 1", fr: "au moins 1") }
    if !(1...5).contains(request.priority) { add("priority", "\(request.priority) is not 1 … 5", fr: "\(request.priority) n'est pas entre 1 et 5") }
    if (request.lat == nil) != (request.lon == nil) {
      add(request.lat == nil ? "lat" : "lon", "give both coordinates or neither", fr: "donnez les deux coordonnées ou aucune")
    }
    for (field, ids) in [("preferredWorkers", request.preferredWorkers), ("excludedWorkers", request.excludedWorkers)] {
      for (index, id) in ids.enumerated() { try exists(WorkerRecord.self, id, "\(field)[\(index)]", db) }
    }
    if let rrule = request.rrule {
      do {
        _ = try RecurrenceRule(parsing: rrule)
      } catch {
        for line in error.lines { add("rrule", line, fr: "récurrence : " + line) }
      }
      date(request.dtstart, "dtstart", required: true)
      times(request.from, request.to, "window")
      if !detail.windows.isEmpty {
        add(
          "windows", "a recurring request has no dated windows (its window is from/to on each occurrence)",
          fr: "une demande récurrente n'a pas de plages datées (sa plage est de/à à chaque occurrence)")
      }
    } else {
      if detail.windows.isEmpty {
        add("windows", "a one-off request needs at least one dated window", fr: "une demande ponctuelle a besoin d'au moins une plage datée")
      }
      for (index, window) in detail.windows.enumerated() {
        date(window.date, "windows[\(index)].date", required: true)
        times(window.from, window.to, "windows[\(index)]")
      }
    }
    for (index, exdate) in detail.exdates.enumerated() { date(exdate.date, "exdates[\(index)]", required: true) }
  }
}
