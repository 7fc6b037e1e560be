/// One way a plan breaks domain.md or formats.md, found by `PlanValidator`.
///
/// Printed as `path: [rule] message`, e.g.
/// `assignments[3]: [authorisation] worker w-003 is not authorised for gardening`.
/// The path points into the plan document (`assignments[3]`,
/// `unassigned[0].reasons`, `summary.coveredHours`) or, for pins checked at
/// load, into the scenario (`pinned[2]`).
public struct Violation: Hashable, Sendable, CustomStringConvertible {
  /// The check that failed: one case per rule the validator enforces.
  public enum Rule: String, Hashable, Sendable, CaseIterable {
    /// The plan names another scenario or another week.
    case header
    /// The solver reports a negative gap.
    case solverGap = "solver_gap"
    /// The worker is unknown, rejected, or not eligible at the week's Monday.
    case eligibility
    /// The request is unknown or rejected (activity unknown or not allowed for the user's kind, ...).
    case plannableRequest = "plannable_request"
    /// The worker is not authorised for the request's activity.
    case authorisation
    /// The worker serves a user of another agency while `sameAgencyOnly` holds.
    case agency
    /// The worker is in the request's `excludedWorkers`.
    case exclusion
    /// The one-way road distance exceeds the worker's `maxDistanceKm`.
    case distance
    /// The date lies outside Monday...Sunday of the week.
    case week
    /// The start is not on the `slotMinutes` grid.
    case grid
    /// The block is not inside one window of the request.
    case window
    /// The block is not inside one availability interval of the worker.
    case availability
    /// `hours` differs from the request's hours.
    case duration
    /// `end` is not `start` plus the request's hours.
    case endTime = "end_time"
    /// `user`, `activity` or `capClass` differs from the scenario and catalog.
    case copiedFields = "copied_fields"
    /// `distanceKm` differs from the recomputed one-way distance by more than 0.01.
    case distanceKm = "distance_km"
    /// `travelCostEUR` differs from the recomputed travel by more than 0.01.
    case travelCost = "travel_cost"
    /// A request has more assignments than seats.
    case seats
    /// The same worker holds two seats of one request.
    case distinctWorkers = "distinct_workers"
    /// Two blocks of one worker on one day overlap.
    case overlap
    /// Two blocks of one worker on one day are closer than `minGapMinutes`.
    case minGap = "min_gap"
    /// Worked plus planned hours exceed a cap of `rules.caps` in some month or year.
    case cap
    /// Planned hours exceed the worker's `maxHoursPerWeek`.
    case weeklyHours = "weekly_hours"
    /// A scenario pin is not in the plan with `pinned: true`.
    case pinMissing = "pin_missing"
    /// An assignment is flagged `pinned` but the scenario has no such pin.
    case pinUnexpected = "pin_unexpected"
    /// `rejected` differs from the scenario's classification.
    case rejected
    /// `unassigned` misses a request, lists a seated one, repeats one or counts wrong.
    case unassignedSeats = "unassigned_seats"
    /// `reasons` is not the one true reason code of the funnel.
    case unassignedReasons = "unassigned_reasons"
    /// A request left short could still be seated by a fitting worker.
    case maximality
    /// `workers[]` totals are missing, extra or wrong.
    case workerTotals = "worker_totals"
    /// A `summary` figure is wrong.
    case summary
    /// A list is not in formats.md's order.
    case order
  }

  /// The check that failed.
  public var rule: Rule
  /// Where in the plan (or scenario, for pins): `assignments[3]`, `summary.coveredHours`.
  public var path: String
  /// A sentence naming the records and numbers involved.
  public var message: String

  /// A violation of `rule` at `path`.
  public init(_ rule: Rule, at path: String, _ message: String) {
    self.rule = rule
    self.path = path
    self.message = message
  }

  /// `path: [rule] message`.
  public var description: String { "\(path): [\(rule.rawValue)] \(message)" }
}
