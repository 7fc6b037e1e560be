import Matcher
import Office

/// The users' list and form (households, schools, communes…).
enum UserForms {
  static let kind = RegisterController.Kind(
    path: "/users", entity: "user", title: "users", headers: ["name", "kind", "phone", "address", "status"],
    rows: { office, q, archived, language in
      try office.users(includeArchived: archived).filter { matches(q, [$0.id, $0.name, $0.phone, $0.commune, $0.postcode, $0.kind]) }.map {
        ($0.id, [$0.name ?? "", $0.kind, $0.phone ?? "", [$0.street, $0.postcode, $0.commune].compactMap { $0 }.joined(separator: " "),
          $0.archived ? WebLabels.text("archived", language) : ""], $0.archived)
      }
    },
    form: { office, id, _, language in
      if let id {
        guard let detail = try office.user(id: id) else { return nil }
        return page(detail.user, activities: detail.activities.map(\.activity), isNew: false, office: office, language: language)
      }
      let agency = try office.agencies().first?.id ?? ""
      return page(UserRecord(id: "", agencyId: agency, kind: "private"), activities: [], isNew: true, office: office, language: language)
    },
    save: { office, id, form, language, by in
      var reader = FormReader(form, language: language)
      let newID = id ?? reader.required("id")
      var record = UserRecord(id: newID, agencyId: reader.required("agencyId"), kind: reader.required("kind"))
      record.readContact(&reader)
      let activities = form.all("activities")
      let existing = try office.user(id: newID)
      var problems = reader.problems
      if id == nil && existing != nil { problems.append(FieldProblem("id", WebLabels.text("idTaken", language))) }
      if problems.isEmpty {
        do {
          record.archived = existing?.user.archived ?? false
          // Keep the authorisation number and cheque code of activities that stay.
          let rows = activities.sorted().map { activity in
            existing?.activities.first { $0.activity == activity } ?? UserActivity(userId: newID, activity: activity)
          }
          try office.saveUser(UserDetail(user: record, activities: rows), by: by)
          return .success(newID)
        } catch OfficeError.fields(let found) {
          problems = found
        }
      }
      var again = page(record, activities: activities, isNew: id == nil, office: office, language: language)
      again.leftover = again.place(problems, language: language)
      return .failure(again)
    },
    archive: { office, id, by in try office.archiveUser(id: id, by: by) })

  static func page(_ r: UserRecord, activities chosen: [String], isNew: Bool, office: OfficeDatabase, language: WebLanguage) -> FormPage {
    let l = { (key: String) in WebLabels.text(key, language) }
    let agencies = ((try? office.agencies()) ?? []).map { ($0.id, $0.name ?? $0.id) }
    let activities = BundledRules.rules.activities.map { ($0.id.rawValue, $0.label) }
    let kinds = Array(Set(BundledRules.rules.activities.flatMap(\.userKinds))).sorted().map { ($0, $0) }
    var fields: [FormField] = []
    if isNew { fields.append(.text("id", l("id"), r.id)) }
    fields += [.text("name", l("name"), r.name), .select("kind", l("kind"), r.kind, kinds)]
    fields += r.contactFields(language)
    fields += [
      .select("agencyId", l("agency"), r.agencyId, agencies),
      .checks("activities", l("activities"), chosen, activities),
      .text("note", l("note"), r.note),
    ]
    return FormPage(
      title: isNew ? l("new") + " — " + l("user") : (r.name ?? r.id), back: "/users", action: isNew ? "/users" : "/users/\(r.id.urlQuery)",
      fields: fields, archiveAction: isNew || r.archived ? nil : "/users/\(r.id.urlQuery)/archive", archiveLabel: l("archive"))
  }
}
