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
package struct PlanChanges: Hashable, Sendable {
  /// One seat that is not exactly as it was.
  package struct Change: Hashable, Sendable, Comparable {
    package enum Kind: String, Hashable, Sendable, CaseIterable {
      /// Same request and worker, another date or start.
      case rescheduled
      /// Same request, another worker.
      case reassigned
      /// In the new plan only.
      case added
      /// In the old plan only.
      case dropped
    }
    package var kind: Kind
    package var request: Request.ID
    package var user: User.ID
    /// The assignment in the old plan (nil when added).
    package var old: Plan.Assignment?
    /// The assignment in the new plan (nil when dropped).
    package var new: Plan.Assignment?

    /// The workers this change concerns: the old one, then the new one if different.
    package var workers: [Worker.ID] {
      var result: [Worker.ID] = []
      for a in [old, new].compactMap({ $0 }) where !result.contains(a.worker) { result.append(a.worker) }
      return result
    }

    /// By request, then the old (else new) assignment's plan order.
    package static func < (lhs: Change, rhs: Change) -> Bool {
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
  package var kept: [Plan.Assignment]
  /// Everything else, sorted by request then time.
  package var changes: [Change]
  /// The new plan's reasons for requests that lost a seat, by request.
  package var reasons: [Request.ID: [UnassignedReason]]

  /// Matches `old` against `new` (see the type's documentation).
  /// - Complexity: O(n log n) in the number of assignments.
  package init(old: Plan, new: Plan) {
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
    var reasons: [Request.ID: [UnassignedReason]] = [:]
    for entry in new.unassigned where changes.contains(where: { $0.kind == .dropped && $0.request == entry.request }) {
      reasons[entry.request] = entry.reasons
    }
    self.reasons = reasons
  }

  /// Number of changes of `kind`.
  package func count(_ kind: Change.Kind) -> Int { changes.filter { $0.kind == kind }.count }

  /// Workers to call, sorted by id: everyone whose week changed.
  package var workers: [Worker.ID] { Array(Set(changes.flatMap(\.workers))).sorted() }

  /// Users to call, sorted by id: everyone with a changed seat.
  package var users: [User.ID] { Array(Set(changes.map(\.user))).sorted() }

  /// The changes that concern `worker`, in `changes` order.
  package func changes(for worker: Worker.ID) -> [Change] { changes.filter { $0.workers.contains(worker) } }
}
