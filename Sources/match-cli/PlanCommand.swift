import ArgumentParser
import Dispatch
import Foundation
import Logging
import Matcher

/// `match-cli plan SCENARIO`: plan the week, validate the plan, write it.
struct PlanCommand: ParsableCommand, OutputConfigurable {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Plan a week: who goes where, when.",
    discussion: """
      Loads an ale-scenario/1 week, lists every (worker, request, day, start) \
      that the rules allow, and solves the integer program with GLPK (the \
      greedy plan is its first incumbent; a component where GLPK fails or \
      finds nothing in time falls back to greedy). Weighted coverage \
      (priority × hours) comes strictly first, then continuity, travel and \
      fairness. Every plan is checked by the independent validator before \
      it is written; a plan that fails is a bug: exit 70, nothing written.

      The plan (ale-plan/1 JSON) goes to --output, written atomically \
      (temporary file, then rename), or to standard output. A short \
      summary goes to standard error.

      For a nightly job: SIGINT or SIGTERM stops the solve; the best plan \
      found so far (status and timeLimitHit truthful) is validated, written \
      and the exit status is 75. --require and --min-coverage turn a weak \
      plan into its own exit status (3, 4) after writing it, for the \
      scheduler to alert on. --log-format json logs one JSON object per \
      line on standard error.

      Examples:
        match-cli plan scenarios/small-week.json
        match-cli plan scenarios/straddle-week.json -o plan.json --time-limit 10
        match-cli plan week.json --solver greedy --format text
        match-cli plan week.json --keep last-night.json -o plan.json   (re-plan after a change)
        match-cli plan week.json -o plan.json --time-limit 600 --require optimal --min-coverage 0.9 --log-format json --quiet

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "a valid plan was written (any status: optimal, feasible, heuristic)"),
        (.weakStatus, "--require: a valid plan was written, but its status is weaker than required"),
        (.lowCoverage, "--min-coverage: a valid plan was written, but its weighted coverage is below the minimum"),
        (.usage, "bad command-line usage"),
        (.dataError, "the scenario is refused (every problem is on standard error), or no request of it can be planned in its week"),
        (.noInput, "the scenario cannot be read"),
        (.internalError, "internal error (the plan failed validation); nothing written"),
        (.cannotCreate, "the output (or --write-model file) cannot be created"),
        (.interrupted, "interrupted (SIGINT, SIGTERM); the best plan so far was written if one was ready"),
      ]))
      When several apply, the first of 75, 4, 3 is the status.
      """)

  /// Output formats of the plan.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, text
  }

  @Argument(help: ArgumentHelp("The scenario file (ale-scenario/1); - reads standard input.", valueName: "scenario"))
  var scenario: String

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Where to write the plan (default: standard output).", valueName: "plan"))
  var outputPath: String = "-"

  @Option(help: ArgumentHelp("Seconds for the whole solve, shared by all components.", valueName: "seconds"))
  var timeLimit: Double = 60

  @Option(help: ArgumentHelp("Stop a component at this relative gap (e.g. 0.005); default: prove optimality.", valueName: "gap"))
  var mipGap: Double?

  @Flag(help: "Also bound each component by column generation over worker weeks (experimental, docs/matcher.md).")
  var workerWeekBound = false

  @Option(help: "mip (GLPK with greedy fallback) or greedy.")
  var solver: SolveOptions.Method = .mip

  @Option(help: "json (ale-plan/1) or text (a listing for people).")
  var format: Format = .json

  @Option(help: ArgumentHelp("Components solved at the same time.", valueName: "n"))
  var jobs: Int = 2

  @Option(help: ArgumentHelp("Also write the integer program as free MPS (GLPK's writer), for peer solvers.", valueName: "file.mps"))
  var writeModel: String?

  @Option(help: ArgumentHelp("Exit 3 (after writing the plan) unless its status is at least this: optimal, or feasible (not heuristic).", valueName: "status"))
  var require: Requirement?

  @Option(help: ArgumentHelp("Exit 4 (after writing the plan) if its weighted coverage is below this fraction (0...1).", valueName: "fraction"))
  var minCoverage: Double?

  @Option(help: ArgumentHelp("Re-plan keeping as many assignments of this previous plan (ale-plan/1) as the week allows: coverage first, then fewest changes.", valueName: "plan"))
  var keep: String?

  @OptionGroup var output: OutputOptions

  /// The weakest plan status `--require` accepts.
  enum Requirement: String, ExpressibleByArgument, CaseIterable {
    case optimal, feasible

    /// Whether a plan of `status` meets the requirement.
    func isMet(by status: Plan.Status) -> Bool {
      switch self {
      case .optimal: status == .optimal
      case .feasible: status != .heuristic
      }
    }
  }

  func validate() throws {
    guard SolveOptions.timeLimitRange.contains(timeLimit) else { throw ValidationError(SolveOptions.timeLimitProblem("--time-limit")) }
    if let mipGap, !(0...1).contains(mipGap) { throw ValidationError("--mip-gap must be between 0 and 1.") }
    guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64.") }
    if let minCoverage, !(0...1).contains(minCoverage) { throw ValidationError("--min-coverage must be between 0 and 1.") }
    if keep == "-" && scenario == "-" { throw ValidationError("Only one of <scenario> and --keep can be read from standard input (-).") }
  }

  func run() throws {
    let started = ContinuousClock.now
    InterruptTrap.install()
    let log = CLILogging.logger
    let file = InputFile(path: scenario)
    let bytes = try file.bytesOrExit(limit: Scenario.maximumFileBytes)
    let loaded = try PlanInputs.scenario(bytes, from: file)
    if let problem = loaded.nothingToPlan {
      CLILogging.problem("\(file): \(problem); nothing planned, nothing written")
      throw ExitCode.dataError
    }
    // A solve can take the whole night: find out now that the plan could not be written.
    do {
      _ = try OutputFile(path: outputPath).target()
    } catch {
      CLILogging.problem("\(error.message) (checked before solving; nothing solved)")
      throw ExitCode.cannotCreate
    }

    var options = SolveOptions()
    options.method = solver
    options.timeLimit = timeLimit
    // The budget counts from process start. What follows the solve (reasons,
    // validation, writing) costs about one load on region weeks: keep three
    // loads, at least 3 % of the budget and at most half, for it. (GLPK's
    // search stops itself before the deadline: see NodeCallbackContext.)
    let budget = Duration.milliseconds(Int64(timeLimit * 1000))
    let reserve = min(budget / 2, max(budget * 0.03, (ContinuousClock.now - started) * 3))
    options.deadline = started + budget - reserve
    options.mipGap = mipGap
    options.workerWeekBound = workerWeekBound
    options.jobs = jobs
    options.logger = log
    options.shouldStop = InterruptTrap.isInterrupted
    if let keep {
      let previous = try PlanInputs.plan(keep)
      if previous.weekStart != loaded.weekStart {
        log.warning("--keep: \(keep) is for the week of \(previous.weekStart), not \(loaded.weekStart): nothing of it can be kept")
      }
      // Assignments whose worker, request or start the new week no longer has are simply not kept.
      options.keep = previous.assignments.map {
        Choice(request: $0.request, worker: $0.worker, date: $0.date, start: $0.start.minutes, pinned: false)
      }
      log.info("--keep: \(options.keep.count) previous assignments to keep where the week allows")
    }

    if let writeModel {
      // GLPK writes to a path: a private scratch file, whose bytes then go
      // through the one writer (links followed, devices as streams, modes kept).
      let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("match-cli-model-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: scratch) }
      do {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let file = scratch.appendingPathComponent("model.mps").path
        let size = try Solver(options: options).writeModel(loaded, to: file)
        try OutputFile(path: writeModel).write(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
        log.info("wrote the model to \(writeModel): \(size.columns) columns, \(size.rows) rows")
      } catch let error as OutputFile.Failure {
        CLILogging.problem(error.message)
        throw ExitCode.cannotCreate
      } catch {
        CLILogging.problem("\(writeModel): cannot write the model: \(error)")
        throw ExitCode.cannotCreate
      }
    }

    let progress = output.quiet ? nil : Progress.start(every: 5)
    let report = Solver(options: options).solve(loaded)
    progress?.stop()
    if let signal = InterruptTrap.signal {
      log.warning("interrupted by \(InterruptTrap.name(signal)): writing the best plan found so far (status \(report.plan.status.rawValue))")
    }

    let violations = PlanValidator(scenario: loaded).violations(of: report.plan)
    guard violations.isEmpty else {
      CLILogging.problem("match-cli: internal error: the plan failed validation; nothing written")
      for violation in violations { CLILogging.problem("  \(violation)") }
      throw ExitCode.internalError
    }

    let rendered: [UInt8] = format == .json ? report.plan.jsonBytes : Array(PlanListing(plan: report.plan, scenario: loaded).text.utf8)
    do {
      try OutputFile(path: outputPath).write(rendered)
    } catch {
      CLILogging.problem(error.message)
      throw ExitCode.cannotCreate
    }
    if !output.quiet {
      for line in PlanSummary(report: report).lines { CLILogging.report(line) }
    }
    try verdict(of: report.plan)
  }

  /// The exit status of a written plan: 75 if interrupted, then 4 / 3 for
  /// `--min-coverage` / `--require`, else 0 (returns).
  private func verdict(of plan: Plan) throws(ExitCode) {
    let log = CLILogging.logger
    if InterruptTrap.signal != nil { throw ExitCode.interrupted }
    if let minCoverage, plan.summary.weightedCoverage < minCoverage {
      log.error("weighted coverage \(plan.summary.weightedCoverage) is below --min-coverage \(minCoverage) (plan written)")
      throw ExitCode.lowCoverage
    }
    if let require, !require.isMet(by: plan.status) {
      log.error("plan status is \(plan.status.rawValue), --require \(require.rawValue) (plan written)")
      throw ExitCode.weakStatus
    }
  }
}

extension SolveOptions.Method: ExpressibleByArgument {}

/// Prints "still solving" on stderr every few seconds while a long solve runs.
final class Progress: @unchecked Sendable {
  private let timer: DispatchSourceTimer

  private init(timer: DispatchSourceTimer) { self.timer = timer }

  /// Starts printing after `seconds`, then every `seconds`.
  static func start(every seconds: Int) -> Progress {
    let timer = DispatchSource.makeTimerSource(queue: .global())
    let started = ContinuousClock.now
    timer.schedule(deadline: .now() + .seconds(seconds), repeating: .seconds(seconds))
    timer.setEventHandler {
      let elapsed = (ContinuousClock.now - started).components.seconds
      CLILogging.report("match-cli: solving… \(elapsed) s")
    }
    timer.resume()
    return Progress(timer: timer)
  }

  func stop() { timer.cancel() }
}
