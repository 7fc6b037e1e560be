/// Planned hours per worker, month and cap class, and the cap arithmetic on top of them.
///
/// Worked hours come from the scenario's `Worker.worked`; this ledger holds
/// only what a plan (or a set of pins, or one tentative block) adds.
struct HourLedger: Sendable {
  /// A cap exceeded in one period.
  struct Breach: Hashable, Sendable {
    /// The cap exceeded.
    var cap: Cap
    /// The month of a monthly cap.
    var month: Month?
    /// The year of the period (of a yearly cap, or of `month`).
    var year: Int
    /// Worked plus planned hours of the cap's classes in the period.
    var total: Double

    /// `month-extended cap for 2026-11` / `year-all cap for 2026`.
    var periodText: String { "\(cap.id) cap for \(month.map(\.description) ?? String(year))" }

    /// Whether a block on `date` of `capClass` counts toward this breach.
    func counts(_ capClass: CapClass, on date: Day) -> Bool {
      guard cap.counts(capClass) else { return false }
      if let month { return date.month == month }
      return date.components.year == year
    }
  }

  private var planned: [Worker.ID: [Month: [CapClass: Double]]] = [:]
  private var weekly: [Worker.ID: Double] = [:]

  /// Adds `hours` of `capClass` worked by `worker` on `date`.
  mutating func add(_ hours: Double, of capClass: CapClass, on date: Day, for worker: Worker.ID) {
    planned[worker, default: [:]][date.month, default: [:]][capClass, default: 0] += hours
    weekly[worker, default: 0] += hours
  }

  /// Planned hours of `capClass` for `worker` in `month`.
  func hours(of worker: Worker.ID, in month: Month, _ capClass: CapClass) -> Double {
    planned[worker]?[month]?[capClass] ?? 0
  }

  /// All planned hours of `worker` in the week.
  func weekHours(of worker: Worker.ID) -> Double { weekly[worker] ?? 0 }

  /// Planned hours of `worker` in `year` counted by `classes`, summed month by month in order.
  func hours(of worker: Worker.ID, inYear year: Int, counting classes: [CapClass]) -> Double {
    let months = (planned[worker] ?? [:]).keys.filter { $0.year == year }.sorted()
    return months.reduce(0.0) { sum, month in classes.reduce(sum) { $0 + hours(of: worker, in: month, $1) } }
  }

  /// Hours `worker` had worked before the week in `month`, counted by `classes`.
  static func worked(_ worker: Worker, in month: Month, counting classes: [CapClass]) -> Double {
    classes.reduce(0.0) { $0 + worker.workedHours(in: month, $1) }
  }

  /// Hours `worker` had worked before the week in `year` (all months of `worked`), counted by `classes`.
  static func worked(_ worker: Worker, inYear year: Int, counting classes: [CapClass]) -> Double {
    worker.worked.filter { $0.month.year == year }.sorted { $0.month < $1.month }
      .reduce(0.0) { sum, month in classes.reduce(sum) { $0 + month[$1] } }
  }

  /// Every cap the worker exceeds in a period where this ledger adds hours the cap counts;
  /// in the order of `caps`, then of periods.
  ///
  /// A period the plan does not touch is never reported, even if the worker
  /// was already over the cap before the week: the plan is not at fault.
  func breaches(of worker: Worker, caps: [Cap]) -> [Breach] {
    let months = (planned[worker.id] ?? [:]).keys.sorted()
    let years = months.reduce(into: [Int]()) { if !$0.contains($1.year) { $0.append($1.year) } }
    var result: [Breach] = []
    for cap in caps {
      switch cap.period {
      case .month:
        for month in months {
          let added = cap.classes.reduce(0.0) { $0 + hours(of: worker.id, in: month, $1) }
          guard added > ValidationContext.hoursEpsilon else { continue }
          let total = Self.worked(worker, in: month, counting: cap.classes) + added
          if total > cap.limit + ValidationContext.hoursEpsilon {
            result.append(Breach(cap: cap, month: month, year: month.year, total: total))
          }
        }
      case .year:
        for year in years {
          let added = hours(of: worker.id, inYear: year, counting: cap.classes)
          guard added > ValidationContext.hoursEpsilon else { continue }
          let total = Self.worked(worker, inYear: year, counting: cap.classes) + added
          if total > cap.limit + ValidationContext.hoursEpsilon {
            result.append(Breach(cap: cap, month: nil, year: year, total: total))
          }
        }
      }
    }
    return result
  }

  /// The first cap a block of `hours` of `capClass` on `date` would push over,
  /// on top of worked hours and this ledger's planned hours.
  /// - Complexity: O(caps × months planned), without copying the ledger.
  func breach(adding hours: Double, of capClass: CapClass, on date: Day, for worker: Worker, caps: [Cap]) -> Breach? {
    let month = date.month
    for cap in caps where cap.counts(capClass) {
      switch cap.period {
      case .month:
        let planned = cap.classes.reduce(0.0) { $0 + self.hours(of: worker.id, in: month, $1) }
        let total = Self.worked(worker, in: month, counting: cap.classes) + planned + hours
        if total > cap.limit + ValidationContext.hoursEpsilon { return Breach(cap: cap, month: month, year: month.year, total: total) }
      case .year:
        let planned = self.hours(of: worker.id, inYear: month.year, counting: cap.classes)
        let total = Self.worked(worker, inYear: month.year, counting: cap.classes) + planned + hours
        if total > cap.limit + ValidationContext.hoursEpsilon { return Breach(cap: cap, month: nil, year: month.year, total: total) }
      }
    }
    return nil
  }

  /// Whether planned hours plus `extra` exceed the worker's `maxHoursPerWeek`.
  func exceedsWeek(of worker: Worker, adding extra: Double = 0) -> Bool {
    guard let limit = worker.maxHoursPerWeek else { return false }
    return weekHours(of: worker.id) + extra > limit + ValidationContext.hoursEpsilon
  }
}
