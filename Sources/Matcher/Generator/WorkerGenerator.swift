/// A generated worker and what of it is written to the scenario.
struct GeneratedWorker {
  /// The worker as the loader will read it back (`maxDistanceKm` is the effective one).
  var worker: Worker
  /// Whether `maxDistanceKm` is the worker's own (written) rather than the policy default.
  var ownMaxDistance: Bool
  /// Index of the worker's agency in the week's agency list.
  var agencyIndex: Int
  /// Whether the generator meant this worker to be ineligible (a check of the draw).
  var meantIneligible: Bool
}

/// Draws workers: home, eligibility basis, authorisations, availability, caps.
///
/// Worker `i` draws only from its own stream, so its record depends on the
/// seed, its index and its agency, and on nothing else.
struct WorkerGenerator {
  let seed: UInt64
  let monday: Day
  let rules: RuleSet
  let policy: Policy
  /// Per skill family (by raw value): the catalog positions of its activities, as a bit mask.
  let familyMasks: [UInt64]
  /// Per skill family: the catalog positions of its activities, in family order.
  let familyPositions: [[Int]]
  /// Weights of the skill families, by raw value.
  let familyWeights: [Double]
  /// Per cap class (by rank): the catalog positions of its activities, as a bit mask.
  let classMasks: [UInt64]

