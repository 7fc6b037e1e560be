/// What changed between two plans of the same week, so that the collaborator
/// knows whom to call (`match-cli changes OLD NEW`).
///
/// Assignments are matched seat by seat, in three passes:
/// 1. **kept**: the same request, worker, date and start in both plans;
/// 2. **moved, same worker** (*rescheduled*): the same request and worker,
///    another date or start;
/// 3. **moved, other worker** (*reassigned*): a seat of the same request
///    given to another worker (whatever the time). The old and new
///    assignments left over for a request are paired in plan order (date,
///    start, worker).
///
/// What is left is **dropped** (in the old plan only: that seat is no longer
/// covered) or **added** (in the new plan only). Every list is sorted, so the
/// same two plans give the same changes, byte for byte.
public struct PlanChanges: Hashable, Sendable {
  /// One seat that is not exactly as it was.
  public struct Change: Hashable, Sendable, Comparable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
      /// Same request and worker, another date or start.
      case rescheduled
      /// Same request, another worker.
      case reassigned
      /// In the new plan only.
      case added
      /// In the old plan only.
      case dropped
    }
    public var kind: Kind
    public var request: Request.ID
    public var user: User.ID
    /// The assignment in the old plan (nil when added).
    public var old: Plan.Assignment?
    /// The assignment in the new plan (nil when dropped).
    public var new: Plan.Assignment?

    /// The workers this change concerns: the old one, then the new one if different.
    public var workers: [Worker.ID] {
      var result: [Worker.ID] = []
      for a in [old, new].compactMap({ $0 }) where !result.contains(a.worker) { result.append(a.worker) }
      return result
    }

    /// By request, then the old (else new) assignment's plan order.
    public static func < (lhs: Change, rhs: Change) -> Bool {
      guard lhs.request == rhs.request else { return lhs.request < rhs.request }
      let l = lhs.old ?? lhs.new
      let r = rhs.old ?? rhs.new
      switch (l, r) {
      case let (l?, r?) where l != r: return l < r
      default: return (Kind.allCases.firstIndex(of: lhs.kind) ?? 0) < (Kind.allCases.firstIndex(of: rhs.kind) ?? 0)
      }
    }
  }

  /// Assignments in both plans unchanged, in plan order.
  public var kept: [Plan.Assignment]
  /// Everything else, sorted by request then time.
  public var changes: [Change]
  /// The new plan's reasons for requests that lost a seat, by request.
  public var reasons: [Request.ID: [Plan.UnassignedReason]]

  /// Matches `old` against `new` (see the type's documentation).
  /// - Complexity: O(n log n) in the number of assignments.
  public init(old: Plan, new: Plan) {
    var oldLeft = old.assignments.sorted()
    var newLeft = new.assignments.sorted()
    func key(_ a: Plan.Assignment) -> String { "\(a.request.rawValue)\u{0}\(a.worker.rawValue)\u{0}\(a.date.ordinal)\u{0}\(a.start.minutes)" }
    let newKeys = Set(newLeft.map(key))
    let oldKeys = Set(oldLeft.map(key))
    kept = oldLeft.filter { newKeys.contains(key($0)) }
    oldLeft.removeAll { newKeys.contains(key($0)) }
    newLeft.removeAll { oldKeys.contains(key($0)) }

    var changes: [Change] = []
    // Pass 2: same request and worker, other time.
    var unmatched: [Plan.Assignment] = []
    for a in oldLeft {
      if let index = newLeft.firstIndex(where: { $0.request == a.request && $0.worker == a.worker }) {
        changes.append(Change(kind: .rescheduled, request: a.request, user: a.user, old: a, new: newLeft[index]))
        newLeft.remove(at: index)
      } else {
        unmatched.append(a)
      }
    }
    // Pass 3: same request, other worker.
    for a in unmatched {
      if let index = newLeft.firstIndex(where: { $0.request == a.request }) {
        changes.append(Change(kind: .reassigned, request: a.request, user: a.user, old: a, new: newLeft[index]))
        newLeft.remove(at: index)
      } else {
        changes.append(Change(kind: .dropped, request: a.request, user: a.user, old: a, new: nil))
      }
    }
    for a in newLeft { changes.append(Change(kind: .added, request: a.request, user: a.user, old: nil, new: a)) }
    self.changes = changes.sorted()
    var reasons: [Request.ID: [Plan.UnassignedReason]] = [:]
    for entry in new.unassigned where changes.contains(where: { $0.kind == .dropped && $0.request == entry.request }) {
      reasons[entry.request] = entry.reasons
    }
    self.reasons = reasons
  }

  /// Number of changes of `kind`.
  public func count(_ kind: Change.Kind) -> Int { changes.filter { $0.kind == kind }.count }

  /// Workers to call, sorted by id: everyone whose week changed.
  public var workers: [Worker.ID] { Array(Set(changes.flatMap(\.workers))).sorted() }

  /// Users to call, sorted by id: everyone with a changed seat.
  public var users: [User.ID] { Array(Set(changes.map(\.user))).sorted() }

  /// The changes that concern `worker`, in `changes` order.
  public func changes(for worker: Worker.ID) -> [Change] { changes.filter { $0.workers.contains(worker) } }

  /// The changes as lines for a terminal, each ending in `\n`: counts, then
  /// per worker (whom to call and what to tell them), then per user.
  /// `scenario` (the new week) gives activity labels; without it, ids.
  public func text(_ language: PlanReport.Language, scenario: Scenario? = nil) -> String {
    let words = ExplainWords(language)
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
    lines.append(words.pick("Travailleurs à appeler :", "Workers to call:"))
    for worker in workers {
      lines.append("  \(worker)")
      for change in changes(for: worker) {
        lines.append("    " + line(change, for: worker, words: words, activity: activity))
      }
    }
    lines.append(words.pick("Utilisateurs à prévenir :", "Users to tell:"))
    for user in users {
      lines.append("  \(user)")
      for change in changes where change.user == user {
        let before = change.old.map { "\(words.when($0)) (\($0.worker))" } ?? words.pick("rien", "nothing")
        let after = change.new.map { "\(words.when($0)) (\($0.worker))" } ?? words.pick("plus couverte", "no longer covered") + reasonText(change.request, words)
        lines.append("    \(change.request)\(words.colon)\(before) → \(after)")
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  private func reasonText(_ request: Request.ID, _ words: ExplainWords) -> String {
    guard let codes = reasons[request], !codes.isEmpty else { return "" }
    return " (" + codes.map { words.labels.sentence($0) }.joined(separator: "; ") + ")"
  }

  private func line(_ change: Change, for worker: Worker.ID, words: ExplainWords, activity: (Plan.Assignment) -> String) -> String {
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
