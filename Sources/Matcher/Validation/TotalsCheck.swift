/// Recomputes the plan's `workers[]` totals and `summary` from the
/// assignments and the scenario, and compares (hours and euros within 0.01,
/// coverage within 0.0001).
struct TotalsCheck: Sendable {
  /// The scenario and the validator's own classification of it.
  let context: ValidationContext

  /// Tolerance on hours and euros.
  static let tolerance = 0.01 + 1e-9
  /// Tolerance on the weighted coverage, printed to four decimals.
  static let coverageTolerance = 0.0001 + 1e-9

  /// Every wrong, missing or extra entry of `plan.workers`.
  func workerViolations(of plan: Plan) -> [Violation] {
    let entries = plan.assignments.enumerated().map { WorkloadRules.Entry(assignment: $1, path: "assignments[\($0)]") }
    let ledger = WorkloadRules(context: context).ledger(of: entries)
    var weekHours: [Worker.ID: Double] = [:]
    for a in plan.assignments {
      guard let request = context.scenario.request(a.request) else { continue }
      weekHours[a.worker, default: 0] += request.hours
    }

    var found: [Violation] = []
    var position: [Worker.ID: Int] = [:]
    for (index, totals) in plan.workers.enumerated() {
      if !context.isEligible(totals.id) {
        found.append(Violation(.workerTotals, at: "workers[\(index)].id", "\(totals.id) is not an eligible worker"))
      } else if let first = position[totals.id] {
        found.append(Violation(.workerTotals, at: "workers[\(index)]", "\(totals.id) is listed again (first at workers[\(first)])"))
      } else {
        position[totals.id] = index
      }
    }
    for worker in context.eligibleWorkers {
      guard let index = position[worker.id] else {
        found.append(Violation(.workerTotals, at: "workers", "eligible worker \(worker.id) has no entry"))
        continue
      }
      let totals = plan.workers[index]
      let path = "workers[\(index)]"
      let planned = weekHours[worker.id] ?? 0
      if abs(totals.plannedHours - planned) > Self.tolerance {
        found.append(Violation(.workerTotals, at: path + ".plannedHours", "\(worker.id) is planned \(ValidationContext.text(planned)) h, not \(ValidationContext.text(totals.plannedHours))"))
      }
      // Months and years in any order (formats.md: only `assignments` has one a reader checks), each once.
      if totals.months.map(\.month).sorted() != context.months {
        let listed = totals.months.map(\.month.description).joined(separator: ", ")
        let expected = context.months.map(\.description).joined(separator: ", ")
        found.append(Violation(.workerTotals, at: path + ".months", "\(worker.id) lists months [\(listed)], the week touches [\(expected)]"))
      } else {
        for (m, month) in totals.months.enumerated() {
          let given: [(CapClass, Double)] = [(.standard, month.standard), (.extended, month.extended), (.seasonal, month.seasonal)]
          for (capClass, value) in given {
            let expected = worker.workedHours(in: month.month, capClass) + ledger.hours(of: worker.id, in: month.month, capClass)
            if abs(value - expected) > Self.tolerance {
              found.append(Violation(
                .workerTotals, at: path + ".months[\(m)].\(capClass.rawValue)",
                "\(worker.id) has \(ValidationContext.text(expected)) \(capClass.rawValue) h in \(month.month) after the plan, not \(ValidationContext.text(value))"))
            }
          }
        }
      }
      if totals.yearHours.map(\.year).sorted() != context.years {
        let listed = totals.yearHours.map { String($0.year) }.joined(separator: ", ")
        let expected = context.years.map(String.init).joined(separator: ", ")
        found.append(Violation(.workerTotals, at: path + ".yearHours", "\(worker.id) lists years [\(listed)], the week touches [\(expected)]"))
      } else {
        for (y, year) in totals.yearHours.enumerated() {
          let all = CapClass.allCases
          let expected = HourLedger.worked(worker, inYear: year.year, counting: all) + ledger.hours(of: worker.id, inYear: year.year, counting: all)
          if abs(year.hours - expected) > Self.tolerance {
            found.append(Violation(
              .workerTotals, at: path + ".yearHours[\(y)].hours",
              "\(worker.id) has \(ValidationContext.text(expected)) h in \(year.year) after the plan, not \(ValidationContext.text(year.hours))"))
          }
        }
      }
    }
    return found
  }

  /// Every wrong figure of `plan.summary`.
  func summaryViolations(of plan: Plan) -> [Violation] {
    let scenario = context.scenario
    let requests = context.plannableRequests
    let seats = requests.reduce(0) { $0 + $1.seats }
    let requested = requests.reduce(0.0) { $0 + $1.hours * Double($1.seats) }
    let requestedWeight = requests.reduce(0.0) { $0 + Double($1.priority) * $1.hours * Double($1.seats) }
    var covered = 0.0
    var coveredWeight = 0.0
    var travel = 0.0
    var continuity = 0
    for a in plan.assignments {
      guard let request = scenario.request(a.request) else {
        covered += a.hours
        travel += a.travelCostEUR
        continue
      }
      covered += request.hours
      coveredWeight += Double(request.priority) * request.hours
      if let worker = scenario.worker(a.worker) {
        travel += RuleArithmetic.rounded2(RuleArithmetic.travelCost(oneWayKm: context.oneWayKm(worker, request), rules: scenario.rules))
      } else {
        travel += a.travelCostEUR
      }
      if context.isContinuity(worker: a.worker, request: request) { continuity += 1 }
    }
    let coverage = requestedWeight > 0 ? coveredWeight / requestedWeight : 1

    let s = plan.summary
    var found: [Violation] = []
    func integer(_ key: String, _ given: Int, _ expected: Int, _ what: String) {
      if given != expected { found.append(Violation(.summary, at: "summary.\(key)", "\(what) is \(expected), not \(given)")) }
    }
    func number(_ key: String, _ given: Double, _ expected: Double, _ tolerance: Double, _ what: String) {
      if abs(given - expected) > tolerance {
        found.append(Violation(.summary, at: "summary.\(key)", "\(what) is \(JSONWriter.format((expected * 10_000).rounded() / 10_000)), not \(JSONWriter.format(given))"))
      }
    }
    integer("requests", s.requests, requests.count, "the number of plannable requests")
    integer("seats", s.seats, seats, "the number of seats of plannable requests")
    number("requestedHours", s.requestedHours, requested, Self.tolerance, "Σ hours × seats of plannable requests")
    number("coveredHours", s.coveredHours, covered, Self.tolerance, "Σ hours of the assignments")
    number("weightedCoverage", s.weightedCoverage, coverage, Self.coverageTolerance, "Σ priority × hours assigned ÷ Σ priority × hours × seats")
    number("travelCostEUR", s.travelCostEUR, travel, Self.tolerance, "Σ travel of the assignments")
    integer("continuityAssignments", s.continuityAssignments, continuity, "the number of assignments to a known worker")
    return found
  }
}
