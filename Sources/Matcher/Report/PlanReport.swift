/// A plan made readable for an ALE collaborator: text, HTML, CSV and
/// iCalendar views of one plan and the scenario it was made for.
///
/// Every view is deterministic (same plan and scenario, same bytes): it
/// iterates over the plan's sorted lists and sorted ids only, and no view
/// reads the clock.
public struct PlanReport: Sendable {
  /// The language of the words around the data (ids stay as they are).
  public enum Language: String, Sendable, CaseIterable {
    case fr, en
  }

  /// Options of the CSV view.
  public struct CSVOptions: Sendable {
    /// Field separator: `,` or `;` (Belgian Excel). With `;` numbers get a decimal comma.
    public var separator: String
    /// Start with a UTF-8 byte order mark, so Excel reads the accents right.
    public var byteOrderMark: Bool
    public init(separator: String = ",", byteOrderMark: Bool = false) {
      self.separator = separator
      self.byteOrderMark = byteOrderMark
    }
  }

  public let plan: Plan
  public let scenario: Scenario
  public let language: Language
  /// Violations the validator found in the plan against this scenario (a
  /// scenario edited since the plan was made): when not zero, the text and
  /// HTML views open with a warning that the plan no longer holds.
  public var staleViolations = 0

  public init(plan: Plan, scenario: Scenario, language: Language = .fr) {
    self.plan = plan
    self.scenario = scenario
    self.language = language
  }

  var labels: Labels { Labels(language) }

  /// The money of the plan (cheques, pay, travel, shares).
  package var money: PlanMoney { PlanMoney(plan: plan, scenario: scenario) }

  /// The terminal view, lines ending in `\n`.
  public func text() -> String { TextReport(report: self).render() }

  /// One self-contained printable HTML page.
  public func html() -> String { HTMLReport(report: self).render() }

  /// One row per assignment, with a header row.
  public func csv(_ options: CSVOptions = CSVOptions()) throws -> [UInt8] {
    try CSVReport(report: self, options: options).render()
  }

  /// An iCalendar file of the assignments of `worker`, or of all when nil.
  public func ics(worker: Worker.ID? = nil) -> [UInt8] { ICSReport(report: self).render(worker: worker) }

  /// Workers with at least one assignment, sorted by id: one calendar each with `--per-worker`.
  public var assignedWorkers: [Worker.ID] { Array(Set(plan.assignments.map(\.worker))).sorted() }

  /// Requests not fully seated, with their request record when the scenario has it.
  var unassignedRequests: [(entry: Plan.Unassigned, request: Request?)] {
    plan.unassigned.map { ($0, scenario.request($0.request)) }
  }

  /// Hours counted by `cap` for a worker's totals after the plan, one row per period the week touches.
  func capUse(_ totals: Plan.WorkerTotals, _ cap: Cap) -> [(period: String, used: Double)] {
    switch cap.period {
    case .month:
      return totals.months.map { month in
        let used = cap.classes.reduce(0.0) { sum, capClass in
          switch capClass {
          case .standard: sum + month.standard
          case .extended: sum + month.extended
          case .seasonal: sum + month.seasonal
          }
        }
        return (labels.month(month.month), used)
      }
    case .year:
      // Year totals count every class; a year cap on fewer classes is summed from the months.
      if Set(cap.classes) == Set(CapClass.allCases) {
        return totals.yearHours.map { (String($0.year), $0.hours) }
      }
      return totals.yearHours.map { year in
        (String(year.year), capUse(totals, Cap(id: cap.id, period: .month, classes: cap.classes, limit: cap.limit))
          .reduce(0) { $0 + $1.used })
      }
    }
  }
}
