/// A planned week (`ale-plan/1`): who goes where, when, and what stayed uncovered.
///
/// A value type with a deterministic JSON form (`Plan+JSON.swift`). Every
/// plan the program writes has first passed `PlanValidator`.
public struct Plan: Hashable, Sendable {
  /// The only format this type reads and writes.
  public static let format = "ale-plan/1"

  /// How sure we are of the plan; it is valid in every case.
  public enum Status: String, Hashable, Sendable, CaseIterable {
    /// Every component proven optimal by GLPK.
    case optimal
    /// A MIP solution with a gap to the best bound.
    case feasible
    /// Some component came from the greedy fallback.
    case heuristic
  }

  /// How the plan was found.
  public struct SolverInfo: Hashable, Sendable {
    /// `mip` or `greedy`.
    public var method: String
    /// Independent parts of the week solved separately.
    public var components: Int
    /// Objective value of the plan (the solver's scaled objective), if known.
    public var objective: Double?
    /// Best bound on the objective, if known.
    public var bound: Double?
    /// Relative gap between objective and bound, if known.
    public var gap: Double?
    /// A proven upper bound on `summary.weightedCoverage` (same unit and rounding), if known;
    /// equal to it when the weighted coverage is proven optimal, whatever the later terms.
    public var coverageBound: Double?
    /// Wall-clock seconds of the solve.
    public var seconds: Double
    public var timeLimitHit: Bool

    public init(
      method: String, components: Int, objective: Double?, bound: Double?, gap: Double?, coverageBound: Double? = nil,
      seconds: Double, timeLimitHit: Bool
    ) {
      self.coverageBound = coverageBound
      self.method = method
      self.components = components
      self.objective = objective
      self.bound = bound
      self.gap = gap
      self.seconds = seconds
      self.timeLimitHit = timeLimitHit
    }
  }

  /// One worker doing one request's block on one date.
  public struct Assignment: Hashable, Sendable, Comparable {
    public var request: Request.ID
    public var worker: Worker.ID
    public var user: User.ID
    public var activity: Activity.ID
    public var capClass: CapClass
    public var date: Day
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var hours: Double
    /// One-way road km, rounded to 0.01.
    public var distanceKm: Double
    /// Reimbursed round trip in euros, rounded to cents.
    public var travelCostEUR: Double
    /// Fixed by the collaborator (`pinned` in the scenario).
    public var pinned: Bool

    public init(request: Request.ID, worker: Worker.ID, user: User.ID, activity: Activity.ID, capClass: CapClass, date: Day, start: TimeOfDay, end: TimeOfDay, hours: Double, distanceKm: Double, travelCostEUR: Double, pinned: Bool) {
      self.request = request
      self.worker = worker
      self.user = user
      self.activity = activity
      self.capClass = capClass
      self.date = date
      self.start = start
      self.end = end
      self.hours = hours
      self.distanceKm = distanceKm
      self.travelCostEUR = travelCostEUR
      self.pinned = pinned
    }

    /// The plan's order: date, start, worker, request.
    public static func < (lhs: Assignment, rhs: Assignment) -> Bool {
      (lhs.date, lhs.start, lhs.worker, lhs.request) < (rhs.date, rhs.start, rhs.worker, rhs.request)
    }
  }

  /// A request not fully seated.
  public struct Unassigned: Hashable, Sendable {
    public var request: Request.ID
    public var seatsMissing: Int
    /// Reason codes, in funnel order.
    public var reasons: [UnassignedReason]
    public init(request: Request.ID, seatsMissing: Int, reasons: [UnassignedReason]) {
      self.request = request
      self.seatsMissing = seatsMissing
      self.reasons = reasons
    }
  }

  /// A worker's hours in one month after the plan (worked + planned), by cap class.
  public struct MonthTotals: Hashable, Sendable {
    public var month: Month
    public var standard: Double
    public var extended: Double
    public var seasonal: Double
    public init(month: Month, standard: Double, extended: Double, seasonal: Double) {
      self.month = month
      self.standard = standard
      self.extended = extended
      self.seasonal = seasonal
    }
  }

  /// A worker's hours in one year after the plan.
  public struct YearTotal: Hashable, Sendable {
    public var year: Int
    public var hours: Double
    public init(year: Int, hours: Double) {
      self.year = year
      self.hours = hours
    }
  }

  /// An eligible worker's totals after the plan, for the months and years the week touches.
  public struct WorkerTotals: Hashable, Sendable {
    public var id: Worker.ID
    public var plannedHours: Double
    public var months: [MonthTotals]
    public var yearHours: [YearTotal]
    public init(id: Worker.ID, plannedHours: Double, months: [MonthTotals], yearHours: [YearTotal]) {
      self.id = id
      self.plannedHours = plannedHours
      self.months = months
      self.yearHours = yearHours
    }
  }

  /// Totals of the week, over plannable requests.
  public struct Summary: Hashable, Sendable {
    /// Plannable requests.
    public var requests: Int
    /// Seats of plannable requests.
    public var seats: Int
    /// Hours × seats of plannable requests.
    public var requestedHours: Double
    /// Hours of all assignments.
    public var coveredHours: Double
    /// Σ priority × covered hours ÷ Σ priority × requested hours, rounded to 0.0001 (1 when nothing was requested).
    public var weightedCoverage: Double
    /// Sum of the assignments' travel, in euros.
    public var travelCostEUR: Double
    /// Assignments of a worker the user knows (history or preferred).
    public var continuityAssignments: Int
    public init(requests: Int, seats: Int, requestedHours: Double, coveredHours: Double, weightedCoverage: Double, travelCostEUR: Double, continuityAssignments: Int) {
      self.requests = requests
      self.seats = seats
      self.requestedHours = requestedHours
      self.coveredHours = coveredHours
      self.weightedCoverage = weightedCoverage
      self.travelCostEUR = travelCostEUR
      self.continuityAssignments = continuityAssignments
    }
  }

  public var scenario: String
  public var weekStart: Day
  public var status: Status
  public var solver: SolverInfo
  /// Sorted by date, start, worker, request.
  public var assignments: [Assignment]
  /// Sorted by request id.
  public var unassigned: [Unassigned]
  /// Sorted by kind, then id.
  public var rejected: [Rejection]
  /// Sorted by worker id.
  public var workers: [WorkerTotals]
  public var summary: Summary

  public init(scenario: String, weekStart: Day, status: Status, solver: SolverInfo, assignments: [Assignment], unassigned: [Unassigned], rejected: [Rejection], workers: [WorkerTotals], summary: Summary) {
    self.scenario = scenario
    self.weekStart = weekStart
    self.status = status
    self.solver = solver
    self.assignments = assignments
    self.unassigned = unassigned
    self.rejected = rejected
    self.workers = workers
    self.summary = summary
  }
}
