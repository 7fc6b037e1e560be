import Matcher
import Office

/// The requests' list and form: one-off (a dated window) or recurring (weekdays, every N weeks, from a date until a date).
enum RequestForms {
  static let kind = RegisterController.Kind(
    path: "/requests", entity: "request", title: "requests", headers: ["user", "activity", "hours", "recurring", "status"],
    rows: { office, q, archived, language in
      let users = Dictionary(try office.users(includeArchived: true).map { ($0.id, $0.name ?? $0.id) }, uniquingKeysWith: { first, _ in first })
      return try office.requests(includeArchived: archived).filter { matches(q, [$0.id, users[$0.userId], $0.userId, $0.activity, $0.note]) }.map {
        ($0.id, [users[$0.userId] ?? $0.userId, activityLabel($0.activity), $0.hours.clean, $0.rrule ?? "", $0.archived ? WebLabels.text("archived", language) : ""], $0.archived)
      }
    },
    form: { office, id, query, language in
      if let id {
        guard let detail = try office.request(id: id) else { return nil }
        return page(Values(detail.request, windows: detail.windows), isNew: false, office: office, language: language)
      }
      var values = Values()
      values.date = query["week"]
      values.week = query["week"]
      return page(values, isNew: true, office: office, language: language)
    },
    save: { office, id, form, language, by in
      var reader = FormReader(form, language: language)
      var v = Values()
      v.id = id ?? reader.required("id")
      v.user = reader.required("userId")
      v.activity = reader.required("activity")
      v.hours = reader.number("hours", in: 0.25...12, required: true)
      v.seats = reader.number("seats", in: 1...20).map { Int($0) } ?? 1
      v.priority = reader.number("priority", in: 1...10).map { Int($0) } ?? 1
      v.recurring = form["recurrence"] == "weekly"
      v.date = reader.date("date", required: true)
      v.until = reader.date("until")
      v.interval = reader.number("interval", in: 1...52).map { Int($0) } ?? 1
      v.weekdays = form.all("weekdays").compactMap(Int.init)
      v.from = reader.time("from", required: true)
      v.to = reader.time("to", required: true)
      v.note = reader.text("note")
      v.week = form["week"]
      if v.recurring && v.weekdays.isEmpty { reader.problems.append(FieldProblem("weekdays", language == .fr ? "choisissez au moins un jour" : "choose at least one day")) }
      let existing = try office.request(id: v.id)
      if id == nil && existing != nil { reader.problems.append(FieldProblem("id", WebLabels.text("idTaken", language))) }
      var problems = reader.problems
      if problems.isEmpty, let date = v.date, let from = v.from, let to = v.to, let hours = v.hours {
        var record = RequestRecord(id: v.id, userId: v.user, activity: v.activity, hours: hours, seats: v.seats, priority: v.priority, note: v.note)
        var windows: [RequestWindow] = []
        if v.recurring {
          record.rrule = RecurrenceRule(interval: v.interval, weekdays: v.weekdays.sorted(), until: v.until.flatMap { Day(iso: $0) }).description
          record.dtstart = date
          record.from = from
          record.to = to
        } else {
          windows = [RequestWindow(requestId: v.id, date: date, from: from, to: to)]
        }
        do {
          record.archived = existing?.request.archived ?? false
          try office.saveRequest(RequestDetail(request: record, windows: windows, exdates: v.recurring ? existing?.exdates ?? [] : []), by: by)
          return .success(v.id)
        } catch OfficeError.fields(let found) {
          problems = found
        }
      }
      var again = page(v, isNew: id == nil, office: office, language: language)
      again.leftover = again.place(problems, language: language)
      return .failure(again)
    },
    archive: { office, id, by in try office.archiveRequest(id: id, by: by) })

  /// The form's values, as typed or as stored.
  struct Values {
    var id = ""
    var user = ""
    var activity = ""
    var hours: Double? = nil
    var seats = 1
    var priority = 1
    var recurring = false
    var date: String? = nil
    var until: String? = nil
    var interval = 1
    var weekdays: [Int] = []
    var from: String? = nil
    var to: String? = nil
    var note: String? = nil
    var week: String? = nil

    init() {}

    init(_ r: RequestRecord, windows: [RequestWindow]) {
      id = r.id
      user = r.userId
      activity = r.activity
      hours = r.hours
      seats = r.seats
      priority = r.priority
      note = r.note
      if let text = r.rrule, let rule = try? RecurrenceRule(parsing: text) {
        recurring = true
        interval = rule.interval
        weekdays = rule.weekdays
        until = rule.until?.description
        date = r.dtstart
        from = r.from
        to = r.to
      } else if let first = windows.sorted(by: { ($0.date, $0.from) < ($1.date, $1.from) }).first {
        date = first.date
        from = first.from
        to = first.to
      }
    }
  }

  static func page(_ v: Values, isNew: Bool, office: OfficeDatabase, language: WebLanguage) -> FormPage {
    let l = { (key: String) in WebLabels.text(key, language) }
    let users = ((try? office.users(includeArchived: true)) ?? []).filter { !$0.archived || $0.id == v.user }.map { ($0.id, $0.name ?? $0.id) }
    let activities = BundledRules.rules.activities.map { ($0.id.rawValue, $0.label) }
    let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].enumerated().map { (String($0.offset + 1), l($0.element)) }
    var fields: [FormField] = []
    if isNew { fields.append(.text("id", l("id"), v.id)) }
    fields += [
      .select("userId", l("user"), v.user, users), .select("activity", l("activity"), v.activity, activities),
      .text("hours", l("hours"), v.hours?.clean, type: "number", step: "0.25"),
      .text("seats", l("seats"), String(v.seats), type: "number"), .text("priority", l("priority"), String(v.priority), type: "number"),
      .select("recurrence", l("recurring"), v.recurring ? "weekly" : "once", [("once", l("oneOff")), ("weekly", l("recurring"))]),
      .text("date", l("firstDate"), v.date, type: "date"),
      .text("from", l("windowFrom"), v.from, type: "time"), .text("to", l("windowTo"), v.to, type: "time"),
      .checks("weekdays", l("weekdays"), v.weekdays.map(String.init), days),
      .text("interval", l("every"), String(v.interval), type: "number"), .text("until", l("until"), v.until, type: "date"),
      .text("note", l("note"), v.note),
    ]
    return FormPage(
      title: isNew ? l("new") + " — " + l("request") : v.id, back: v.week.map { "/week?week=\($0)" } ?? "/requests",
      action: isNew ? "/requests" : "/requests/\(v.id.urlQuery)", hidden: v.week.map { [FormPage.Hidden(name: "week", value: $0)] } ?? [],
      fields: fields, archiveAction: isNew ? nil : "/requests/\(v.id.urlQuery)/archive", archiveLabel: l("archive"))
  }
}
