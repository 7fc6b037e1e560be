/// The change list for people, in French or English (`match-cli changes`).
extension PlanChanges {
  /// The changes as lines for a terminal, each ending in `\n`: counts, then
  /// per worker (whom to call and what to tell them), then per user.
  /// `scenario` (the new week) gives activity labels; without it, ids.
  package func text(_ language: PlanReport.Language, scenario: Scenario? = nil) -> String {
    let words = Wording(language)
    func activity(_ a: Plan.Assignment) -> String {
      scenario.map { words.labels.activity(a.activity, rules: $0.rules) } ?? a.activity.rawValue
    }
    var lines: [String] = []
    lines.append(words.pick(
      "Changements : \(kept.count) gardée(s), \(count(.rescheduled)) déplacée(s) dans le temps, \(count(.reassigned)) confiée(s) à un autre, \(count(.added)) ajoutée(s), \(count(.dropped)) retirée(s)",
      "Changes: \(kept.count) kept, \(count(.rescheduled)) rescheduled, \(count(.reassigned)) reassigned, \(count(.added)) added, \(count(.dropped)) dropped"))
    if changes.isEmpty {
      lines.append(words.pick("Rien n'a changé : personne à appeler.", "Nothing changed: nobody to call."))
      return lines.map { $0 + "\n" }.joined()
    }
    /// `Anne Lefèvre (w-anne), 0470 11 22 33`: the scenario's name (`displayName`) and phone, else the id.
    func reach(_ named: String?, phone: String?, id: String) -> String {
      let who = named ?? id
      return phone.map { who + ", " + $0 } ?? who
    }
    lines.append(words.pick("Travailleurs à appeler :", "Workers to call:"))
    for worker in workers {
      lines.append("  " + reach(scenario?.displayName(of: worker), phone: scenario?.worker(worker)?.contact.phone, id: worker.rawValue))
      for change in changes(for: worker) {
        lines.append("    " + line(change, for: worker, words: words, activity: activity))
      }
    }
    lines.append(words.pick("Utilisateurs à prévenir :", "Users to tell:"))
    for user in users {
      lines.append("  " + reach(scenario?.displayName(of: user), phone: scenario?.user(user)?.contact.phone, id: user.rawValue))
      for change in changes where change.user == user {
        let before = change.old.map { "\(words.when($0)) (\($0.worker))" } ?? words.pick("rien", "nothing")
        let after = change.new.map { "\(words.when($0)) (\($0.worker))" } ?? words.pick("plus couverte", "no longer covered") + reasonText(change.request, words)
        lines.append("    \(change.request)\(words.colon)\(before) → \(after)")
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  private func reasonText(_ request: Request.ID, _ words: Wording) -> String {
    guard let codes = reasons[request], !codes.isEmpty else { return "" }
    return " (" + codes.map { words.labels.sentence($0) }.joined(separator: "; ") + ")"
  }

  private func line(_ change: Change, for worker: Worker.ID, words: Wording, activity: (Plan.Assignment) -> String) -> String {
    switch change.kind {
    case .rescheduled:
      guard let old = change.old, let new = change.new else { return "" }
      return words.pick("déplacé", "moved") + "  \(change.request) \(activity(new)), \(change.user)\(words.colon)\(words.when(old)) → \(words.when(new))"
    case .reassigned:
      guard let old = change.old, let new = change.new else { return "" }
      if worker == old.worker {
        return words.pick("retiré", "off") + "    \(change.request) \(activity(old)), \(change.user)\(words.colon)\(words.when(old)) " + words.pick("(confié à \(new.worker))", "(given to \(new.worker))")
      }
      return words.pick("nouveau", "new") + "   \(change.request) \(activity(new)), \(change.user)\(words.colon)\(words.when(new)) " + words.pick("(à la place de \(old.worker))", "(instead of \(old.worker))")
    case .added:
      guard let new = change.new else { return "" }
      return words.pick("nouveau", "new") + "   \(change.request) \(activity(new)), \(change.user)\(words.colon)\(words.when(new))"
    case .dropped:
      guard let old = change.old else { return "" }
      return words.pick("retiré", "off") + "    \(change.request) \(activity(old)), \(change.user)\(words.colon)\(words.when(old))" + reasonText(change.request, words)
    }
  }
}
