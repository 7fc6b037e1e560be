/// A worker's hours before the week, in half-hours by month and cap class,
/// kept within every cap of the rule set while it is filled.
///
/// Works for any caps of `RuleSet.caps` (month or year, any classes), so the
/// generator never hard-codes a limit: "near a cap" is "the cap's limit less
/// a few half-hours".
struct WorkedLedger {
  /// Months in ascending order, each with half-hours per cap class (indexed by `CapClass.rank`).
  private(set) var months: [(month: Month, halfHours: [Int])] = []
  let caps: [Cap]

  init(caps: [Cap]) { self.caps = caps }

  /// A cap's limit in whole half-hours (rounded down).
  static func halfHours(_ limit: Double) -> Int { Int((limit * 2).rounded(.down)) }

  private mutating func index(of month: Month) -> Int {
    if let index = months.firstIndex(where: { $0.month == month }) { return index }
    let position = months.firstIndex(where: { $0.month > month }) ?? months.count
    months.insert((month, [0, 0, 0]), at: position)
    return position
  }

  /// Makes sure `month` has an entry (zeros if new).
  mutating func touch(_ month: Month) { _ = index(of: month) }

  /// Half-hours counted by `cap` in the period of `cap` that contains `month`.
  func used(_ cap: Cap, around month: Month) -> Int {
    var total = 0
    for entry in months where cap.period == .month ? entry.month == month : entry.month.year == month.year {
      for capClass in cap.classes { total += entry.halfHours[capClass.rank] }
    }
    return total
  }

  /// Half-hours of `capClass` that can still be added to `month` under every cap.
  func room(for capClass: CapClass, in month: Month) -> Int {
    var room = Int.max
    for cap in caps where cap.counts(capClass) {
      room = min(room, WorkedLedger.halfHours(cap.limit) - used(cap, around: month))
    }
    return max(0, room == Int.max ? 0 : room)
  }

  /// Adds up to `target` half-hours to `month`, spread over `classes` with
  /// random shares, never past a cap. Returns what was added.
  @discardableResult
  mutating func fill(_ month: Month, target: Int, classes: [CapClass], _ rng: inout SeededRandom) -> Int {
    guard target > 0, !classes.isEmpty else { return 0 }
    let position = index(of: month)
    let shares = classes.map { _ in rng.double(0.2, 1) }
    let total = shares.reduce(0, +)
    var added = 0
    for (capClass, share) in zip(classes, shares) {
      let want = Int((Double(target) * share / total).rounded())
      let amount = min(want, target - added, room(for: capClass, in: month))
      months[position].halfHours[capClass.rank] += amount
      added += amount
    }
    for capClass in classes where added < target {  // whatever rounding or caps left over
      let amount = min(target - added, room(for: capClass, in: month))
      months[position].halfHours[capClass.rank] += amount
      added += amount
    }
    return added
  }
}
