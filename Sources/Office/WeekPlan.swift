import Matcher

/// A week's draft or published plan with the scenario it was planned on.
public struct WeekPlan: Sendable {
  public var monday: Day
  public var state: WeekRecord.State
  public var plan: Plan
  public var scenario: Scenario
  /// The `ale-plan/1` document as stored.
  public var planBytes: [UInt8]
  /// The `ale-scenario/1` document as stored.
  public var scenarioBytes: [UInt8]
}

/// What one assignment turned out to be, for `recordWeek`.
public struct AssignmentOutcome: Hashable, Sendable {
  /// The scenario's request id (as in the plan).
  public var request: String
  public var worker: String
  public var state: LedgerEntry.State
  /// Hours actually worked (done only); nil: as planned.
  public var hours: Double?
  /// Where the outcome was read (`record.csv:3`), for messages; nil: its position in the list.
  public var source: String?

  /// An outcome of `request` done by `worker`.
  public init(request: String, worker: String, state: LedgerEntry.State, hours: Double? = nil, source: String? = nil) {
    self.request = request
    self.worker = worker
    self.state = state
    self.hours = hours
    self.source = source
  }
}

/// What `planWeek` did: the plan stored as the week's draft, and the solver's figures.
public struct PlannedWeek: Sendable {
  public var week: WeekPlan
  public var report: SolveReport
  /// People placed at their commune's centre (approximate distances).
  public var approximate: [String]
}
