import Matcher
import Office

/// The workers' list and form.
enum WorkerForms {
  static let kind = RegisterController.Kind(
    path: "/workers", entity: "worker", title: "workers", headers: ["name", "phone", "address", "activities", "status"],
    rows: { office, q, archived, language in
      try office.workers(includeArchived: archived).filter { matches(q, [$0.id, $0.name, $0.phone, $0.commune, $0.postcode]) }.map {
        ($0.id, [$0.name ?? "", $0.phone ?? "", [$0.street, $0.postcode, $0.commune].compactMap { $0 }.joined(separator: " "),
          $0.activities.map(activityLabel).joined(separator: ", "), $0.archived ? WebLabels.text("archived", language) : ""], $0.archived)
      }
    },
    form: { office, id, _, language in
      if let id {
        guard let detail = try office.worker(id: id) else { return nil }
        return page(detail.worker, slots: FormReader.slotText(detail.slots, language: language), isNew: false, office: office, language: language)
      }
      let agency = try office.agencies().first?.id ?? ""
      return page(WorkerRecord(id: "", agencyId: agency, birthDate: ""), slots: "", isNew: true, office: office, language: language)
    },
    save: { office, id, form, language, by in
      var reader = FormReader(form, language: language)
      let newID = id ?? reader.required("id")
      var record = WorkerRecord(id: newID, agencyId: reader.required("agencyId"), birthDate: reader.date("birthDate", required: true) ?? "")
      record.readContact(&reader)
      record.ris = form["ris"] == "1"
      record.unemployedSince = reader.date("unemployedSince")
      record.activities = form.all("activities")
      record.maxDistanceKm = reader.number("maxDistanceKm", in: 0...500)
      record.maxHoursPerWeek = reader.number("maxHoursPerWeek", in: 0...168)
      let typed = reader.slots("slots")
      let slots = typed.map { WorkerSlot(workerId: newID, weekday: $0.weekday, from: $0.from, to: $0.to) }
      let existing = try office.worker(id: newID)
      var problems = reader.problems
      if id == nil && existing != nil { problems.append(FieldProblem("id", WebLabels.text("idTaken", language))) }
      if problems.isEmpty {
        do {
          record.archived = existing?.worker.archived ?? false
          let detail = WorkerDetail(worker: record, slots: slots, absences: existing?.absences ?? [], extras: existing?.extras ?? [])
          try office.saveWorker(detail, by: by)
          return .success(newID)
        } catch OfficeError.fields(let found) {
          problems = found
        }
      }
      var again = page(record, slots: form["slots"] ?? "", isNew: id == nil, office: office, language: language)
      again.leftover = again.place(problems, language: language)
      return .failure(again)
    },
    archive: { office, id, by in try office.archiveWorker(id: id, by: by) })

  static func page(_ r: WorkerRecord, slots: String, isNew: Bool, office: OfficeDatabase, language: WebLanguage) -> FormPage {
    let l = { (key: String) in WebLabels.text(key, language) }
    let agencies = ((try? office.agencies()) ?? []).map { ($0.id, $0.name ?? $0.id) }
    let activities = BundledRules.rules.activities.map { ($0.id.rawValue, $0.label) }
    var fields: [FormField] = []
    if isNew { fields.append(.text("id", l("id"), r.id)) }
    fields.append(.text("name", l("name"), r.name))
    fields += r.contactFields(language)
    fields += [
      .select("agencyId", l("agency"), r.agencyId, agencies),
      .text("birthDate", l("birthDate"), r.birthDate, type: "date"),
      .select("ris", l("ris"), r.ris ? "1" : "0", [("0", "—"), ("1", "RIS")]),
      .text("unemployedSince", l("unemployedSince"), r.unemployedSince, type: "date"),
      .checks("activities", l("activities"), r.activities, activities),
      .text("maxDistanceKm", l("maxDistance"), r.maxDistanceKm.map { $0.clean }, type: "number", step: "any"),
      .text("maxHoursPerWeek", l("maxHours"), r.maxHoursPerWeek.map { $0.clean }, type: "number", step: "any"),
      .area("slots", l("availability") + " (lundi 08:00-12:00)", slots),
      .text("note", l("note"), r.note),
    ]
    return FormPage(
      title: isNew ? l("new") + " — " + l("worker") : (r.name ?? r.id), back: "/workers", action: isNew ? "/workers" : "/workers/\(r.id.urlQuery)",
      fields: fields, archiveAction: isNew || r.archived ? nil : "/workers/\(r.id.urlQuery)/archive", archiveLabel: l("archive"))
  }
}
