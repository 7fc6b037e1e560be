import Testing

@testable import Matcher

/// `StartReduction` on weeks small enough to work out by hand (grid 30 min, gap 30 min).
@Suite struct StartReductionTests {
  static let monday = "2026-11-23"

  /// One worker free Monday 08:00–12:00.
  static func week(requests: [(id: String, hours: Double)]) throws -> PlanningWeek {
    var week = WeekBuilder()
    week.worker("w-1", activities: ["gardening"], available: [(monday, "08:00", "12:00")])
    week.user("u-1")
    for request in requests {
      week.request(request.id, user: "u-1", activity: "gardening", hours: request.hours, windows: [(monday, "08:00", "12:00")])
    }
    return PlanningWeek(try week.scenario())
  }

  /// One 2 h request: the grid offers 08:00 … 10:00 (5 starts). Left-justified,
  /// every plan can start it at 08:00, and nothing else of the worker's day
  /// could justify a later start: one candidate stays.
  @Test func aLoneRequestKeepsItsEarliestStart() throws {
    let week = try Self.week(requests: [("r-a", 2)])
    let all = CandidateEnumerator(week: week).candidates(reduce: false)
    #expect(TrapWeek.names(all, week) == ["r-a@08:00", "r-a@08:30", "r-a@09:00", "r-a@09:30", "r-a@10:00"])
    let reduced = StartReduction(week: week).reduced(all)
    #expect(TrapWeek.names(reduced, week) == ["r-a@08:00"])
  }

  /// r-a 2 h (starts 08:00 … 10:00) and r-b 1 h (08:00 … 11:00).
  ///
  /// Step 1 (justified starts): the runs' first starts r-a@08:00 and
  /// r-b@08:00; after r-a@08:00 (ends 10:00, + 30 min gap) r-b@10:30; after
  /// r-b@08:00 (ends 09:00 + gap) r-a@09:30 and r-b@09:30; after r-b@09:30
  /// r-b@11:00. Step 2 (dominated starts), clash sets with the other request:
  /// r-b@08:00 {a@08:00} ⊂ r-b@09:30 {a@08:00, a@09:30}, so r-b@09:30 goes;
  /// r-b@10:30 and r-b@11:00 both clash with {a@09:30} only: the earlier stays.
  /// r-a@08:00 {b@08:00, b@09:30} and r-a@09:30 {b@09:30, b@10:30, b@11:00}
  /// are not comparable: both stay. Both optimal plans (a@08:00 + b@10:30,
  /// b@08:00 + a@09:30) survive.
  @Test func twoRequestsKeepOnlyJustifiedUndominatedStarts() throws {
    let week = try Self.week(requests: [("r-a", 2), ("r-b", 1)])
    let all = CandidateEnumerator(week: week).candidates(reduce: false)
    #expect(all.count == 5 + 7)
    let reduced = StartReduction(week: week).reduced(all)
    #expect(TrapWeek.names(reduced, week) == ["r-a@08:00", "r-a@09:30", "r-b@08:00", "r-b@10:30"])
  }

  /// A pinned start is kept even where the reduction would drop it.
  @Test func aPinnedStartIsKept() throws {
    var builder = WeekBuilder()
    builder.worker("w-1", activities: ["gardening"], available: [(Self.monday, "08:00", "12:00")])
    builder.user("u-1")
    builder.request("r-a", user: "u-1", activity: "gardening", hours: 2, windows: [(Self.monday, "08:00", "12:00")])
    builder.pin(request: "r-a", worker: "w-1", date: Self.monday, start: "09:00")
    let week = PlanningWeek(try builder.scenario())
    let reduced = StartReduction(week: week).reduced(CandidateEnumerator(week: week).candidates(reduce: false))
    #expect(TrapWeek.names(reduced, week).contains("r-a@09:00"))
    #expect(reduced.pinned.filter { $0 }.count == 1)
  }
}
