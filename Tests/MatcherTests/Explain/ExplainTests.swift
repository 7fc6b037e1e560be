import Testing

@testable import Matcher

/// A hand-made week where each worker is stopped from request r-1 by a
/// different rule, and the valid plan that goes with it.
///
/// r-1: gardening (extended), 3 h, Tuesday 08:00-12:00, one seat, excludes
/// w-excl, seated by w-seat at 09:00. r-2: odd jobs (standard), 2 h, Tuesday,
/// seated by w-auth. r-3: childcare, priority 5, Tuesday, only w-busy holds
/// childcare: w-busy does it 08:00-11:00. r-4: pet care, nobody authorised.
/// r-5: gardening 2 h Wednesday morning, w-tight. r-6: gardening 2 h
/// Wednesday afternoon, w-free.
enum ExplainWeek {
  static let tuesday = "2026-11-24"
  static let wednesday = "2026-11-25"

  static func scenario() throws -> Scenario {
    var week = WeekBuilder()
    let tue = [(tuesday, "08:00", "12:00")]
    week.worker("w-auth", activities: ["odd_jobs"], available: tue)
    week.worker("w-agency", activities: ["gardening"], available: tue, agency: "ale-other")
    week.worker("w-far", activities: ["gardening"], available: tue, at: WeekBuilder.east(20))
    week.worker("w-time", activities: ["gardening"], available: [(wednesday, "08:00", "12:00")])
    week.worker("w-capstd", activities: ["gardening", "odd_jobs"], available: tue, worked: month(standard: 44))
    week.worker("w-capext", activities: ["gardening"], available: tue, worked: month(extended: 68))
    week.worker("w-capall", activities: ["gardening"], available: tue, worked: month(seasonal: 148))
    let earlier = (1...5).map { "{\"month\": \"2026-0\($0)\", \"standard\": 0, \"extended\": 0, \"seasonal\": 125.5}" }
    week.worker("w-capyear", activities: ["gardening"], available: tue, worked: "[\(earlier.joined(separator: ", "))]")
    week.worker("w-week", activities: ["gardening"], available: tue, maxHoursPerWeek: 2)
    week.worker("w-excl", activities: ["gardening"], available: tue)
    week.worker("w-seat", activities: ["gardening"], available: tue)
    week.worker("w-busy", activities: ["gardening", "childcare"], available: tue)
    week.worker("w-free", activities: ["gardening"], available: tue + [(wednesday, "08:00", "17:00")])
    week.worker("w-tight", activities: ["gardening"], available: tue + [(wednesday, "08:00", "12:00")], worked: month(extended: 66))
    week.user("u-1")
    week.request("r-1", user: "u-1", activity: "gardening", hours: 3, windows: tue, extra: ", \"excludedWorkers\": [\"w-excl\"]")
    week.request("r-2", user: "u-1", activity: "odd_jobs", hours: 2, windows: tue)
    week.request("r-3", user: "u-1", activity: "childcare", hours: 3, windows: tue, priority: 5)
    week.request("r-4", user: "u-1", activity: "pet_care", hours: 2, windows: tue)
    week.request("r-5", user: "u-1", activity: "gardening", hours: 2, windows: [(wednesday, "08:00", "12:00")])
    week.request("r-6", user: "u-1", activity: "gardening", hours: 2, windows: [(wednesday, "13:00", "17:00")])
    return try week.scenario()
  }

  static func month(standard: Double = 0, extended: Double = 0, seasonal: Double = 0) -> String {
    "[{\"month\": \"2026-11\", \"standard\": \(standard), \"extended\": \(extended), \"seasonal\": \(seasonal)}]"
  }

  static func at(_ request: String, _ worker: String, _ date: String, _ hour: Int) -> Choice {
    Choice(request: Request.ID(request), worker: Worker.ID(worker), date: Day(iso: date)!, start: hour * 60, pinned: false)
  }

  static let choices = [
    at("r-1", "w-seat", tuesday, 9), at("r-2", "w-auth", tuesday, 8), at("r-3", "w-busy", tuesday, 8),
    at("r-5", "w-tight", wednesday, 8), at("r-6", "w-free", wednesday, 13),
  ]

