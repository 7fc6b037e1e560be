import Foundation
import Matcher
import Testing

@testable import Office

/// The hours ledger across months and years, and the week's states.
@Suite struct LedgerTests {
  /// The small week's register with one job on each side of New Year, in the week of Monday 2026-12-28.
  static func newYear() throws -> (OfficeDatabase, Day) {
    let office = try OfficeFixture.smallWeek()
    let monday = try #require(Day(iso: "2026-12-28"))
    try office.addExtraAvailability(worker: "w-anne", date: "2027-01-01", from: "08:00", to: "12:00", by: "test")
    let old = try #require(try office.request(id: "r-02")).request
    var december = old
    december.id = "r-dec"
    try office.addOneOffRequest(december, windows: [("2026-12-29", "07:00", "09:00")], by: "test")
    var january = old
    january.id = "r-jan"
    january.hours = 3
    try office.addOneOffRequest(january, windows: [("2027-01-01", "08:00", "12:00")], by: "test")
    return (office, monday)
  }

  @Test func aWeekStraddlingTwoYearsBooksEachDayInItsOwnMonthAndYear() throws {
    let (office, monday) = try Self.newYear()
    let plan = try office.planWeek(monday: monday, by: "test").week.plan
    #expect(Set(plan.assignments.map(\.request.rawValue)) == ["r-dec", "r-jan"])
    try office.publishWeek(monday: monday, by: "test")
    try office.recordWeek(monday: monday, by: "test")
    let rows = try office.ledger(monday: monday)
    #expect(rows.map { "\($0.request) \($0.month) \($0.year) \($0.state.rawValue) \($0.hours)" } == [
      "r-dec 2026-12 2026 done 2.0", "r-jan 2027-01 2027 done 3.0",
    ])
    let december = try #require(try office.hours(month: Month(year: 2026, month: 12), worker: "w-anne").first)
    let january = try #require(try office.hours(month: Month(year: 2027, month: 1), worker: "w-anne").first)
    #expect(december.monthHours[.extended] == 2)
    #expect(january.monthHours[.extended] == 3)
    #expect(january.yearHours == 3)  // 2026's hours do not count in 2027
    #expect(december.yearHours == 6 + 10 + 2)  // the November opening balance counts in 2026
    // The next week (all in 2027) sees only January.
    let next = try office.exportWeek(monday: monday.adding(days: 7)).scenario
    let anne = try #require(next.worker("w-anne"))
    #expect(anne.worked.map(\.month.description) == ["2027-01"])
    #expect(anne.workedHours(in: Month(year: 2027, month: 1), .extended) == 3)
  }

  @Test func aRecordedWeekChangesTheNextWeeksWorked() throws {
    let (office, monday) = try Self.newYear()
    try office.planWeek(monday: monday, by: "test")
    try office.publishWeek(monday: monday, by: "test")
    // Published: planned hours count.
    let planned = try #require(try office.exportWeek(monday: monday.adding(days: 7)).scenario.worker("w-anne"))
    #expect(planned.workedHours(in: Month(year: 2027, month: 1), .extended) == 3)
    try office.recordWeek(monday: monday, outcomes: [AssignmentOutcome(request: "r-jan", worker: "w-anne", state: .done, hours: 1.5)], by: "test")
    let recorded = try #require(try office.exportWeek(monday: monday.adding(days: 7)).scenario.worker("w-anne"))
    #expect(recorded.workedHours(in: Month(year: 2027, month: 1), .extended) == 1.5)
    try office.recordWeek(monday: monday, outcomes: [AssignmentOutcome(request: "r-jan", worker: "w-anne", state: .noShow)], by: "test")
    let corrected = try #require(try office.exportWeek(monday: monday.adding(days: 7)).scenario.worker("w-anne"))
    #expect(corrected.worked.isEmpty)
  }

  @Test func aRecordFileNamingAnUnknownWorkerChangesNothing() throws {
    let (office, monday) = try Self.newYear()
    try office.planWeek(monday: monday, by: "test")
    try office.publishWeek(monday: monday, by: "test")
    let before = try office.ledger(monday: monday)
    let error = try #require(throws: OfficeError.self) {
      try office.recordWeek(monday: monday, outcomes: [
        AssignmentOutcome(request: "r-jan", worker: "w-nobody", state: .done),
        AssignmentOutcome(request: "r-01", worker: "w-anne", state: .noShow),
        AssignmentOutcome(request: "r-dec", worker: "w-anne", state: .done, hours: 30),
      ], by: "test")
    }
    #expect(error.lines.count == 3)
    #expect(error.lines[0].contains("unknown worker w-nobody"))
    #expect(error.lines[1].contains("no assignment of request r-01 to worker w-anne"))
    #expect(error.lines[2].contains("hours 30"))
    #expect(try office.ledger(monday: monday) == before)
    #expect(try office.week(monday: monday)?.state == .published)
  }

  @Test func aWeekWithoutPlannableRequestsIsAnErrorNotAnEmptyPlan() throws {
    let office = try OfficeFixture.smallWeek()
    let later = try #require(Day(iso: "2027-03-01"))
    let error = try #require(throws: OfficeError.self) { try office.planWeek(monday: later, by: "test") }
    #expect(error.description.contains("no request falls in this week"))
    #expect(try office.weeks().isEmpty)
  }

  @Test func publishingNeedsADraftAndRecordingAPublishedWeek() throws {
    let office = try OfficeFixture.smallWeek()
    #expect(throws: OfficeError.self) { try office.publishWeek(monday: OfficeFixture.smallMonday, by: "test") }
    try office.planWeek(monday: OfficeFixture.smallMonday, by: "test")
    #expect(throws: OfficeError.self) { try office.recordWeek(monday: OfficeFixture.smallMonday, by: "test") }
    try office.publishWeek(monday: OfficeFixture.smallMonday, by: "test")
    try office.recordWeek(monday: OfficeFixture.smallMonday, by: "test")
    #expect(throws: OfficeError.self) { try office.planWeek(monday: OfficeFixture.smallMonday, by: "test") }
  }

  @Test func keepReplansAgainstThePublishedPlan() throws {
    let office = try OfficeFixture.smallWeek()
    let first = try office.planWeek(monday: OfficeFixture.smallMonday, by: "test").week.plan
    try office.publishWeek(monday: OfficeFixture.smallMonday, by: "test")
    let again = try office.planWeek(monday: OfficeFixture.smallMonday, keep: true, by: "test").week.plan
    #expect(again.assignments.map(\.worker) == first.assignments.map(\.worker))
    #expect(try office.publishedPlan(monday: OfficeFixture.smallMonday)?.plan.assignments == first.assignments)
    #expect(try office.draftPlan(monday: OfficeFixture.smallMonday)?.plan.assignments == again.assignments)
  }

  @Test func aWorkerWithHistoryIsArchivedNeverDeleted() throws {
    let office = try OfficeFixture.smallWeek()
    #expect(try office.removeWorker(id: "w-anne", by: "test") == .archived)  // history from the scenario
    #expect(try office.workers().contains { $0.id == "w-anne" } == false)
    #expect(try office.workers(includeArchived: true).contains { $0.id == "w-anne" })
    #expect(try office.removeWorker(id: "w-emma", by: "test") == .deleted)
  }
}
