/// The calendar view (RFC 5545): one VEVENT per assignment, in local time
/// (TZID Europe/Brussels, with its VTIMEZONE), so workers get their week in
/// their phone's calendar.
///
/// Deterministic: UIDs derive from the scenario id, request, worker and
/// date, and DTSTAMP is the week's Monday at 00:00 UTC, never the clock.
/// Lines end in CRLF and are folded at 75 octets; text values are escaped.
struct ICSReport {
  let report: PlanReport

  /// The time zone of every ALE (Wallonia).
  static let timeZone = "Europe/Brussels"

  /// The VTIMEZONE of Europe/Brussels: CET/CEST, EU rules since 1996.
  static let timeZoneBlock = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Brussels",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
  ]

  /// The calendar of `worker`'s assignments, or of all assignments when nil.
  func render(worker: Worker.ID?) -> [UInt8] {
    let labels = report.labels
    let plan = report.plan
    let scenario = report.scenario
    let name = worker.map { "ALE — \($0.rawValue) — \(labels.shortDate(plan.weekStart))" }
      ?? "ALE — \(plan.scenario) — \(labels.shortDate(plan.weekStart))"
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//ALE Matcher//match-cli report//\(labels.language.rawValue.uppercased())",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:" + Self.escape(name),
      "X-WR-TIMEZONE:" + Self.timeZone,
    ]
    lines += Self.timeZoneBlock
    let stamp = Self.basic(plan.weekStart) + "T000000Z"
    for a in plan.assignments where worker == nil || a.worker == worker {
      let activity = labels.activity(a.activity, rules: scenario.rules)
      let place = a.distanceKm
      let request = scenario.request(a.request)
      let location = request?.location ?? scenario.user(a.user)?.location
      let user = scenario.user(a.user)?.contact ?? Contact()
      var description = "\(labels.request) \(a.request), \(labels.user) \(report.name(of: a.user)), \(labels.worker) \(report.name(of: a.worker)), "
      description += "\(labels.hours(a.hours)), \(labels.kilometres(place)), \(labels.travelShort) \(labels.euros(a.travelCostEUR))"
      if let phone = user.phone { description += "\n\(labels.phone) \(phone)" }
      if let note = user.note { description += "\n\(note)" }
      lines += [
        "BEGIN:VEVENT",
        "UID:" + Self.escape(Self.uid(scenario: plan.scenario, assignment: a)),
        "DTSTAMP:" + stamp,
        "DTSTART;TZID=\(Self.timeZone):" + Self.local(a.date, a.start),
        "DTEND;TZID=\(Self.timeZone):" + Self.local(a.date, a.end),
        "SUMMARY:" + Self.escape("\(activity) — \(user.name ?? a.user.rawValue)"),
        "DESCRIPTION:" + Self.escape(description),
      ]
      if let location {
        let lat = ReportNumber.fixed(location.lat, decimals: 6, mark: ".")
        let lon = ReportNumber.fixed(location.lon, decimals: 6, mark: ".")
        // A person's calendar shows (and maps) the address; coordinates only when the scenario gives none.
        lines.append("LOCATION:" + Self.escape(report.address(of: a) ?? "\(report.name(of: a.user)) (\(lat), \(lon))"))
        lines.append("GEO:\(lat);\(lon)")
      }
      lines.append("CATEGORIES:" + Self.escape(a.activity.rawValue))
      lines.append("END:VEVENT")
    }
    lines.append("END:VCALENDAR")
    var bytes: [UInt8] = []
    for line in lines { bytes += Self.fold(line) }
    return bytes
  }

  /// `scenario-request-worker-YYYYMMDD@ale-matcher`: stable across runs and re-plans.
  static func uid(scenario: String, assignment a: Plan.Assignment) -> String {
    "\(scenario)-\(a.request)-\(a.worker)-\(basic(a.date))@ale-matcher"
  }

  /// `YYYYMMDD`.
  static func basic(_ day: Day) -> String {
    let c = day.components
    return Day.pad(c.year, 4) + Day.pad(c.month, 2) + Day.pad(c.day, 2)
  }

  /// Local date-time `YYYYMMDDTHHMM00`; `24:00` is the next day's `00:00`.
  static func local(_ day: Day, _ time: TimeOfDay) -> String {
    let (date, minutes) = time.minutes >= 1440 ? (day.adding(days: 1), time.minutes - 1440) : (day, time.minutes)
    return basic(date) + "T" + Day.pad(minutes / 60, 2) + Day.pad(minutes % 60, 2) + "00"
  }

  /// RFC 5545 TEXT escaping: backslash, semicolon, comma, newline.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n", "\r\n": out += "\\n"
      case "\r": continue
      default: out.append(character)
      }
    }
    return out
  }

  /// The line as octets, folded so that no physical line exceeds 75 octets
  /// (CRLF excluded), never inside a UTF-8 sequence; each continuation starts with a space.
  static func fold(_ line: String) -> [UInt8] {
    var out: [UInt8] = []
    var count = 0
    for scalar in line.unicodeScalars {
      let octets = Array(String(scalar).utf8)
      if count + octets.count > 75 {
        out += [13, 10, 32]
        count = 1
      }
      out += octets
      count += octets.count
    }
    out += [13, 10]
    return out
  }
}
