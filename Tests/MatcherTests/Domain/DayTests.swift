import Foundation
import Testing

@testable import Matcher

@Suite("Day")
struct DayTests {
  static func iso(_ text: String) -> Day {
    guard let day = Day(iso: text) else { preconditionFailure("test date \(text) does not parse") }
    return day
  }

  // MARK: Weekdays

  static let weekdays: [(date: String, weekday: Int)] = [
    ("2026-11-23", 1),  // the Monday of formats.md's week
    ("2026-11-29", 7),  // its Sunday
    ("2026-11-30", 1),  // the next Monday, across the month
    ("2026-12-28", 1),
    ("2027-01-03", 7),  // across the year
    ("1970-01-01", 4),  // day 0 was a Thursday
    ("1969-12-31", 3),  // before day 0
    ("1900-01-01", 1),
    ("2000-02-29", 2),
    ("2024-02-29", 4),
    ("2199-12-31", 2),
  ]

  @Test("weekday of known dates (1 = Monday)", arguments: weekdays)
  func weekday(_ item: (date: String, weekday: Int)) {
    #expect(Self.iso(item.date).weekday == item.weekday)
  }

  // MARK: Arithmetic across month and year boundaries

  static let nextDays: [(date: String, next: String)] = [
    ("2026-11-30", "2026-12-01"),
    ("2026-12-31", "2027-01-01"),
    ("2024-02-28", "2024-02-29"),  // leap year
    ("2024-02-29", "2024-03-01"),
    ("2023-02-28", "2023-03-01"),  // common year
    ("2000-02-28", "2000-02-29"),  // divisible by 400: leap
    ("2100-02-28", "2100-03-01"),  // divisible by 100 only: not leap
    ("1969-12-31", "1970-01-01"),
    ("2026-04-30", "2026-05-01"),
  ]

  @Test("the next day crosses months and years", arguments: nextDays)
  func nextDay(_ item: (date: String, next: String)) {
    #expect(Self.iso(item.date).adding(days: 1) == Self.iso(item.next))
    #expect(Self.iso(item.next).adding(days: -1) == Self.iso(item.date))
    #expect(Self.iso(item.date) < Self.iso(item.next))
  }

  @Test("year and month components and the month of a day")
  func components() {
    let day = Self.iso("2026-11-30")
    #expect(day.components == (2026, 11, 30))
    #expect(day.month == Month(year: 2026, month: 11))
    #expect(day.adding(days: 1).month == Month(year: 2026, month: 12))
    #expect(Self.iso("2026-12-31").adding(days: 1).components == (2027, 1, 1))
    #expect(Day(year: 1970, month: 1, day: 1)?.ordinal == 0)
    #expect(Day(year: 2026, month: 11, day: 23)?.ordinal == 20_780)
    #expect(Self.iso("2026-11-23").adding(days: 7) == Self.iso("2026-11-30"))
  }

  @Test("days that do not exist are refused")
  func invalidDays() {
    #expect(Day(year: 2026, month: 2, day: 29) == nil)
    #expect(Day(year: 2024, month: 2, day: 30) == nil)
    #expect(Day(year: 2100, month: 2, day: 29) == nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
    #expect(Day(year: 2026, month: 4, day: 31) == nil)
    #expect(Day(year: 2026, month: 13, day: 1) == nil)
    #expect(Day(year: 2026, month: 0, day: 1) == nil)
    #expect(Day(year: 2026, month: 1, day: 0) == nil)
    #expect(Day(year: 0, month: 1, day: 1) == nil)
  }

  // MARK: Whole months and years

  static let monthSpans: [(from: String, to: String, months: Int)] = [
    ("2024-03-15", "2024-05-14", 1),
    ("2024-03-15", "2024-05-15", 2),
    ("2024-11-23", "2026-11-23", 24),
    ("2024-11-24", "2026-11-23", 23),  // 23 months and 30 days
    ("2026-05-23", "2026-11-23", 6),
    ("2026-05-24", "2026-11-23", 5),
    ("2026-11-23", "2026-11-23", 0),
    ("2025-12-31", "2026-01-01", 0),  // across the year, one day
    ("2025-12-01", "2026-01-01", 1),
    ("2024-02-29", "2024-03-29", 1),  // from Feb 29
    ("2024-02-29", "2024-03-28", 0),
    ("2024-02-29", "2025-02-28", 11),  // no Feb 29 in 2025: the 12th month is not whole yet
    ("2024-02-29", "2025-03-01", 12),
    ("2024-01-29", "2024-02-29", 1),  // to Feb 29
    ("2023-01-29", "2023-02-28", 0),
    ("2023-01-29", "2023-03-01", 1),
    ("2026-12-01", "2026-11-23", 0),  // later than the Monday: not one whole month back
    ("2026-12-24", "2026-11-23", -1),
  ]

