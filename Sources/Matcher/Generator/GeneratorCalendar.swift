/// Date arithmetic the generator needs beyond `Day`: whole months back, months of a week.
///
/// Kept in its own namespace (not extensions of `Day` / `Month`) so that it
/// cannot collide with helpers other stages add to the domain types.
enum GeneratorCalendar {
  /// The date `months` calendar months before `day`, on the same day of the
  /// month clamped to 28 (so it always exists), then `extraDays` earlier.
  static func day(monthsBefore months: Int, extraDays: Int = 0, from day: Day) -> Day {
    let c = day.components
    let index = c.year * 12 + (c.month - 1) - months
    let year = index >= 0 ? index / 12 : (index - 11) / 12
    let month = index - year * 12 + 1
    guard let shifted = Day(year: year, month: month, day: min(c.day, 28)) else {
      preconditionFailure("\(year)-\(month) is out of the calendar")
    }
    return shifted.adding(days: -extraDays)
  }

  /// The calendar months the week starting `monday` touches, in order.
  static func months(ofWeek monday: Day) -> [Month] {
    var months: [Month] = []
    for offset in 0..<7 {
      let month = monday.adding(days: offset).month
      if months.last != month { months.append(month) }
    }
    return months
  }

  /// Days in a month.
  static func daysIn(_ month: Month) -> Int { Day.daysIn(year: month.year, month: month.month) }

  /// The month `count` months after `month` (before, if negative).
  static func month(_ month: Month, plus count: Int) -> Month {
    let index = month.year * 12 + (month.month - 1) + count
    let year = index >= 0 ? index / 12 : (index - 11) / 12
    return Month(year: year, month: index - year * 12 + 1)
  }
}
