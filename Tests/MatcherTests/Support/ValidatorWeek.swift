@testable import Matcher

/// The week the validator's mutation tests start from, and its valid plan.
///
/// Week of Monday 2026-11-23 (Tue = 24, Wed = 25, Thu = 26). The valid plan:
///
/// | request | what | seats | plan |
/// |---|---|---|---|
/// | r-1 | gardening 3 h, Tue 08-18, prefers w-1, excludes w-5 | 1 | w-1 Tue 09:00 |
/// | r-2 | odd jobs 2 h, Tue 10-18 | 2 | w-2 Tue 12:30, w-1 Tue 14:00 |
/// | r-3 | gardening for a school (activity_not_allowed) | – | rejected |
/// | r-4 | painting (unknown_activity) | – | rejected |
/// | r-5 | childcare 2 h, Tue: nobody holds it | 1 | unassigned, no_authorized_worker |
/// | r-6 | odd jobs 2 h, Wed 08-18 | 1 | w-5 Wed 09:00 |
/// | r-7 | gardening 2 h for u-far (20 km south) | 1 | unassigned, out_of_range |
/// | r-8 | window on Monday 2026-11-30 (window_outside_week) | – | rejected |
/// | r-9 | 1.25 h (bad_duration) | – | rejected |
/// | r-10 | odd jobs 1 h, Thu 08-12, pinned to w-2 at 09:00 | 1 | w-2 Thu 09:00, pinned |
///
/// Workers: w-1 (gardening, odd jobs; Tue 08-20, Wed 08-18; 42 standard h
/// worked in November, so 2 more standard hours after r-2 break month-standard);
/// w-2 (odd jobs; Tue 08-12 and 12:30-18, Thu 08-12; known to u-1);
/// w-3 (ineligible: unemployed since 2026-10-01); w-4 (agency ale-liege);
/// w-5 (gardening, odd jobs; Tue, Wed); w-6 (gardening, lives 20 km north);
/// w-7 (odd jobs; at most 1 h a week).
enum ValidatorWeek {
  static let tuesday = "2026-11-24"
  static let wednesday = "2026-11-25"
  static let thursday = "2026-11-26"

  static var scenario: HandMadeScenario {
    var s = HandMadeScenario()
    s.users = [
      .init(id: "u-1"),
      .init(id: "u-2", kind: "school"),
      .init(id: "u-far", location: HandMadeScenario.south),
    ]
    s.workers = [
      .init(
        id: "w-1", activities: ["gardening", "odd_jobs"],
        availability: [(tuesday, "08:00", "20:00"), (wednesday, "08:00", "18:00")],
        worked: [("2026-11", 42, 0, 0)]),
      .init(
        id: "w-2", activities: ["odd_jobs"],
        availability: [(tuesday, "08:00", "12:00"), (tuesday, "12:30", "18:00"), (thursday, "08:00", "12:00")]),
      .init(id: "w-3", unemployedSince: "2026-10-01", activities: ["gardening", "odd_jobs"], availability: [(tuesday, "08:00", "20:00"), (wednesday, "08:00", "18:00")]),
      .init(id: "w-4", agency: "ale-liege", activities: ["gardening"], availability: [(tuesday, "08:00", "18:00")]),
      .init(id: "w-5", activities: ["gardening", "odd_jobs"], availability: [(tuesday, "08:00", "18:00"), (wednesday, "08:00", "18:00")]),
      .init(id: "w-6", home: HandMadeScenario.north, activities: ["gardening"], availability: [(tuesday, "08:00", "20:00")]),
      .init(id: "w-7", activities: ["odd_jobs"], availability: [(tuesday, "08:00", "18:00")], maxHoursPerWeek: 1),
    ]
    s.requests = [
      .init(id: "r-1", activity: "gardening", hours: 3, windows: [(tuesday, "08:00", "18:00")], preferred: ["w-1"], excluded: ["w-5"]),
      .init(id: "r-2", activity: "odd_jobs", hours: 2, windows: [(tuesday, "10:00", "18:00")], seats: 2),
      .init(id: "r-3", user: "u-2", activity: "gardening", hours: 2, windows: [(wednesday, "08:00", "18:00")]),
      .init(id: "r-4", activity: "painting", hours: 2, windows: [(tuesday, "08:00", "18:00")]),
      .init(id: "r-5", activity: "childcare", hours: 2, windows: [(tuesday, "08:00", "18:00")], priority: 3),
      .init(id: "r-6", activity: "odd_jobs", hours: 2, windows: [(wednesday, "08:00", "18:00")], priority: 2),
      .init(id: "r-7", user: "u-far", activity: "gardening", hours: 2, windows: [(tuesday, "08:00", "18:00")]),
      .init(id: "r-8", activity: "odd_jobs", hours: 2, windows: [("2026-11-30", "08:00", "18:00")]),
      .init(id: "r-9", activity: "odd_jobs", hours: 1.25, windows: [(tuesday, "08:00", "18:00")]),
      .init(id: "r-10", activity: "odd_jobs", hours: 1, windows: [(thursday, "08:00", "12:00")]),
    ]
    s.history = [("w-2", "u-1")]
    s.pinned = [.init(request: "r-10", worker: "w-2", date: thursday, start: "09:00")]
    return s
  }

  /// A choice of the plan.
  static func choice(_ request: String, _ worker: String, _ date: String, _ start: String, pinned: Bool = false) -> Choice {
    Choice(
      request: Request.ID(request), worker: Worker.ID(worker), date: HandMadeScenario.day(date),
      start: HandMadeScenario.minutes(start), pinned: pinned)
  }

  /// The valid plan's choices.
  static let choices: [Choice] = [
    choice("r-1", "w-1", tuesday, "09:00"),
    choice("r-2", "w-2", tuesday, "12:30"),
    choice("r-2", "w-1", tuesday, "14:00"),
    choice("r-6", "w-5", wednesday, "09:00"),
    choice("r-10", "w-2", thursday, "09:00", pinned: true),
  ]

  /// The valid plan's unassigned requests.
  static let unassigned: [Plan.Unassigned] = [
    Plan.Unassigned(request: "r-5", seatsMissing: 1, reasons: [.noAuthorizedWorker]),
    Plan.Unassigned(request: "r-7", seatsMissing: 1, reasons: [.outOfRange]),
  ]

  /// Solver details of a proven plan.
  static let solver = Plan.SolverInfo(method: "mip", components: 1, objective: 0, bound: 0, gap: 0, seconds: 0, timeLimitHit: false)

  /// The plan the assembler makes of `choices`.
  static func plan(_ scenario: Scenario, choices: [Choice] = choices, unassigned: [Plan.Unassigned] = unassigned) -> Plan {
    PlanAssembler.plan(for: scenario, choices: choices, unassigned: unassigned, status: .optimal, solver: solver)
  }
}
