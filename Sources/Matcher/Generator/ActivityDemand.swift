/// How often each activity of the default catalog is asked for, and the
/// shape of its requests (hours, windows, seats, priority).
///
/// Shares are percentages of a week's requests in an average agency; an
/// urban agency asks for less farm work and more childcare and office
/// work, a rural one the reverse. The numbers are assumptions, documented
/// in docs/generator.md. Activities of the catalog not listed here are
/// never asked for.
struct ActivityDemand {
  var id: String
  /// Share of requests, percent, in an average agency.
  var share: Double
  /// Multiplier of `share` in an urban agency (50 000 inhabitants or more).
  var urban: Double
  /// Multiplier of `share` elsewhere.
  var rural: Double

  /// The demand table, in catalog order.
  static let table: [ActivityDemand] = [
    // private households: 55 %
    ActivityDemand(id: "odd_jobs", share: 10, urban: 1, rural: 1),
    ActivityDemand(id: "admin_help", share: 6, urban: 1.4, rural: 0.9),
    ActivityDemand(id: "gardening", share: 15, urban: 0.7, rural: 1.2),
    ActivityDemand(id: "childcare", share: 8, urban: 1.2, rural: 0.9),
    ActivityDemand(id: "elderly_companionship", share: 12, urban: 1, rural: 1.1),
    ActivityDemand(id: "pet_care", share: 4, urban: 1, rural: 1),
    // schools: 17 %
    ActivityDemand(id: "school_care", share: 9, urban: 1, rural: 1),
    ActivityDemand(id: "extracurricular_help", share: 2, urban: 1, rural: 1),
    ActivityDemand(id: "child_escort", share: 2, urban: 1, rural: 1),
    ActivityDemand(id: "school_bus_escort", share: 4, urban: 0.6, rural: 1.3),
    // nonprofits: 11.5 %
    ActivityDemand(id: "office_work", share: 3, urban: 1.3, rural: 0.9),
    ActivityDemand(id: "premises_cleaning", share: 4, urban: 1, rural: 1),
    ActivityDemand(id: "event_help", share: 2.5, urban: 1, rural: 1),
    ActivityDemand(id: "sports_grounds", share: 2, urban: 1, rural: 1),
    // local authorities: 11 %
    ActivityDemand(id: "library_help", share: 2, urban: 1, rural: 1),
    ActivityDemand(id: "social_support", share: 2, urban: 1.5, rural: 0.8),
    ActivityDemand(id: "environment", share: 2, urban: 1, rural: 1),
    ActivityDemand(id: "neighbourhood", share: 1.5, urban: 1.2, rural: 0.9),
    ActivityDemand(id: "school_traffic", share: 2, urban: 1, rural: 1),
    ActivityDemand(id: "prevention_safety", share: 1.5, urban: 1.2, rural: 0.9),
    // agriculture and horticulture, out of season in late autumn: 3.5 %
    ActivityDemand(id: "farm_seasonal", share: 2, urban: 0.2, rural: 2),
    ActivityDemand(id: "horticulture", share: 1.5, urban: 0.4, rural: 1.5),
  ]

  /// This activity's share in an agency of the given kind.
  func share(urban isUrban: Bool) -> Double { share * (isUrban ? urban : rural) }
}

/// One request before it gets its id, user and links.
struct RequestDraft {
  var activity: Activity.ID
  var hours: Double
  var windows: [TimeSpan]
  var seats: Int
  var priority: Int
  /// Where the job is done when it is not at the user's (an event venue).
  var venue: GeoPoint?

  /// Minutes after midnight of `HH:MM`-style hours and minutes.
  static func at(_ hour: Int, _ minute: Int = 0) -> Int { hour * 60 + minute }

