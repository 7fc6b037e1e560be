/// One chosen (worker, request, date, start), before it is dressed as an `Assignment`.
package struct Choice: Hashable, Sendable, Comparable {
  package var request: Request.ID
  package var worker: Worker.ID
  package var date: Day
  /// Start in minutes after midnight.
  package var start: Int
  package var pinned: Bool

  package init(request: Request.ID, worker: Worker.ID, date: Day, start: Int, pinned: Bool) {
    self.request = request
    self.worker = worker
    self.date = date
    self.start = start
    self.pinned = pinned
  }

  package static func < (lhs: Choice, rhs: Choice) -> Bool {
    (lhs.date, lhs.start, lhs.worker, lhs.request) < (rhs.date, rhs.start, rhs.worker, rhs.request)
  }
}

/// Builds the full plan document from the solver's choices: copied fields,
/// distances and travel, per-worker totals and the summary.
///
/// The validator recomputes all of this on its own; this is the solvers' side.
package enum PlanAssembler {
  /// Rounds hour totals so that sums of slot fractions print cleanly.
  static func hours(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

  /// The plan for `choices` (each one a valid assignment of `scenario`).
  package static func plan(
    for scenario: Scenario, choices: [Choice], unassigned: [Plan.Unassigned], status: Plan.Status, solver: Plan.SolverInfo
  ) -> Plan {
    var assignments: [Plan.Assignment] = []
    assignments.reserveCapacity(choices.count)
    var planned: [Worker.ID: [Month: [CapClass: Double]]] = [:]
    var plannedTotal: [Worker.ID: Double] = [:]
    var weighted = 0.0
    var continuity = 0
    for choice in choices.sorted() {
      guard let request = scenario.request(choice.request), let worker = scenario.worker(choice.worker),
        let activity = scenario.rules.activity(request.activity)
      else { preconditionFailure("choice \(choice) names a record the scenario does not have") }
      let km = RuleArithmetic.oneWayKm(from: worker.home, to: request.location, policy: scenario.policy)
      let cost = RuleArithmetic.travelCost(oneWayKm: km, rules: scenario.rules)
      assignments.append(Plan.Assignment(
        request: request.id, worker: worker.id, user: request.user, activity: request.activity,
        capClass: activity.capClass, date: choice.date, start: TimeOfDay(minutes: choice.start),
        end: TimeOfDay(minutes: choice.start + request.minutes), hours: request.hours,
        distanceKm: RuleArithmetic.rounded2(km), travelCostEUR: RuleArithmetic.rounded2(cost), pinned: choice.pinned))
      planned[worker.id, default: [:]][choice.date.month, default: [:]][activity.capClass, default: 0] += request.hours
      plannedTotal[worker.id, default: 0] += request.hours
      weighted += Double(request.priority) * request.hours
      if scenario.isContinuity(worker: worker.id, request: request) { continuity += 1 }
    }

    let months = scenario.months
    let years = scenario.years
    let totals = scenario.eligibleWorkers.sorted { $0.id < $1.id }.map { worker in
      let mine = planned[worker.id] ?? [:]
      let monthTotals = months.map { month in
        let value = { (capClass: CapClass) in hours(worker.workedHours(in: month, capClass) + (mine[month]?[capClass] ?? 0)) }
        return Plan.MonthTotals(month: month, standard: value(.standard), extended: value(.extended), seasonal: value(.seasonal))
      }
      let yearTotals = years.map { year in
        let worked = worker.worked.filter { $0.month.year == year }.reduce(0.0) { sum, month in
          CapClass.allCases.reduce(sum) { $0 + month[$1] }
        }
        let plannedInYear = mine.filter { $0.key.year == year }.values.reduce(0.0) { sum, byClass in
          CapClass.allCases.reduce(sum) { $0 + (byClass[$1] ?? 0) }
        }
        return Plan.YearTotal(year: year, hours: hours(worked + plannedInYear))
      }
      return Plan.WorkerTotals(id: worker.id, plannedHours: hours(plannedTotal[worker.id] ?? 0), months: monthTotals, yearHours: yearTotals)
    }

    let requests = scenario.plannableRequests
    let summary = Plan.Summary(
      requests: requests.count,
      seats: requests.reduce(0) { $0 + $1.seats },
      requestedHours: hours(requests.reduce(0.0) { $0 + $1.hours * Double($1.seats) }),
      coveredHours: hours(assignments.reduce(0.0) { $0 + $1.hours }),
      weightedCoverage: Plan.Summary.coverage(weighted: weighted, of: scenario),
      travelCostEUR: RuleArithmetic.rounded2(assignments.reduce(0.0) { $0 + $1.travelCostEUR }),
      continuityAssignments: continuity)

    return Plan(
      scenario: scenario.id, weekStart: scenario.weekStart, status: status, solver: solver, assignments: assignments,
      unassigned: unassigned.sorted { $0.request < $1.request }, rejected: scenario.rejected, workers: totals, summary: summary)
  }
}

extension Plan.Summary {
  /// `weighted` priority-hours as a share of the scenario's (plannable requests, every seat), to 4 decimals.
  static func coverage(weighted: Double, of scenario: Scenario) -> Double {
    let requested = scenario.plannableRequests.reduce(0.0) { $0 + Double($1.priority) * $1.hours * Double($1.seats) }
    return requested > 0 ? (weighted / requested * 10_000).rounded() / 10_000 : 1
  }
}