  static let solver = Plan.SolverInfo(method: "mip", components: 1, objective: 0, bound: 0, gap: 0, seconds: 0, timeLimitHit: false)

  static func plan(_ scenario: Scenario, choices: [Choice] = choices, unassigned: [Plan.Unassigned] = [
    Plan.Unassigned(request: "r-4", seatsMissing: 1, reasons: [.noAuthorizedWorker])
  ]) -> Plan {
    PlanAssembler.plan(for: scenario, choices: choices, unassigned: unassigned, status: .optimal, solver: solver)
  }
}

@Suite struct ExplainTests {
  let scenario: Scenario
  let plan: Plan
  let explainer: Explainer

  init() throws {
    scenario = try ExplainWeek.scenario()
    plan = ExplainWeek.plan(scenario)
    explainer = Explainer(plan: plan, scenario: scenario)
  }

  @Test func theHandMadePlanIsValid() {
    #expect(PlanValidator(scenario: scenario).violations(of: plan).isEmpty, "\(PlanValidator(scenario: scenario).violations(of: plan))")
  }

  /// One worker per rule, each stopped from r-1 by that rule first.
  @Test(arguments: [
    ("w-auth", "not_authorised"), ("w-agency", "other_agency"), ("w-far", "too_far"), ("w-time", "no_common_time"),
    ("w-capext", "cap"), ("w-capall", "cap"), ("w-capyear", "cap"), ("w-week", "weekly_maximum"), ("w-excl", "excluded"),
    ("w-seat", "seated_here"), ("w-busy", "taken"), ("w-tight", "taken"), ("w-free", "could_take"),
  ])
  func namesTheBindingRule(worker: String, code: String) throws {
    let explanation = try #require(explainer.request("r-1"))
    #expect(explanation.verdict(for: Worker.ID(worker))?.code == code)
  }

  @Test func namesTheDetailsOfEachRule() throws {
    let r1 = try #require(explainer.request("r-1"))
    #expect(r1.status == .seated(plan.assignments.filter { $0.request == "r-1" }))
    #expect(r1.candidates.map(\.worker) == r1.candidates.map(\.worker).sorted())
    #expect(r1.verdict(for: "w-agency") == .otherAgency(worker: "ale-other", user: "ale-test"))
    guard case .tooFar(let km, let maxKm)? = r1.verdict(for: "w-far") else { Issue.record("w-far"); return }
    #expect(abs(km - 26) < 0.1 && maxKm == 15)
    #expect(r1.verdict(for: "w-capext") == .cap(CapRoom(cap: "month-extended", period: "2026-11", limit: 70, used: 68, needed: 3)))
    #expect(r1.verdict(for: "w-capall") == .cap(CapRoom(cap: "month-all", period: "2026-11", limit: 150, used: 148, needed: 3)))
    #expect(r1.verdict(for: "w-capyear") == .cap(CapRoom(cap: "year-all", period: "2026", limit: 630, used: 627.5, needed: 3)))
    #expect(r1.verdict(for: "w-week") == .weeklyMaximum(CapRoom(cap: "week", period: "2026-11-23", limit: 2, used: 0, needed: 3)))
    // Taken by a higher-value job, named.
    let busy = plan.assignments.filter { $0.request == "r-3" }
    // r-3 is priority 5 × 3 h: taking r-1 would displace a value of 15.
    #expect(r1.verdict(for: "w-busy") == .takenByTime(busy, leastValue: 15))
    // Fits alone (66 + 3 ≤ 70) but not with the 2 h already planned on Wednesday.
    #expect(r1.verdict(for: "w-tight") == .takenByCap(CapRoom(cap: "month-extended", period: "2026-11", limit: 70, used: 68, needed: 3)))
    #expect(r1.verdict(for: "w-free") == .couldTake(date: Day(iso: "2026-11-24")!, start: TimeOfDay(minutes: 480), seatsFilledBy: ["w-seat"]))
    // The standard cap binds on a standard job.
    let r2 = try #require(explainer.request("r-2"))
    #expect(r2.verdict(for: "w-capstd") == .cap(CapRoom(cap: "month-standard", period: "2026-11", limit: 45, used: 44, needed: 2)))
  }

