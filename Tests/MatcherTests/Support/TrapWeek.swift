@testable import Matcher

/// The hand-made week of `SolverTests.mipBeatsGreedyOnATrap`, for the stage tests.
///
/// One worker, Monday 08:00–13:00, three gardening requests of 2 h with one
/// possible start each: r-big (priority 3) 09:30–11:30, r-early (priority 2)
/// 08:00–10:00, r-late (priority 2) 11:00–13:00. r-big clashes with both
/// others; r-early and r-late are an hour apart (more than the 30 min gap).
/// Candidates, in (request, worker, day, start) order: 0 r-big, 1 r-early, 2 r-late.
enum TrapWeek {
  static let monday = "2026-11-23"

  static func scenario(pinEarly: Bool = false) throws -> Scenario {
    var week = WeekBuilder()
    week.worker("w-1", activities: ["gardening"], available: [(monday, "08:00", "13:00")])
    week.user("u-1")
    week.request("r-big", user: "u-1", activity: "gardening", hours: 2, windows: [(monday, "09:30", "11:30")], priority: 3)
    week.request("r-early", user: "u-1", activity: "gardening", hours: 2, windows: [(monday, "08:00", "10:00")], priority: 2)
    week.request("r-late", user: "u-1", activity: "gardening", hours: 2, windows: [(monday, "11:00", "13:00")], priority: 2)
    if pinEarly { week.pin(request: "r-early", worker: "w-1", date: monday, start: "08:00") }
    return try week.scenario()
  }

  /// The planning week, its candidates and their objective scaling.
  static func stages(pinEarly: Bool = false) throws -> (week: PlanningWeek, set: CandidateSet, scaling: ObjectiveScaling) {
    let week = PlanningWeek(try scenario(pinEarly: pinEarly))
    let set = CandidateEnumerator(week: week).candidates()
    return (week, set, ObjectiveScaling(candidates: set, week: week))
  }

  /// `request@HH:MM` of each candidate, in candidate order.
  static func names(_ set: CandidateSet, _ week: PlanningWeek) -> [String] {
    (0..<set.count).map { i in "\(week.requests[Int(set.request[i])].id)@\(TimeOfDay(minutes: Int(set.start[i])))" }
  }
}
