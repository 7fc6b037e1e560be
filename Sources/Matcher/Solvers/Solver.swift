import Dispatch
import Foundation
import Logging

/// What a solve produced: the plan and the figures behind it.
public struct SolveReport: Sendable {
  public var plan: Plan
  /// Candidates after every filter and the start reduction (= IP columns).
  public var candidates: Int
  /// Columns and rows of the IP, summed over components (0 rows for greedy).
  public var variables: Int
  public var rows: Int
  public var components: Int
  /// What each candidate filter removed, one line.
  public var filters: String
  /// Components by outcome.
  public var optimalComponents: Int
  public var feasibleComponents: Int
  public var heuristicComponents: Int
  /// The components whose plan is `heuristic` (greedy start and swap
  /// search, no MIP solution with a bound), by index, with their candidates.
  public var heuristicComponentSizes: [(component: Int, candidates: Int)] = []
}

/// Turns a scenario into a plan: candidates, components, GLPK with greedy help, reasons.
///
/// The plan it returns has not been validated: callers run `PlanValidator`
/// before writing it (the CLI does, and refuses to write an invalid plan).
public struct Solver: Sendable {
  public var options: SolveOptions

  public init(options: SolveOptions = SolveOptions()) { self.options = options }

  /// Plans the week. Never throws: a component whose GLPK solve fails falls back to greedy.
  public func solve(_ scenario: Scenario) -> SolveReport {
    let clock = ContinuousClock()
    let started = clock.now
    let limit = min(max(SolveOptions.timeLimitRange.lowerBound, options.timeLimit), SolveOptions.timeLimitRange.upperBound)
    let deadline = min(options.deadline ?? .now + .seconds(1e9), started + .milliseconds(Int64(limit * 1000)))
    let logger = options.logger

    let week = PlanningWeek(scenario)
    let keep = Set(options.keep.compactMap { choice -> PinnedStart? in
      guard let w = week.workerPosition[choice.worker], let r = week.requestPosition[choice.request],
        let d = week.dayIndex(choice.date)
      else { return nil }
      return PinnedStart(worker: w, request: r, day: d, start: choice.start)
    })
    let enumerator = CandidateEnumerator(week: week, keep: keep)
    let set = enumerator.candidates()
    logger.info("candidates: \(set.stats) (\(Self.format(clock.now - started)) s)")
    let components = Decomposition.components(of: set, workers: week.workers.count, requests: week.requests.count)
    logger.info("\(components.count) component(s), largest \(components.map(\.count).max() ?? 0) candidates (\(Self.format(clock.now - started)) s)")

    let results = SlotStore<ComponentResult>(count: components.count)
    let next = IndexCounter()
    // Smallest first: the many small components are proven optimal quickly,
    // and each component's budget is its share (by candidates) of the time
    // left for what is still unsolved, so a large one cannot starve the rest.
    let schedule = components.indices.sorted { (components[$0].count, $0) < (components[$1].count, $1) }
    var suffix = [Int](repeating: 0, count: schedule.count + 1)
    for position in stride(from: schedule.count - 1, through: 0, by: -1) {
      suffix[position] = suffix[position + 1] + components[schedule[position]].count
    }
    let remainingMass = suffix
    let jobs = max(1, min(options.jobs, components.count))
    let options = self.options
    DispatchQueue.concurrentPerform(iterations: jobs) { _ in
      while let position = next.take(below: schedule.count) {
        let c = schedule[position]
        let now = clock.now
        let budget = Self.budget(left: deadline - now, candidates: components[c].count, jobs: jobs, unsolved: remainingMass[position])
        let ends = ComponentDeadline(share: min(deadline, now + budget), solve: deadline, queueDrained: { next.isDrained(below: schedule.count) })
        let solver = ComponentSolver(week: week, options: options, index: c, deadline: ends)
        results.set(c, solver.solve(set.subset(components[c])))
      }
    }

    // Assemble.
    var choices: [Choice] = []
    var seated = [Int](repeating: 0, count: week.requests.count)
    var objective = 0.0
    var bound: Double? = 0
    var coverageBound: Double? = 0
    var timeLimitHit = false
    var variables = 0
    var rows = 0
    var counts = [Plan.Status: Int]()
    for (c, members) in components.enumerated() {
      guard let result = results.get(c) else { preconditionFailure("component \(c) was not solved") }
      for local in result.chosen {
        let i = members[local]
        let r = Int(set.request[i])
        seated[r] += 1
        choices.append(Choice(
          request: week.requests[r].id, worker: week.workers[Int(set.worker[i])].id,
          date: scenario.weekStart.adding(days: Int(set.day[i])), start: Int(set.start[i]), pinned: set.pinned[i]))
      }
      objective += result.objective
      bound = result.bound.flatMap { b in bound.map { $0 + b } }
      coverageBound = result.coverageBound.flatMap { b in coverageBound.map { $0 + b } }
      timeLimitHit = timeLimitHit || result.timeLimitHit
      variables += result.columns
      rows += result.rows
      counts[result.status, default: 0] += 1
    }

    // Reasons: the funnel again, without the workers already on the request.
    var seatedWorkers: [Int: Set<Int>] = [:]
    for (c, members) in components.enumerated() {
      for local in results.get(c)?.chosen ?? [] {
        seatedWorkers[Int(set.request[members[local]]), default: []].insert(Int(set.worker[members[local]]))
      }
    }
    var unassigned: [Plan.Unassigned] = []
    for (r, request) in week.requests.enumerated() where seated[r] < request.seats {
      let stage = seated[r] == 0 ? set.stage[r] : enumerator.stage(ofRequest: r, excluding: seatedWorkers[r] ?? [])
      unassigned.append(Plan.Unassigned(request: request.id, seatsMissing: request.seats - seated[r], reasons: [stage.reason]))
    }
    let weak = components.indices.filter { results.get($0)?.status == .heuristic }
    let which = weak.isEmpty ? "" : " (heuristic, no MIP solution with a bound: component \(weak.prefix(10).map(String.init).joined(separator: ", "))\(weak.count > 10 ? ", …" : ""))"
    let unproven = components.indices.filter { c in
      guard let result = results.get(c), let bound = result.coverageBound else { return true }
      return bound > result.coverage + 1e-9
    }
    logger.info("coverage proven in \(components.count - unproven.count) of \(components.count) component(s)\(unproven.isEmpty ? "" : "; not in component \(unproven.prefix(10).map { c in "\(c) (\(results.get(c).map { "\($0.coverage) of ≤ \($0.coverageBound.map { "\($0)" } ?? "?")" } ?? "?"))" }.joined(separator: ", "))\(unproven.count > 10 ? ", …" : "")")")
    logger.info("components: \(counts[.optimal] ?? 0) optimal, \(counts[.feasible] ?? 0) feasible, \(counts[.heuristic] ?? 0) heuristic\(which)")
    let status: Plan.Status =
      (counts[.heuristic] ?? 0) > 0 ? .heuristic : (counts[.feasible] ?? 0) > 0 ? .feasible : .optimal
    let seconds = (clock.now - started).seconds
    let gap = bound.map { max(0, $0 - objective) / max(abs(objective), 1e-9) }
    let info = Plan.SolverInfo(
      method: options.method.rawValue, components: components.count, objective: rounded(objective),
      bound: bound.map(rounded), gap: gap.map { ($0 * 1e6).rounded() / 1e6 },
      coverageBound: coverageBound.map { Plan.Summary.coverage(weighted: $0, of: scenario) },
      seconds: (seconds * 1000).rounded() / 1000,
      timeLimitHit: timeLimitHit)
    let plan = PlanAssembler.plan(for: scenario, choices: choices, unassigned: unassigned, status: status, solver: info)
    return SolveReport(
      plan: plan, candidates: set.count, variables: variables, rows: rows, components: components.count,
      filters: set.stats.description, optimalComponents: counts[.optimal] ?? 0,
      feasibleComponents: counts[.feasible] ?? 0, heuristicComponents: counts[.heuristic] ?? 0,
      heuristicComponentSizes: weak.map { ($0, components[$0].count) })
  }