  /// The draft of one request of `activity` in the week starting `monday`.
  ///
  /// Households: 2–4 h (gardening 2–3.5 h in November daylight) within wide
  /// windows over two to four days. Schools: fixed blocks on school days
  /// (Monday, Tuesday, Thursday, Friday, and Wednesday morning). Events:
  /// one weekend day, two to four seats. Farms: 4–8 h blocks.
  static func draft(_ activity: String, monday: Day, _ rng: inout SeededRandom) -> RequestDraft {
    var d = RequestDraft(activity: Activity.ID(activity), hours: 2, windows: [], seats: 1, priority: 1, venue: nil)
    func span(_ offset: Int, _ from: Int, _ to: Int) -> TimeSpan {
      TimeSpan(date: monday.adding(days: offset), from: TimeOfDay(minutes: from), to: TimeOfDay(minutes: to))
    }
    /// Two to four (or `count`) distinct days of `offsets`, each with a window drawn from `shapes`.
    func flexible(_ offsets: [Int], days count: ClosedRange<Int>, _ shapes: [((Int, Int), Double)]) -> [TimeSpan] {
      var pool = offsets
      rng.shuffle(&pool)
      let chosen = pool.prefix(min(pool.count, rng.int(in: count))).sorted()
      return chosen.map { offset in
        let shape = rng.weighted(shapes)
        return span(offset, shape.0, shape.1)
      }
    }
    let weekdays = [0, 1, 2, 3, 4]
    let workingDays = [0, 1, 2, 3, 4, 5]
    let schoolDays = [0, 1, 2, 3, 4]  // Wednesday (2) has no afternoon
    let common: [(Int, Double)] = [(1, 88), (2, 10), (3, 2)]
    d.priority = rng.weighted(common)

    switch activity {
    case "gardening":
      d.hours = rng.pick([2, 2.5, 3, 3.5])
      d.windows = flexible(workingDays, days: 2...4, [((at(9), at(16, 30)), 3), ((at(9), at(12, 30)), 1), ((at(13), at(16, 30)), 1)])
    case "odd_jobs":
      d.hours = rng.pick([2, 2.5, 3, 4])
      d.windows = flexible(workingDays, days: 2...4, [((at(8), at(18)), 3), ((at(8), at(12, 30)), 1), ((at(13), at(18)), 1)])
    case "childcare":
      d.hours = rng.pick([2, 2.5, 3])
      d.priority = rng.weighted([(1, 20), (2, 50), (3, 30)])
      d.windows = flexible(workingDays, days: 2...3, [((at(13), at(18)), 3), ((at(8), at(13)), 1)])
      if let saturday = d.windows.firstIndex(where: { $0.date == monday.adding(days: 5) }) {
        d.windows[saturday] = span(5, at(9), at(17))
      }
    case "elderly_companionship":
      d.hours = rng.pick([2, 2.5, 3])
      d.priority = rng.weighted([(2, 25), (3, 45), (4, 20), (5, 10)])
      d.windows = flexible(weekdays, days: 2...4, [((at(9), at(17)), 3), ((at(9), at(12, 30)), 1), ((at(13), at(17, 30)), 1)])
    case "pet_care":
      d.hours = 2
      d.windows = flexible([0, 1, 2, 3, 4, 5, 6], days: 1...3, [((at(8), at(18)), 1)])
    case "admin_help":
      d.hours = rng.pick([2, 2.5])
      d.windows = flexible(weekdays, days: 2...3, [((at(9), at(17)), 1)])
    case "school_care":
      d.priority = rng.weighted([(2, 70), (3, 30)])
      d.seats = rng.weighted([(1, 70), (2, 30)])
      let day = rng.pick(schoolDays)
      let morning = day == 2 || rng.chance(0.5)
      d.windows = [morning ? span(day, at(7), at(8, 30)) : span(day, at(15, 30), at(17, 30))]
      d.hours = morning ? 1.5 : 2
    case "school_bus_escort":
      d.priority = 2
      let day = rng.pick(schoolDays)
      let morning = day == 2 || rng.chance(0.5)
      d.windows = [morning ? span(day, at(7, 30), at(8, 30)) : span(day, at(15, 30), at(17))]
      d.hours = morning ? 1 : 1.5
    case "extracurricular_help":
      d.hours = 2
      d.windows = [span(rng.pick([0, 1, 3, 4]), at(13), at(17))]
    case "child_escort":
      d.hours = 2
      let day = rng.pick(schoolDays)
      d.windows = [day == 2 || rng.chance(0.4) ? span(day, at(9), at(11)) : span(day, at(13, 30), at(15, 30))]
    case "office_work":
      d.hours = rng.pick([2, 3, 4])
      d.windows = flexible(weekdays, days: 2...3, [((at(9), at(17)), 1)])
    case "premises_cleaning":
      d.hours = rng.pick([2, 2.5, 3])
      d.seats = rng.weighted([(1, 85), (2, 15)])
      d.windows = flexible(weekdays, days: 1...3, [((at(8), at(17, 30)), 2), ((at(13), at(17, 30)), 1)])
    case "event_help":
      d.seats = rng.int(in: 2...4)
      d.hours = rng.pick([3, 4, 5])
      let day = rng.pick([5, 5, 6])
      if rng.chance(0.4) {  // a fixed shift
        let start = rng.pick([at(10), at(13), at(14)])
        d.windows = [span(day, start, start + Int(d.hours * 60))]
      } else {
        d.windows = [span(day, day == 5 ? at(9) : at(10), at(18))]
      }
    case "sports_grounds":
      d.hours = rng.pick([2, 3])
      d.windows = flexible(workingDays, days: 1...3, [((at(8), at(17)), 1)])
    case "library_help":
      d.hours = rng.pick([2, 3])
      d.windows = flexible([1, 2, 3, 4, 5], days: 2...3, [((at(9), at(17)), 1)])
    case "social_support":
      d.hours = rng.pick([2, 3])
      d.priority = rng.weighted([(1, 60), (2, 40)])
      d.windows = flexible(weekdays, days: 2...3, [((at(9), at(17)), 1)])
    case "environment":
      d.hours = rng.pick([3, 4])
      d.seats = rng.weighted([(1, 70), (2, 30)])
      d.windows = flexible(weekdays, days: 1...3, [((at(8), at(16, 30)), 1)])
    case "neighbourhood":
      d.hours = rng.pick([2, 3, 4])
      d.windows = flexible(weekdays, days: 2...3, [((at(9), at(17)), 1)])
    case "school_traffic":
      d.hours = 1
      let day = rng.pick(schoolDays)
      d.windows = [day == 2 || rng.chance(0.5) ? span(day, at(7, 30), at(8, 30)) : span(day, at(15), at(16))]
    case "prevention_safety":
      d.hours = rng.pick([2, 3, 4])
      d.windows = flexible(workingDays, days: 2...3, [((at(9), at(17, 30)), 1)])
    case "farm_seasonal":
      d.hours = rng.pick([4, 5, 6, 7, 8])
      d.seats = rng.weighted([(1, 50), (2, 35), (3, 15)])
      d.windows = flexible(workingDays, days: 2...3, [((at(8), at(17, 30)), 1)])
    case "horticulture":
      d.hours = rng.pick([4, 5, 6])
      d.seats = rng.weighted([(1, 70), (2, 30)])
      d.windows = flexible(weekdays, days: 1...3, [((at(8), at(17, 30)), 1)])
    default:
      d.hours = rng.pick([2, 3])
      d.windows = flexible(weekdays, days: 2...3, [((at(9), at(17)), 1)])
    }
    return d
  }
}