  @Test func givesTheRequestsStatusAndReason() throws {
    let r4 = try #require(explainer.request("r-4"))
    #expect(r4.status == .short(seated: [], missing: 1, reasons: [.noAuthorizedWorker]))
    #expect(r4.candidates.allSatisfy { $0.verdict == .notAuthorised })
    #expect(explainer.request("r-404") == nil)
  }

  @Test func textNamesTheRuleInBothLanguages() throws {
    let r1 = try #require(explainer.request("r-1"))
    let fr = r1.text(.fr, scenario: scenario)
    let en = r1.text(.en, scenario: scenario)
    #expect(fr.contains("Placée : w-seat mar. 24/11/2026 09:00-12:00"))
    #expect(
      fr.contains(
        "w-busy : pris par un autre travail de ce plan : r-3 mar. 24/11/2026 08:00-11:00 (priorité 5 × 3 h = valeur 15)"
          + " — la placer déplacerait au moins la valeur 15, contre 3 pour cette demande (priorité 1 × 3 h = valeur 3)"))
    #expect(en.contains("w-capext: cap of 70 h a month (small odd jobs, administrative help…, gardening, childcare…) (2026-11): 68 h of 70 h, 2 h left, 3 h needed"))
    #expect(en.contains("w-far: too far: 25.97 km, their maximum 15.00 km"))
    #expect(en.contains("w-week: weekly maximum: 0 h of 2 h, 2 h left, 3 h needed"))
    #expect(fr.contains("w-capyear : plafond de 630 h par an (toutes les activités) (2026) : 627,5 h sur 630 h, reste 2,5 h, il en faut 3 h"))
    #expect(en.contains("w-free: could take it (Tue 24/11/2026 08:00); not chosen: all seats are filled by w-seat"))
  }

  @Test func workerExplanationListsCapsAndWhatTheyCouldStillTake() throws {
    let tight = try #require(explainer.worker("w-tight"))
    #expect(tight.week.map(\.request) == ["r-5"])
    #expect(tight.caps.map(\.cap) == ["month-standard", "month-extended", "month-all", "year-all"])
    #expect(tight.caps.first { $0.cap == "month-extended" }?.left == 2)
    #expect(tight.caps.first { $0.cap == "year-all" }?.used == 68)
    #expect(tight.openings.isEmpty)

    let free = try #require(explainer.worker("w-free"))
    #expect(free.openings.map(\.request) == ["r-1", "r-5"])
    #expect(free.openings.allSatisfy { !$0.seatOpen })

    // Without r-5 in the plan, w-free could take it and a seat is open: listed first.
    let partial = ExplainWeek.plan(scenario, choices: ExplainWeek.choices.filter { $0.request != "r-5" }, unassigned: [
      Plan.Unassigned(request: "r-4", seatsMissing: 1, reasons: [.noAuthorizedWorker]),
      Plan.Unassigned(request: "r-5", seatsMissing: 1, reasons: [.outcompeted]),
    ])
    let again = try #require(Explainer(plan: partial, scenario: scenario).worker("w-free"))
    #expect(again.openings.map(\.request) == ["r-5", "r-1"])
    #expect(again.openings.first?.seatOpen == true)
    let text = again.text(.en, scenario: scenario)
    #expect(text.contains("cap of 70 h a month (small odd jobs, administrative help…, gardening, childcare…) (2026-11): 2 h / 70 h, left 68 h"))
    #expect(text.contains("r-5  Gardening, u-1, 2 h — Wed 25/11/2026 08:00, seat open"))

    let week = try #require(explainer.worker("w-week"))
    #expect(week.weekly == CapRoom(cap: "week", period: "2026-11-23", limit: 2, used: 0, needed: 0))
    #expect(explainer.worker("w-404") == nil)
  }
}
