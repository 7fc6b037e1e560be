import Matcher
import Testing

@testable import Office

/// RRULE terms: weekly, interval, BYDAY, UNTIL; refused parts named.
@Suite struct RecurrenceRuleTests {
  let start = Day(iso: "2026-11-24")!  // a Tuesday

  @Test func theSchoolRunEveryTuesdayAndThursday() throws {
    let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU,TH")
    let days = (0..<14).map { start.adding(days: $0) }.filter { rule.occurs(on: $0, start: start) }
    #expect(days.map(\.description) == ["2026-11-24", "2026-11-26", "2026-12-01", "2026-12-03"])
  }

  @Test func theGardenEveryOtherWeekUntilADate() throws {
    let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;INTERVAL=2;UNTIL=20261222")
    let days = (0..<60).map { start.adding(days: $0) }.filter { rule.occurs(on: $0, start: start) }
    #expect(days.map(\.description) == ["2026-11-24", "2026-12-08", "2026-12-22"])
    #expect(rule.description == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20261222")
  }

  @Test func unsupportedTermsAreNamed() throws {
    let error = try #require(throws: OfficeError.self) { try RecurrenceRule(parsing: "FREQ=DAILY;COUNT=3;BYDAY=XX;INTERVAL=0") }
    #expect(error.lines == [
      "rrule: COUNT is not supported (FREQ, INTERVAL, BYDAY, UNTIL)",
      "rrule: BYDAY: \"XX\" is not MO, TU, WE, TH, FR, SA or SU",
      "rrule: INTERVAL must be a whole number ≥ 1, not \"0\"",
      "rrule: FREQ must be WEEKLY, not \"DAILY\"",
    ])
  }
}
