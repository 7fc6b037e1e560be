import Testing

@_spi(Testing) @testable import Matcher

/// GLPK failing in one component (a fatal error, or out of memory) costs
/// that component its optimality, nothing more: it falls back to the greedy
/// plan (`heuristic`), the other component is still proven optimal, and the
/// week's plan passes the validator.
@Suite("Fault injection")
struct FaultInjectionTests {
  /// Two agencies (`sameAgencyOnly`), so two components: Namur with
  /// `namur` gardeners and requests competing over two days, Liège with `liege`.
  static func twoAgencyWeek(namur: Int, liege: Int) -> HandMadeScenario {
    var week = HandMadeScenario()
    week.users = []
    for (agency, count) in [("ale-namur", namur), ("ale-liege", liege)] {
      let tag = agency.dropFirst(4)
      week.users.append(.init(id: "u-\(tag)", agency: agency))
      for k in 0..<count {
        week.workers.append(.init(
          id: "w-\(tag)-\(k)", agency: agency, activities: ["gardening"],
          availability: [("2026-11-24", "08:00", k.isMultiple(of: 2) ? "13:00" : "18:00"), ("2026-11-25", "09:00", "17:00")],
          maxHoursPerWeek: Double(3 + k % 4)))
        week.requests.append(.init(
          id: "r-\(tag)-\(k)", user: "u-\(tag)", activity: "gardening", hours: Double(1 + k % 4),
          windows: [("2026-11-24", "08:00", "18:00"), ("2026-11-25", "08:00", "18:00")],
          seats: 1 + k % 2, priority: 1 + k % 3))
      }
    }
    return week
  }

  static func options(_ change: (inout SolveOptions) -> Void = { _ in }) -> SolveOptions {
    var options = SolveOptions()
    options.timeLimit = 60
    options.jobs = 1
    change(&options)
    return options
  }

  /// The assignments of one agency's users.
  static func assignments(_ plan: Plan, of tag: String) -> [Plan.Assignment] {
    plan.assignments.filter { $0.user.rawValue == "u-\(tag)" }
  }

  @Test("a fatal GLPK error in one component: that component is greedy, the other still optimal", arguments: [0, 1])
  func fatalErrorDegradesOneComponent(faulty: Int) throws {
    let scenario = try Self.twoAgencyWeek(namur: 8, liege: 4).load()
    let clean = Solver(options: Self.options()).solve(scenario)
    try #require(clean.components == 2)
    try #require(clean.plan.status == .optimal)

    let report = Solver(options: Self.options { $0.faultyComponents = [faulty] }).solve(scenario)
    #expect(report.components == 2)
    #expect(report.heuristicComponents == 1)
    #expect(report.optimalComponents == 1)
    #expect(report.plan.status == .heuristic)
    #expect(PlanValidator(scenario: scenario).violations(of: report.plan).isEmpty)
    // The healthy component's assignments are exactly those of the clean solve.
    let unchanged = ["namur", "liege"].filter { Self.assignments(report.plan, of: $0) == Self.assignments(clean.plan, of: $0) }
    #expect(!unchanged.isEmpty)
    #expect(report.plan.summary.weightedCoverage <= clean.plan.summary.weightedCoverage)
  }

  @Test("out of memory in the large component: it is greedy, the small one still optimal")
  func memoryLimitDegradesTheLargeComponent() throws {
    let scenario = try Self.twoAgencyWeek(namur: 16, liege: 4).load()
    let clean = Solver(options: Self.options()).solve(scenario)
    try #require(clean.components == 2)
    try #require(clean.heuristicComponents == 0)

    let report = Solver(options: Self.options { $0.memoryLimitMB = 1 }).solve(scenario)
    #expect(report.heuristicComponents == 1)
    #expect(report.optimalComponents + report.feasibleComponents == 1)
    #expect(report.optimalComponents >= clean.optimalComponents - 1)
    #expect(report.plan.status == .heuristic)
    #expect(PlanValidator(scenario: scenario).violations(of: report.plan).isEmpty)
    #expect(Self.assignments(report.plan, of: "liege") == Self.assignments(clean.plan, of: "liege"))
  }

  @Test("a generous memory limit changes nothing")
  func generousMemoryLimitIsHarmless() throws {
    let scenario = try Self.twoAgencyWeek(namur: 8, liege: 4).load()
    let clean = Solver(options: Self.options()).solve(scenario)
    let limited = Solver(options: Self.options { $0.memoryLimitMB = 512 }).solve(scenario)
    #expect(limited.plan.status == .optimal)
    #expect(limited.plan.assignments == clean.plan.assignments)
  }
}