  /// A component's time: its share, by candidates, of the time `left` for
  /// the `unsolved` candidates (its own included), `jobs` running at once;
  /// but at least a quarter second when there is that much left, since a
  /// tiny component's share would end before GLPK starts (on a region week,
  /// a one-candidate component's share of 55 s is 0.1 ms) and proving it
  /// takes milliseconds.
  static func budget(left: Duration, candidates: Int, jobs: Int, unsolved: Int) -> Duration {
    guard left > .zero else { return .zero }
    let share = min(1, Double(candidates * jobs) / Double(max(1, unsolved)))
    return max(left * share, min(left, .milliseconds(250)))
  }

  private func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }

  /// Seconds with two decimals, for the log.
  static func format(_ duration: Duration) -> String { JSONWriter.format((duration.seconds * 100).rounded() / 100) }
}

extension Duration {
  /// The duration in seconds as a `Double`.
  var seconds: Double {
    let parts = components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }
}

/// One result per index, written from several threads (components, batch runs).
final class SlotStore<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Value?]

  init(count: Int) { values = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    values[index] = value
    lock.unlock()
  }

  func get(_ index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    return values[index]
  }

  /// Every slot, in index order (nil where nothing was written).
  var all: [Value?] {
    lock.lock()
    defer { lock.unlock() }
    return values
  }
}

/// Hands out 0, 1, 2, ... to worker threads.
final class IndexCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  /// Whether every number below `limit` has been handed out.
  func isDrained(below limit: Int) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return value >= limit
  }

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}
