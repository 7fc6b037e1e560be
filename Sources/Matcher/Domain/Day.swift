/// A calendar date (proleptic Gregorian), stored as days since 1970-01-01.
///
/// Our own small type instead of Foundation's `Calendar`: the week's
/// arithmetic (weekday, month, whole months and years between dates) must
/// be exact, fast and the same on every machine, with no time zone.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public var ordinal: Int

  public init(ordinal: Int) { self.ordinal = ordinal }

  /// The date with this year, month (1...12) and day (1...31), or nil if it does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(year: year, month: month)).contains(day)
    else { return nil }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    ordinal = era * 146_097 + doe - 719_468
  }

  /// Parses `YYYY-MM-DD`; nil unless the text is exactly that and the date exists.
  public init?(iso text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = Day.digits(bytes[0..<4]), let month = Day.digits(bytes[5..<7]),
      let day = Day.digits(bytes[8..<10])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Year, month (1...12) and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The calendar month this day falls in.
  public var month: Month {
    let c = components
    return Month(year: c.year, month: c.month)
  }

  /// ISO weekday: 1 = Monday ... 7 = Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let w = (ordinal + 3) % 7
    return (w < 0 ? w + 7 : w) + 1
  }

  /// The day `count` days later (earlier if negative).
  public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

  /// `YYYY-MM-DD`.
  public var description: String {
    let c = components
    return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2)
  }

  /// Whole calendar months from `self` to `later`: 2024-03-15 → 2024-05-14
  /// is 1, → 2024-05-15 is 2. Negative when `later` is earlier.
  public func wholeMonths(until later: Day) -> Int {
    let a = components
    let b = later.components
    var months = (b.year - a.year) * 12 + (b.month - a.month)
    if later >= self, b.day < a.day { months -= 1 }
    if later < self, b.day > a.day { months += 1 }
    return months
  }

  /// Whole years from `self` to `later`: an age when `self` is a birth date.
  public func wholeYears(until later: Day) -> Int {
    let a = components
    let b = later.components
    var years = b.year - a.year
    if (b.month, b.day) < (a.month, a.day) { years -= 1 }
    return years
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}

/// A calendar month, the period of the monthly caps.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int

  public init(year: Int, month: Int) {
    self.year = year
    self.month = month
  }

  /// Parses `YYYY-MM`.
  public init?(iso text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
      let year = Day.digits(bytes[0..<4]), let month = Day.digits(bytes[5..<7]),
      (1...9999).contains(year), (1...12).contains(month)
    else { return nil }
    self.init(year: year, month: month)
  }

  /// `YYYY-MM`.
  public var description: String { Day.pad(year, 4) + "-" + Day.pad(month, 2) }

  public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}

/// A time of day in minutes after midnight, `00:00` ... `24:00`.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Minutes after midnight, 0...1440.
  public var minutes: Int

  public init(minutes: Int) { self.minutes = minutes }

  /// Parses `HH:MM` on 24 hours; `24:00` only when `allowEndOfDay`.
  public init?(_ text: String, allowEndOfDay: Bool) {
    let bytes = Array(text.utf8)
    guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
      let hours = Day.digits(bytes[0..<2]), let minutes = Day.digits(bytes[3..<5]),
      minutes < 60, hours < 24 || (allowEndOfDay && hours == 24 && minutes == 0)
    else { return nil }
    self.minutes = hours * 60 + minutes
  }

  /// `HH:MM`.
  public var description: String { Day.pad(minutes / 60, 2) + ":" + Day.pad(minutes % 60, 2) }

  public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