  @Test("whole calendar months between two days", arguments: monthSpans)
  func wholeMonths(_ item: (from: String, to: String, months: Int)) {
    #expect(Self.iso(item.from).wholeMonths(until: Self.iso(item.to)) == item.months)
  }

  static let yearSpans: [(from: String, to: String, years: Int)] = [
    ("1981-11-22", "2026-11-23", 45),  // birthday the day before
    ("1981-11-23", "2026-11-23", 45),  // birthday on the day
    ("1981-11-24", "2026-11-23", 44),  // birthday the day after
    ("2000-02-29", "2001-02-28", 0),  // born on Feb 29: in common years, a year old on March 1st
    ("2000-02-29", "2001-03-01", 1),
    ("2000-02-29", "2004-02-28", 3),
    ("2000-02-29", "2004-02-29", 4),
    ("1999-12-31", "2000-01-01", 0),
    ("1999-12-31", "2000-12-31", 1),
    ("2026-11-23", "2026-11-23", 0),
  ]

  @Test("whole years between two days (an age)", arguments: yearSpans)
  func wholeYears(_ item: (from: String, to: String, years: Int)) {
    #expect(Self.iso(item.from).wholeYears(until: Self.iso(item.to)) == item.years)
  }

  // MARK: ISO text

  @Test("ISO text parses and prints back unchanged")
  func isoRoundTrip() {
    for text in ["2026-11-23", "1900-01-01", "2199-12-31", "2000-02-29", "1969-12-31", "0001-01-01", "9999-12-31"] {
      #expect(Day(iso: text)?.description == text)
    }
    // Every day from 1900 to 2199 prints as ISO text that parses to the same day.
    let first = Self.iso("1900-01-01").ordinal
    let last = Self.iso("2199-12-31").ordinal
    var failures = 0
    for ordinal in first...last where Day(iso: Day(ordinal: ordinal).description)?.ordinal != ordinal {
      failures += 1
    }
    #expect(failures == 0)
  }

  @Test("the calendar agrees with Foundation's Gregorian calendar from 1900 to 2199")
  func agreesWithFoundation() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
    var mismatches: [String] = []
    var date = try #require(calendar.date(from: DateComponents(year: 1900, month: 1, day: 1)))
    var day = Self.iso("1900-01-01")
    while day <= Self.iso("2199-12-31") {
      let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
      let isoWeekday = ((c.weekday ?? 0) + 5) % 7 + 1  // Foundation: 1 = Sunday
      if day.components != (c.year ?? 0, c.month ?? 0, c.day ?? 0) || day.weekday != isoWeekday {
        mismatches.append(day.description)
      }
      day = day.adding(days: 1)
      date = date.addingTimeInterval(86_400)
    }
    #expect(mismatches.prefix(5) == [])
  }

  static let badISO = [
    "2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "2026-1-05", "2026/01/05",
    "26-01-05", " 2026-01-05", "2026-01-05 ", "2026-01-05T00:00", "", "２０２６-01-05", "+202-01-05", "2026-0a-05",
  ]

  @Test("text that is not an existing YYYY-MM-DD date is refused", arguments: badISO)
  func badISODay(_ text: String) {
    #expect(Day(iso: text) == nil)
  }

  @Test("months parse and print as YYYY-MM, and sort by time")
  func months() {
    #expect(Month(iso: "2026-11")?.description == "2026-11")
    #expect(Month(iso: "0999-01")?.description == "0999-01")
    for text in ["2026-13", "2026-00", "2026-1", "2026-11-01", "26-11", "0000-05", ""] {
      #expect(Month(iso: text) == nil, "\(text)")
    }
    #expect(Month(year: 2026, month: 12) < Month(year: 2027, month: 1))
    #expect(Month(year: 2026, month: 2) < Month(year: 2026, month: 11))
  }

  @Test("times parse and print as HH:MM; 24:00 only as an end")
  func times() {
    #expect(TimeOfDay("00:00", allowEndOfDay: false)?.minutes == 0)
    #expect(TimeOfDay("09:30", allowEndOfDay: false)?.minutes == 570)
    #expect(TimeOfDay("23:59", allowEndOfDay: false)?.minutes == 1439)
    #expect(TimeOfDay("24:00", allowEndOfDay: true)?.minutes == 1440)
    #expect(TimeOfDay("24:00", allowEndOfDay: false) == nil)
    for text in ["24:30", "25:00", "12:60", "9:30", "09:3", "0930", "09:30:00", "-1:00", "aa:bb", ""] {
      #expect(TimeOfDay(text, allowEndOfDay: true) == nil, "\(text)")
    }
    #expect(TimeOfDay(minutes: 1440).description == "24:00")
    #expect(TimeOfDay(minutes: 545).description == "09:05")
    for minutes in 0...1440 {
      let text = TimeOfDay(minutes: minutes).description
      #expect(TimeOfDay(text, allowEndOfDay: true)?.minutes == minutes)
    }
  }
}
