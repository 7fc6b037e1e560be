import ArgumentParser
import Dispatch
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

      Examples:
        match-cli plan scenarios/small-week.json
        match-cli plan scenarios/straddle-week.json -o plan.json --time-limit 10
        match-cli plan week.json --solver greedy --format text

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "a valid plan was written (any status: optimal, feasible, heuristic)"),
        (.usage, "bad command-line usage"),
        (.dataError, "the scenario is refused; every problem is on standard error"),
        (.noInput, "the scenario cannot be read"),
        (.internalError, "internal error (the plan failed validation); nothing written"),
        (.cannotCreate, "the output (or --write-model file) cannot be created"),
      ]))
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

  @Option(help: "mip (GLPK with greedy fallback) or greedy.")
  var solver: SolveOptions.Method = .mip

  @Option(help: "json (ale-plan/1) or text (a listing for people).")
  var format: Format = .json

  @Option(help: ArgumentHelp("Components solved at the same time.", valueName: "n"))
  var jobs: Int = 2

  @Option(help: ArgumentHelp("Also write the integer program as free MPS (GLPK's writer), for peer solvers.", valueName: "file.mps"))
  var writeModel: String?

  @OptionGroup var output: OutputOptions

  func validate() throws {
    guard timeLimit >= 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be a number of seconds ≥ 0.") }
    if let mipGap, !(0...1).contains(mipGap) { throw ValidationError("--mip-gap must be between 0 and 1.") }
    guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64.") }
  }

  func run() throws {
    let started = ContinuousClock.now
    let log = CLILogging.logger
    let file = InputFile(path: scenario)
    let bytes = try file.bytesOrExit(limit: Scenario.maximumFileBytes)
    let loaded: Scenario
    do {
      loaded = try Scenario.load(bytes)
    } catch {
      DocumentReport.refused(error, file: file, verdict: "the scenario is refused")
      throw ExitCode.dataError
    }

    var options = SolveOptions()
    options.method = solver
    options.timeLimit = timeLimit
    // The budget counts from process start; keep a little for validation and writing.
    options.deadline = started + .milliseconds(Int64(timeLimit * 1000 * 0.97))
    options.mipGap = mipGap
    options.jobs = jobs
    options.logger = log

    if let writeModel {
      do {
        let size = try Solver(options: options).writeModel(loaded, to: writeModel)
        log.info("wrote the model to \(writeModel): \(size.columns) columns, \(size.rows) rows")
      } catch {
        Console.error("\(writeModel): cannot write the model: \(error)")
        throw ExitCode.cannotCreate
      }
    }

    let progress = output.quiet ? nil : Progress.start(every: 5)
    let report = Solver(options: options).solve(loaded)
    progress?.stop()

    let violations = PlanValidator(scenario: loaded).violations(of: report.plan)
    guard violations.isEmpty else {
      Console.error("match-cli: internal error: the plan failed validation; nothing written")
      for violation in violations { Console.error("  \(violation)") }
      throw ExitCode.internalError
    }

    let rendered: [UInt8] = format == .json ? report.plan.jsonBytes : Array(PlanListing(plan: report.plan, scenario: loaded).text.utf8)
    do {
      try OutputFile(path: outputPath).write(rendered)
    } catch {
      Console.error(error.message)
      throw ExitCode.cannotCreate
    }
    if !output.quiet {
      for line in PlanSummary(report: report).lines { Console.error(line) }
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
      Console.error("match-cli: solving… \(elapsed) s")
    }
    timer.resume()
    return Progress(timer: timer)
  }

  func stop() { timer.cancel() }
}