  init(seed: UInt64, monday: Day, rules: RuleSet, policy: Policy) {
    precondition(rules.activities.count <= 64, "the generator keeps authorisations in a 64-bit mask")
    self.seed = seed
    self.monday = monday
    self.rules = rules
    self.policy = policy
    let order = Dictionary(rules.activities.enumerated().map { ($1.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
    familyPositions = SkillFamily.allCases.map { family in family.activities.compactMap { order[$0] } }
    familyMasks = familyPositions.map { positions in positions.reduce(0) { $0 | (1 << UInt64($1)) } }
    familyWeights = SkillFamily.allCases.map(\.weight)
    var masks: [UInt64] = [0, 0, 0]
    for (position, activity) in rules.activities.enumerated() { masks[activity.capClass.rank] |= 1 << UInt64(position) }
    classMasks = masks
  }

  /// One worker in forty is ineligible (unemployed too short for their age).
  static func isMeantIneligible(_ index: Int) -> Bool { index % 40 == 7 }

  /// Worker number `index` (0-based) of the week, registered at `site`.
  func worker(_ index: Int, site: AgencySite, agencyIndex: Int) -> GeneratedWorker {
    var rng = SeededRandom(seed: seed, .worker, index)
    let home = GeneratorGeometry.scatter(around: site.center, radiusKm: site.spreadKm, &rng)
    let ineligible = WorkerGenerator.isMeantIneligible(index)
    // 1 000 RIS among 6 400 workers a month (seeds, 2022): about 16 %.
    let ris = !ineligible && rng.chance(0.16)
    let rule = rules.eligibility

    let wantedAge = ineligible ? rng.int(in: 20...max(20, rule.allowanceUnderAge.age - 2)) : rng.int(in: 20...63)
    let birth = birthDate(age: wantedAge, &rng)
    let age = birth.wholeYears(until: monday)
    var since: Day?
    if !ris {
      let needed = age < rule.allowanceUnderAge.age ? rule.allowanceUnderAge.months : rule.allowanceFromAge.months
      if ineligible {
        since = GeneratorCalendar.day(monthsBefore: rng.int(in: max(1, needed / 8)...max(1, needed - 2)), from: monday)
      } else {
        since = GeneratorCalendar.day(monthsBefore: needed + rng.int(in: 0...96), extraDays: rng.int(in: 0...20), from: monday)
      }
    }

    let authorised = authorisations(&rng)
    let activities = rules.activities.indices.filter { authorised & (1 << UInt64($0)) != 0 }.map { rules.activities[$0].id }
    let availability = self.availability(authorised: authorised, &rng)
    var ownDistance: Double?
    switch rng.unit() {
    case ..<0.15: ownDistance = rng.pick([5, 8, 10])  // no car: bus or bicycle
    case ..<0.19: ownDistance = rng.pick([20, 25])  // drives and accepts longer trips
    default: break
    }
    let maxWeek: Double? = rng.chance(0.25) ? rng.pick([4, 6, 8, 10, 12, 16, 20]) : nil
    let worked = self.worked(authorised: authorised, &rng)

    var worker = Worker(
      id: Worker.ID(GeneratedIDs.worker(index)), agency: site.id, home: home, birthDate: birth, ris: ris,
      unemployedSince: since, activities: activities, availability: availability,
      maxDistanceKm: ownDistance ?? policy.defaultMaxDistanceKm, maxHoursPerWeek: maxWeek, worked: worked)
    if (RuleArithmetic.shortfall(of: worker, at: monday, rules: rules) == nil) == ineligible {
      // The draw above is built to land on the intended side; if a rule
      // override made it miss (a path switched off, other numbers), move the
      // dates, then the RIS status, until it does.
      worker.ris = worker.ris && !ineligible
      worker.unemployedSince = ineligible ? monday : GeneratorCalendar.day(monthsBefore: 12 * 40, from: monday)
      if !ineligible, RuleArithmetic.shortfall(of: worker, at: monday, rules: rules) != nil {
        worker.jobSeekerSince = worker.unemployedSince
        if RuleArithmetic.shortfall(of: worker, at: monday, rules: rules) != nil { worker.ris = true }
      }
    }
    return GeneratedWorker(worker: worker, ownMaxDistance: ownDistance != nil, agencyIndex: agencyIndex, meantIneligible: ineligible)
  }

  /// A birth date that makes the worker about `age` at the week's Monday.
  private func birthDate(age: Int, _ rng: inout SeededRandom) -> Day {
    let year = monday.components.year - age
    guard let day = Day(year: year, month: rng.int(in: 1...12), day: rng.int(in: 1...28)) else {
      preconditionFailure("birth year \(year) out of range")
    }
    return day
  }

  /// One to three skill families; each of their activities with probability 0.7, at least one each.
  /// Returns the catalog positions authorised, as a bit mask (so they list in catalog order).
  private func authorisations(_ rng: inout SeededRandom) -> UInt64 {
    var weights = familyWeights
    let count = 1 + rng.weightedIndex(WorkerGenerator.familyCountWeights)
    var authorised: UInt64 = 0
    for _ in 0..<count {
      let family = rng.weightedIndex(weights)
      weights[family] = 0
      let positions = familyPositions[family]
      guard !positions.isEmpty else { continue }
      var chosen: UInt64 = 0
      for position in positions where rng.chance(0.7) { chosen |= 1 << UInt64(position) }
      if chosen == 0 { chosen = 1 << UInt64(rng.pick(positions)) }
      authorised |= chosen
    }
    return authorised
  }

  /// Weights of holding one, two or three skill families.
  static let familyCountWeights: [Double] = [45, 40, 15]
  /// Weights of a week of mornings only or afternoons only (55 % of them mornings), and of a mix of half-days.
  static let patternWeights: [Double] = [55, 45]
  /// Weights of 2, 3, 4, 5, 6, 8 and 10 free half-days a week, in a mixed week.
  static let halfDayCounts = [2, 3, 4, 5, 6, 8, 10]
  static let halfDayWeights: [Double] = [15, 22, 25, 18, 10, 6, 4]

  /// Half-day availability on weekdays (mornings 08:00–12:30, afternoons
  /// 13:00–17:30, a full day 08:00–17:30 when both halves are free), early
  /// school slots (07:00–08:30) for school workers, a few weekends.
  private func availability(authorised: UInt64, _ rng: inout SeededRandom) -> [TimeSpan] {
    let has = { (family: SkillFamily) in authorised & familyMasks[family.rawValue] != 0 }
    let slot = 30
    func mask(_ from: Int, _ to: Int) -> UInt64 {
      var bits: UInt64 = 0
      for index in (from / slot)..<(to / slot) { bits |= 1 << UInt64(index) }
      return bits
    }
    let morning = mask(RequestDraft.at(8), RequestDraft.at(12, 30))
    let lunch = mask(RequestDraft.at(12, 30), RequestDraft.at(13))
    let afternoon = mask(RequestDraft.at(13), RequestDraft.at(17, 30))
    let early = mask(RequestDraft.at(7), RequestDraft.at(8, 30))
    var days = [UInt64](repeating: 0, count: 7)

    // A third are free on mornings, a quarter on afternoons, the rest on a mix of half-days.
    var halves = Array(0..<10)  // weekday × {morning, afternoon}
    rng.shuffle(&halves)
    switch rng.weightedIndex(WorkerGenerator.patternWeights) {
    case 0:
      let half = rng.chance(0.55) ? morning : afternoon
      var weekdays = Array(0..<5)
      rng.shuffle(&weekdays)
      for day in weekdays.prefix(rng.int(in: 2...5)) { days[day] |= half }
    default:
      let count = WorkerGenerator.halfDayCounts[rng.weightedIndex(WorkerGenerator.halfDayWeights)]
      for half in halves.prefix(count) { days[half / 2] |= half % 2 == 0 ? morning : afternoon }
    }
    let farm = has(.farm)
    for day in 0..<5 where days[day] & morning != 0 && days[day] & afternoon != 0 {
      if farm || rng.chance(0.8) { days[day] |= lunch }
    }
    if farm {  // farm workers free for whole days
      for day in 0..<5 where days[day] != 0 && rng.chance(0.5) { days[day] |= morning | lunch | afternoon }
    }
    if has(.school) && rng.chance(0.75) {
      for day in 0..<5 where rng.chance(0.6) { days[day] |= early }
    }
    if rng.chance(has(.eventsCleaning) ? 0.5 : 0.08) {
      days[5] |= rng.chance(0.7) ? mask(RequestDraft.at(9), RequestDraft.at(18)) : mask(RequestDraft.at(9), RequestDraft.at(13))
      if rng.chance(0.4) { days[6] |= mask(RequestDraft.at(10), RequestDraft.at(18)) }
    }
    if days.allSatisfy({ $0 == 0 }) { days[0] = morning }

    var spans: [TimeSpan] = []
    for (offset, bits) in days.enumerated() {
      var index = 0
      while index < 48 {
        guard bits & (1 << UInt64(index)) != 0 else {
          index += 1
          continue
        }
        var end = index
        while end < 48, bits & (1 << UInt64(end)) != 0 { end += 1 }
        spans.append(TimeSpan(date: monday.adding(days: offset), from: TimeOfDay(minutes: index * slot), to: TimeOfDay(minutes: end * slot)))
        index = end
      }
    }
    return spans
  }

  /// Hours worked before the week, for the months the week touches (and the
  /// earlier months of the year for the few near the year cap).
  ///
  /// Four in five workers have worked this month, at 2–65 h a month pro
  /// rata of the days gone; 7 % are a few half-hours under a month cap, 2 %
  /// under the year cap. Months after the Monday's get zeros: nothing can
  /// have been worked in them before the week.
  private func worked(authorised: UInt64, _ rng: inout SeededRandom) -> [WorkedMonth] {
    let classes = CapClass.allCases.sorted().filter { authorised & classMasks[$0.rank] != 0 }
    var ledger = WorkedLedger(caps: rules.caps)
    let touched = GeneratorCalendar.months(ofWeek: monday)
    let current = monday.month
    let hasWorked = rng.chance(0.8)
    if hasWorked {
      let band = rng.weightedIndex([0.3, 0.5, 0.2])
      let rate = rng.double([2.0, 12, 35][band], [12.0, 35, 65][band])
      let elapsed = Double(monday.components.day - 1) / Double(GeneratorCalendar.daysIn(current))
      ledger.fill(current, target: Int((rate * elapsed * 2).rounded()), classes: classes, &rng)
    }
    let nearMonth = rng.chance(0.07)
    let nearYear = rng.chance(0.02)
    if nearMonth {
      let monthCaps = rules.caps.filter { $0.period == .month && $0.classes.contains(where: classes.contains) }
      if !monthCaps.isEmpty {
        let cap = rng.pick(monthCaps)
        let target = WorkedLedger.halfHours(cap.limit) - rng.int(in: 1...8) - ledger.used(cap, around: current)
        ledger.fill(current, target: target, classes: classes.filter(cap.counts), &rng)
      }
    }
    if nearYear, current.month > 1 {
      let yearCaps = rules.caps.filter { $0.period == .year && $0.classes.contains(where: classes.contains) }
      if !yearCaps.isEmpty {
        let cap = rng.pick(yearCaps)
        let earlier = (1..<current.month).map { Month(year: current.year, month: $0) }
        var remaining = WorkedLedger.halfHours(cap.limit) - rng.int(in: 6...30) - ledger.used(cap, around: current)
        for (position, month) in earlier.enumerated() where remaining > 0 {
          let share = remaining / (earlier.count - position)
          remaining -= ledger.fill(month, target: share, classes: classes.filter(cap.counts), &rng)
        }
      }
    }
    if hasWorked || nearMonth || nearYear {
      for month in touched { ledger.touch(month) }
    }
    return ledger.months.compactMap { entry -> WorkedMonth? in
      let isTouched = touched.contains(entry.month)
      guard isTouched || entry.halfHours.contains(where: { $0 > 0 }) else { return nil }
      return WorkedMonth(
        month: entry.month, standard: Double(entry.halfHours[0]) / 2, extended: Double(entry.halfHours[1]) / 2,
        seasonal: Double(entry.halfHours[2]) / 2)
    }
  }
}

/// The ids of generated records: a letter and a five-digit number, in file order.
enum GeneratedIDs {
  static func worker(_ index: Int) -> String { "w-" + Day.pad(index + 1, 5) }
  static func user(_ index: Int) -> String { "u-" + Day.pad(index + 1, 5) }
  static func request(_ index: Int) -> String { "r-" + Day.pad(index + 1, 5) }
}
