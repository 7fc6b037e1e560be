/// A week with nothing to plan, said before solving.
///
/// A nightly job fed last week's export, or a policy that rejects every
/// request (`slotMinutes` 1440), would otherwise plan nothing and report
/// `optimal`, 100 % covered: `plan` refuses such a week (exit 65), and a
/// study (`batch`) records the run as refused.
extension Scenario {
  /// Why the week has nothing to plan (no request left once the records that
  /// cannot take part are set aside), or nil when some request can be planned.
  package var nothingToPlan: String? {
    guard plannableRequests.isEmpty else { return nil }
    let week = "the week of \(weekStart)"
    guard !requests.isEmpty else { return "the scenario has no request: nothing to plan in \(week)" }
    var counts: [String: Int] = [:]
    for rejection in rejected where rejection.kind == .request { counts[rejection.reason.rawValue, default: 0] += 1 }
    let reasons = counts.keys.sorted().map { "\(counts[$0] ?? 0) \($0)" }.joined(separator: ", ")
    let count = "\(requests.count) request" + (requests.count == 1 ? "" : "s")
    if counts.keys.sorted() == [RejectionReason.windowOutsideWeek.rawValue] {
      return "no request of this scenario falls in \(week) (\(count), every window outside it: were the dates moved forward?)"
    }
    return "no request of this scenario falls in \(week) or can be planned in it (\(count), all rejected: \(reasons))"
  }
}
