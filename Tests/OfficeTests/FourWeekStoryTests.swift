import Foundation
import Matcher
import Testing

@testable import Office

/// Four weeks of the bundled agency (scenarios/small-week.json), its requests made weekly:
/// plan, publish, record (a no-show, an hour changed), and each next week's `worked` checked
/// against totals added up here by hand from the published plans.
@Suite struct FourWeekStoryTests {
  typealias Totals = [String: [String: [CapClass: Double]]]  // worker → month → class → hours

  let mondays = ["2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14"].compactMap(Day.init(iso:))

  /// Makes every one-off request of the small week a weekly one on its window's weekday.
  static func makeWeekly(_ office: OfficeDatabase) throws {
    for record in try office.requests() {
      guard let detail = try office.request(id: record.id), let window = detail.windows.first, let date = Day(iso: window.date) else { continue }
      var request = detail.request
      request.rrule = RecurrenceRule(weekdays: [date.weekday]).description
      request.dtstart = window.date
      request.from = window.from
      request.to = window.to
      try office.saveRequest(RequestDetail(request: request), by: "story")
    }
  }

  static func worked(_ scenario: Scenario) -> Totals {
    var totals: Totals = [:]
    for worker in scenario.workers {
      for month in worker.worked {
        for capClass in CapClass.allCases where month[capClass] != 0 {
          totals[worker.id.rawValue, default: [:]][month.month.description, default: [:]][capClass] = month[capClass]
        }
      }
    }
    return totals
  }

  static func add(_ plan: Plan, except outcomes: [AssignmentOutcome], to totals: inout Totals) {
    for assignment in plan.assignments {
      let outcome = outcomes.first { $0.request == assignment.request.rawValue && $0.worker == assignment.worker.rawValue }
      let hours: Double
      switch outcome?.state {
      case .noShow?, .cancelled?: hours = 0
      case .done?: hours = outcome?.hours ?? assignment.hours
      default: hours = assignment.hours
      }
      guard hours != 0 else { continue }
      totals[assignment.worker.rawValue, default: [:]][assignment.date.month.description, default: [:]][assignment.capClass, default: 0] += hours
    }
  }

  static func options() -> SolveOptions {
    var options = SolveOptions()
    options.timeLimit = 20
    return options
  }

  @Test func fourWeeksOfPlanningPublishingAndRecording() throws {
    let office = try OfficeFixture.smallWeek()
    try Self.makeWeekly(office)
    var expected: Totals = ["w-anne": ["2026-11": [.standard: 6, .extended: 10]]]

    // Week 1: a no-show and an hour changed.
    let week1 = try office.planWeek(monday: mondays[0], options: Self.options(), by: "story").week.plan
    #expect(week1.assignments.count >= 3)
    try office.publishWeek(monday: mondays[0], by: "story")
    let changed = try #require(week1.assignments.first { $0.hours >= 1.5 })
    let absent = try #require(week1.assignments.first { $0 != changed })
    let outcomes = [
      AssignmentOutcome(request: absent.request.rawValue, worker: absent.worker.rawValue, state: .noShow),
      AssignmentOutcome(request: changed.request.rawValue, worker: changed.worker.rawValue, state: .done, hours: changed.hours - 0.5),
    ]
    try office.recordWeek(monday: mondays[0], outcomes: outcomes, by: "story")
    Self.add(week1, except: outcomes, to: &expected)

    // Week 2 (Monday in November, the rest in December): its worked is week 1 as recorded.
    let export2 = try office.exportWeek(monday: mondays[1])
    #expect(Self.worked(export2.scenario) == expected)
    let week2 = try office.planWeek(monday: mondays[1], options: Self.options(), by: "story").week.plan
    try office.publishWeek(monday: mondays[1], by: "story")
    try office.recordWeek(monday: mondays[1], by: "story")
    Self.add(week2, except: [], to: &expected)

    // Week 3: both months, each day booked in its own.
    let export3 = try office.exportWeek(monday: mondays[2])
    #expect(Self.worked(export3.scenario) == expected)
    let week3 = try office.planWeek(monday: mondays[2], options: Self.options(), by: "story").week.plan
    try office.publishWeek(monday: mondays[2], by: "story")
    // Published, not recorded: its planned hours count for week 4.
    Self.add(week3, except: [], to: &expected)
    #expect(Self.worked(try office.exportWeek(monday: mondays[3]).scenario) == expected)

    // The year's total counts every month, openings included.
    let december = Month(year: 2026, month: 12)
    for row in try office.hours(month: december) {
      let handYear = (expected[row.worker] ?? [:]).values.reduce(0) { $0 + $1.values.reduce(0, +) }
      #expect(row.yearHours == handYear, "\(row.worker)")
    }

    // Week 4: the busiest worker of week 3 is brought to 1 h under the year cap.
    let busiest = Dictionary(grouping: week3.assignments, by: \.worker).mapValues { $0.reduce(0) { $0 + $1.hours } }
      .max { ($0.value, $1.key) < ($1.value, $0.key) }
    let (worker, week3Hours) = try #require(busiest)
    #expect(week3Hours > 1)
    let year = try #require(try office.hours(month: december, worker: worker.rawValue).first).yearHours
    let yearCap = try #require(BundledRules.rules.caps.first { $0.period == .year })
    var missing = yearCap.limit - year - 1
    let monthAll = try #require(BundledRules.rules.caps.first { $0.id == "month-all" })
    for month in 1...10 where missing > 0 {  // within every monthly cap of those months
      let hours = min(missing, monthAll.limit)
      try office.setOpeningBalance(worker: worker.rawValue, month: Month(year: 2026, month: month).description, capClass: "seasonal", hours: hours, by: "story")
      missing -= hours
    }
    let left = try #require(try office.hours(month: december, worker: worker.rawValue).first?.caps.first { $0.cap == yearCap.id })
    #expect(left.remaining == 1)
    let week4 = try office.planWeek(monday: mondays[3], options: Self.options(), by: "story").week.plan
    let planned = week4.assignments.filter { $0.worker == worker }.reduce(0) { $0 + $1.hours }
    #expect(planned <= 1)
    #expect(PlanValidator(scenario: try #require(try office.draftPlan(monday: mondays[3])).scenario).violations(of: week4).isEmpty)

    #expect(try office.integrityProblems() == nil)
    // Every ledger row that changed when recorded: all of weeks 1 and 2 (planned → done, no-show, hours).
    #expect(try office.auditTrail(entity: "ledger").count == week1.assignments.count + week2.assignments.count)
    #expect(try office.weeks().map(\.state) == [.draft, .published, .recorded, .recorded])
  }
}
