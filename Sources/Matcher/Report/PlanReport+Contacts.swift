/// Names, phones and addresses (formats.md allows them on workers and users)
/// wherever a person reads a plan: the reports name people, and list how to
/// reach them; a calendar's `LOCATION` is the user's address.
extension PlanReport {
  /// One person or place of the plan and how to reach them.
  struct ContactRow {
    var id: String
    var contact: Contact
    /// `travailleur` / `utilisateur`.
    var role: String
  }

  /// `Anne Lefèvre (w-anne)`, or the id alone when the scenario gives no name.
  func name(of worker: Worker.ID) -> String { scenario.displayName(of: worker) }

  /// `Mme Dubois (u-dubois)`, or the id alone.
  func name(of user: User.ID) -> String { scenario.displayName(of: user) }

  /// Where a job takes place, for a person: the user's address when the
  /// request is at the user's, else nil (the reports then give coordinates).
  func address(of assignment: Plan.Assignment) -> String? {
    let request = scenario.request(assignment.request)
    let user = scenario.user(assignment.user)
    guard let user, request?.location == nil || request?.location == user.location else { return nil }
    return user.contact.address
  }

  /// Workers of the plan's assignments, then users of its assignments and
  /// unassigned requests, each sorted by id; only those with something to
  /// say (a name, phone, address or note).
  var contactRows: [ContactRow] {
    let workers = Set(plan.assignments.map(\.worker)).sorted().compactMap { id in
      scenario.worker(id).map { ContactRow(id: id.rawValue, contact: $0.contact, role: labels.worker) }
    }
    let userIDs = Set(plan.assignments.map(\.user) + plan.unassigned.compactMap { scenario.request($0.request)?.user })
    let users = userIDs.sorted().compactMap { id in
      scenario.user(id).map { ContactRow(id: id.rawValue, contact: $0.contact, role: labels.user) }
    }
    return (workers + users).filter { row in
      [row.contact.name, row.contact.phone, row.contact.address, row.contact.note].contains { !($0 ?? "").isEmpty }
    }
  }
}

extension Scenario {
  /// `Anne Lefèvre (w-anne)`, or the id alone when the scenario gives no name.
  func displayName(of worker: Worker.ID) -> String { Self.named(worker.rawValue, self.worker(worker)?.contact.name) }

  /// `Mme Dubois (u-dubois)`, or the id alone.
  func displayName(of user: User.ID) -> String { Self.named(user.rawValue, self.user(user)?.contact.name) }

  private static func named(_ id: String, _ name: String?) -> String {
    guard let name, !name.isEmpty else { return id }
    return "\(name) (\(id))"
  }
}
