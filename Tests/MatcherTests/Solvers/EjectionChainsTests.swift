import Testing

@testable import Matcher

/// `EjectionChains`: seating a left-out request by a chain of moves.
@Suite struct EjectionChainsTests {
  static let monday = "2026-11-23"
  static let tuesday = "2026-11-24"

  func describe(_ set: CandidateSet, _ week: PlanningWeek, _ chosen: [Int]) -> [String] {
    chosen.map { "\(week.requests[Int(set.request[$0])].id)/\(week.workers[Int(set.worker[$0])].id)" }.sorted()
  }

  func index(_ set: CandidateSet, _ week: PlanningWeek, request: String, worker: String) throws -> Int {
    try #require((0..<set.count).first {
      week.requests[Int(set.request[$0])].id.rawValue == request && week.workers[Int(set.worker[$0])].id.rawValue == worker
    })
  }

  /// Three requests, all Monday 09:00–11:00. Only w-1 does odd jobs; w-1 and
  /// w-2 garden; w-2 and w-3 do pet care. From "w-1 gardens, w-2 minds the
  /// pets", the odd job needs a chain two levels deep: w-1 takes it, the
  /// gardening moves to w-2, the pet care to w-3. One swap (SwapSearch) cannot.
  func chainWeek(pinGarden: Bool = false) throws -> (PlanningWeek, CandidateSet) {
    var week = WeekBuilder()
    let morning = [(Self.monday, "08:00", "12:00")]
    week.worker("w-1", activities: ["gardening", "odd_jobs"], available: morning)
    week.worker("w-2", activities: ["gardening", "pet_care"], available: morning)
    week.worker("w-3", activities: ["pet_care"], available: morning)
    week.user("u-1")
    let slot = [(Self.monday, "09:00", "11:00")]
    week.request("r-garden", user: "u-1", activity: "gardening", hours: 2, windows: slot)
    week.request("r-odd", user: "u-1", activity: "odd_jobs", hours: 2, windows: slot)
    week.request("r-pets", user: "u-1", activity: "pet_care", hours: 2, windows: slot)
    if pinGarden { week.pin(request: "r-garden", worker: "w-1", date: Self.monday, start: "09:00") }
    let planning = PlanningWeek(try week.scenario())
    return (planning, CandidateEnumerator(week: planning).candidates())
  }

  @Test func aTwoLevelChainSeatsEveryRequest() throws {
    let (week, set) = try chainWeek()
    let scaling = ObjectiveScaling(candidates: set, week: week)
    let start = [try index(set, week, request: "r-garden", worker: "w-1"), try index(set, week, request: "r-pets", worker: "w-2")]
    let result = EjectionChains(week: week).improve(set, chosen: start, scaling: scaling)
    #expect(result.chains == 1)
    #expect(describe(set, week, result.chosen) == ["r-garden/w-2", "r-odd/w-1", "r-pets/w-3"])
    // SwapSearch's single swap finds nothing here: that is what the chain adds.
    #expect(SwapSearch(week: week).improve(set, chosen: start, scaling: scaling).swaps == 0)
  }

  /// One level only: w-1 would take the odd job, but the gardening cannot be
  /// re-seated without moving the pet care too, so nothing changes.
  @Test func aChainDeeperThanAllowedIsNotTried() throws {
    let (week, set) = try chainWeek()
    let scaling = ObjectiveScaling(candidates: set, week: week)
    let start = [try index(set, week, request: "r-garden", worker: "w-1"), try index(set, week, request: "r-pets", worker: "w-2")]
    var shallow = EjectionChains(week: week)
    shallow.maxDepth = 1
    let result = shallow.improve(set, chosen: start, scaling: scaling)
    #expect(result.chains == 0)
    #expect(result.chosen == start.sorted())
  }

  /// A pinned job never leaves, even for a chain that would seat everyone.
  @Test func aPinNeverLeaves() throws {
    let (week, set) = try chainWeek(pinGarden: true)
    let scaling = ObjectiveScaling(candidates: set, week: week)
    let start = [try index(set, week, request: "r-garden", worker: "w-1"), try index(set, week, request: "r-pets", worker: "w-2")]
    let result = EjectionChains(week: week).improve(set, chosen: start, scaling: scaling)
    #expect(result.chains == 0)
    #expect(describe(set, week, result.chosen) == ["r-garden/w-1", "r-pets/w-2"])
  }

  /// The weekly maximum, not an overlap: w-1 (2 h a week) gardens on Monday;
  /// the odd job on Tuesday only w-1 can do. The chain makes room under the
  /// maximum: the gardening leaves w-1 for w-2, w-1 takes the odd job.
  @Test func aChainMakesRoomUnderTheWeeklyMaximum() throws {
    var builder = WeekBuilder()
    builder.worker("w-1", activities: ["gardening", "odd_jobs"], available: [(Self.monday, "08:00", "12:00"), (Self.tuesday, "08:00", "12:00")], maxHoursPerWeek: 2)
    builder.worker("w-2", activities: ["gardening"], available: [(Self.monday, "08:00", "12:00")])
    builder.user("u-1")
    builder.request("r-garden", user: "u-1", activity: "gardening", hours: 2, windows: [(Self.monday, "09:00", "11:00")])
    builder.request("r-odd", user: "u-1", activity: "odd_jobs", hours: 2, windows: [(Self.tuesday, "09:00", "11:00")])
    let week = PlanningWeek(try builder.scenario())
    let set = CandidateEnumerator(week: week).candidates()
    let scaling = ObjectiveScaling(candidates: set, week: week)
    let start = [try index(set, week, request: "r-garden", worker: "w-1")]
    let result = EjectionChains(week: week).improve(set, chosen: start, scaling: scaling)
    #expect(describe(set, week, result.chosen) == ["r-garden/w-2", "r-odd/w-1"])
  }

  /// A chain may leave a request out only if it still gains coverage: w-1
  /// gardens (priority 2) and alone could do the odd job (priority 1) instead.
  /// Trading 2 for 1 is a loss, so the plan stays; at priority 3 it is a gain.
  @Test(arguments: [(1, ["r-garden/w-1"]), (3, ["r-odd/w-1"])])
  func aRequestIsLeftOutOnlyForMoreCoverage(oddPriority: Int, expected: [String]) throws {
    var builder = WeekBuilder()
    builder.worker("w-1", activities: ["gardening", "odd_jobs"], available: [(Self.monday, "08:00", "12:00")])
    builder.user("u-1")
    builder.request("r-garden", user: "u-1", activity: "gardening", hours: 2, windows: [(Self.monday, "09:00", "11:00")], priority: 2)
    builder.request("r-odd", user: "u-1", activity: "odd_jobs", hours: 2, windows: [(Self.monday, "09:00", "11:00")], priority: oddPriority)
    let week = PlanningWeek(try builder.scenario())
    let set = CandidateEnumerator(week: week).candidates()
    let scaling = ObjectiveScaling(candidates: set, week: week)
    let start = [try index(set, week, request: "r-garden", worker: "w-1")]
    let result = EjectionChains(week: week).improve(set, chosen: start, scaling: scaling)
    #expect(describe(set, week, result.chosen) == expected)
  }

  /// On random weeks, from the greedy's plan: every rule still holds (the
  /// greedy replays the result without dropping anything), the weighted
  /// coverage never falls, each kept chain gains at least one unit, and the
  /// same input gives the same plan.
  @Test(arguments: 0..<40)
  func neverLosesCoverageAndStaysFeasible(seed: Int) throws {
    let week = PlanningWeek(try RandomWeek.make(seed: UInt64(seed)).scenario())
    let set = CandidateEnumerator(week: week).candidates()
    let scaling = ObjectiveScaling(candidates: set, week: week)
    let greedy = GreedySolver(week: week).solve(set, scaling: scaling)
    let result = EjectionChains(week: week).improve(set, chosen: greedy, scaling: scaling)
    #expect(GreedySolver(week: week).solve(set, scaling: scaling, initial: result.chosen).count >= result.chosen.count)
    var replay = GreedyState(week: week)
    for i in result.chosen {
      #expect(replay.fits(set, i), "candidate \(i) breaks a rule after the chains")
      replay.take(set, i)
    }
    let units = { (plan: [Int]) in plan.reduce(0) { $0 + scaling.coverageUnits($1) } }
    #expect(units(result.chosen) >= units(greedy) + result.chains)
    #expect(EjectionChains(week: week).improve(set, chosen: greedy, scaling: scaling).chosen == result.chosen)
    for i in set.pinned.indices where set.pinned[i] { #expect(result.chosen.contains(i)) }
  }
}
