import Matcher

/// A weekly recurrence in the terms of iCalendar (RFC 5545 `RRULE`):
/// `FREQ=WEEKLY`, `INTERVAL`, `BYDAY` and `UNTIL`; skipped dates are `EXDATE`s, kept beside it.
///
/// "Every Tuesday and Thursday" is `FREQ=WEEKLY;BYDAY=TU,TH`; "every other
/// week" is `FREQ=WEEKLY;INTERVAL=2`. Weeks start on Monday (`WKST=MO`, the
/// RFC's default), counted from the week of the first date.
public struct RecurrenceRule: Hashable, Sendable, CustomStringConvertible {
  /// Every `interval` weeks (1 = every week).
  public var interval: Int
  /// ISO weekdays (1 Monday … 7 Sunday), sorted; empty means the first date's weekday.
  public var weekdays: [Int]
  /// Last date an occurrence may fall on, included.
  public var until: Day?

  static let dayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

  /// A record with these fields (ids and dates as the register stores them).
  public init(interval: Int = 1, weekdays: [Int], until: Day? = nil) {
    self.interval = interval
    self.weekdays = Array(Set(weekdays)).sorted()
    self.until = until
  }

  /// Parses `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630` (UNTIL as a
  /// date or a UTC date-time); other parts (`COUNT`, `BYMONTH`, …) are refused.
  /// - Throws: the problems, one sentence each.
  public init(parsing text: String) throws(OfficeError) {
    var problems: [String] = []
    var frequency: String?
    var interval = 1
    var weekdays: [Int] = []
    var until: Day?
    for part in text.split(separator: ";") where !part.isEmpty {
      let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
      guard pair.count == 2 else {
        problems.append("\"\(part)\" is not NAME=VALUE")
        continue
      }
      switch pair[0].uppercased() {
      case "FREQ": frequency = pair[1].uppercased()
      case "INTERVAL":
        if let value = Int(pair[1]), value >= 1 { interval = value } else { problems.append("INTERVAL must be a whole number ≥ 1, not \"\(pair[1])\"") }
      case "BYDAY":
        for code in pair[1].split(separator: ",") {
          if let index = Self.dayCodes.firstIndex(of: code.uppercased()) { weekdays.append(index + 1) } else { problems.append("BYDAY: \"\(code)\" is not MO, TU, WE, TH, FR, SA or SU") }
        }
      case "UNTIL":
        let digits = String(pair[1].prefix(8))
        let iso = digits.count == 8 ? "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))" : ""
        if let day = Day(iso: iso) { until = day } else { problems.append("UNTIL must be a date YYYYMMDD, not \"\(pair[1])\"") }
      case "WKST":
        if pair[1].uppercased() != "MO" { problems.append("WKST: only MO (weeks start on Monday) is supported") }
      default: problems.append("\(pair[0]) is not supported (FREQ, INTERVAL, BYDAY, UNTIL)")
      }
    }
    if frequency != "WEEKLY" { problems.append("FREQ must be WEEKLY, not \(frequency.map { "\"\($0)\"" } ?? "missing")") }
    guard problems.isEmpty else { throw OfficeError.invalid(problems.map { "rrule: \($0)" }) }
    self.init(interval: interval, weekdays: weekdays, until: until)
  }

  /// The RRULE text: `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630`.
  public var description: String {
    var parts = ["FREQ=WEEKLY"]
    if interval != 1 { parts.append("INTERVAL=\(interval)") }
    if !weekdays.isEmpty { parts.append("BYDAY=" + weekdays.map { Self.dayCodes[$0 - 1] }.joined(separator: ",")) }
    if let until { parts.append("UNTIL=" + until.description.replacingOccurrences(of: "-", with: "")) }
    return parts.joined(separator: ";")
  }

  /// Whether the rule, started on `start`, has an occurrence on `day` (exdates aside).
  public func occurs(on day: Day, start: Day) -> Bool {
    guard day >= start, until.map({ day <= $0 }) ?? true else { return false }
    let days = weekdays.isEmpty ? [start.weekday] : weekdays
    guard days.contains(day.weekday) else { return false }
    let startMonday = start.adding(days: 1 - start.weekday)
    let weeks = (day.ordinal - startMonday.ordinal) / 7
    return weeks % interval == 0
  }
}
