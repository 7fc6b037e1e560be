/// Finds the well-formed records that cannot take part in the planning.
///
/// Each rejected record gets the first reason that applies, checked in the
/// order of formats.md: a worker `ineligible`; a request `unknown_activity`,
/// `activity_not_allowed`, `window_outside_week` (any window dated outside
/// Monday...Sunday: the collaborator should see it rather than have part of
/// the request planned), then `bad_duration` (not a whole number of slots,
/// or longer than every window).
struct RecordClassifier {
  let rules: RuleSet
  let policy: Policy
  let weekStart: Day

  /// Every rejection, sorted by kind then id.
  func rejections(workers: [Worker], users: [User], requests: [Request]) -> [Rejection] {
    var rejected: [Rejection] = []
    for worker in workers {
      if case .ineligible(let message) = RuleArithmetic.eligibility(of: worker, at: weekStart, rules: rules) {
        rejected.append(Rejection(kind: .worker, id: worker.id.rawValue, reason: .ineligible, message: message))
      }
    }
    let userKind = Dictionary(users.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
    for request in requests {
      if let (reason, message) = problem(of: request, userKind: userKind[request.user] ?? "") {
        rejected.append(Rejection(kind: .request, id: request.id.rawValue, reason: reason, message: message))
      }
    }
    return rejected.sorted()
  }

  private func problem(of request: Request, userKind: String) -> (RejectionReason, String)? {
    guard let activity = rules.activity(request.activity) else {
      return (.unknownActivity, "activity \"\(request.activity)\" is not in the catalog")
    }
    guard activity.userKinds.contains(userKind) else {
      return (.activityNotAllowed, "\(activity.id) is not allowed for a \(userKind) user (only \(activity.userKinds.joined(separator: ", ")))")
    }
    let sunday = weekStart.adding(days: 6)
    if let outside = request.windows.first(where: { $0.date < weekStart || $0.date > sunday }) {
      return (.windowOutsideWeek, "window on \(outside.date) is outside the week \(weekStart)...\(sunday)")
    }
    let exactMinutes = request.hours * 60
    guard exactMinutes == exactMinutes.rounded(), request.minutes % policy.slotMinutes == 0 else {
      return (.badDuration, "\(JSONWriter.format(request.hours)) h is not a whole number of \(policy.slotMinutes)-minute slots")
    }
    guard request.windows.contains(where: { $0.to.minutes - $0.from.minutes >= request.minutes }) else {
      return (.badDuration, "\(JSONWriter.format(request.hours)) h is longer than every window")
    }
    return nil
  }
}
