import ArgumentParser
import Dispatch
import Matcher
import Office

/// `match-cli office plan --week MONDAY --db FILE`: export, plan, validate, store as the week's draft.
struct OfficePlanCommand: ParsableCommand, OutputConfigurable {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Plan a week of the register and store the plan as its draft.",
    discussion: """
      Exports the week (as office export), plans it with the same solver and \
      validator as match-cli plan, and stores the plan with the scenario it \
      was planned on as the week's draft (publish makes it the week's plan). \
      --keep re-plans against the current draft (or published plan), keeping \
      as many of its assignments as the week allows. A week with no request, \
      or whose requests all fall outside it or are rejected, is refused (65).

      As for match-cli plan, SIGINT or SIGTERM stops the solve: the best \
      plan found so far (status and timeLimitHit truthful) is validated and \
      stored as the draft in one transaction, --output is written \
      atomically, and the exit status is 75. A second signal ends the \
      process at once: the register then holds the old draft or the new one.
      """)

  @Option(help: ArgumentHelp("The Monday of the week (YYYY-MM-DD).", valueName: "monday"))
  var week: String

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Also write the plan (ale-plan/1) here.", valueName: "plan"))
  var outputPath: String?

  @Option(help: ArgumentHelp("Seconds for the whole solve.", valueName: "seconds"))
  var timeLimit: Double = 60

  @Option(help: ArgumentHelp("Stop a component at this relative gap (e.g. 0.005); default: prove optimality.", valueName: "gap"))
  var mipGap: Double?

  @Option(help: "mip (GLPK with greedy fallback) or greedy.")
  var solver: SolveOptions.Method = .mip

  @Option(help: ArgumentHelp("Components solved at the same time.", valueName: "n"))
  var jobs: Int = 2

  @Flag(help: "Keep as much of the current draft (or published plan) as the week allows.")
  var keep = false

  @OptionGroup var office: OfficeOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    guard timeLimit >= 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be a number of seconds ≥ 0.") }
    if let mipGap, !(0...1).contains(mipGap) { throw ValidationError("--mip-gap must be between 0 and 1.") }
    guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64.") }
  }

  func run() throws {
    let started = ContinuousClock.now
    InterruptTrap.install()
    let monday = try OfficeRun.monday(week)
    let database = try office.open()
    // A solve can take the whole night: find out now that the plan could not be written.
    if let outputPath { _ = try OfficeRun.perform { try OutputFile(path: outputPath).target() } }
    var options = SolveOptions()
    options.method = solver
    options.timeLimit = timeLimit
    options.deadline = started + .milliseconds(Int64(timeLimit * 1000 * 0.9))
    options.mipGap = mipGap
    options.jobs = jobs
    options.logger = CLILogging.logger
    options.shouldStop = InterruptTrap.isInterrupted
    let planned = try OfficeRun.perform { try database.planWeek(monday: monday, options: options, keep: keep, by: office.actor) }
    if let signal = InterruptTrap.signal {
      CLILogging.logger.warning("interrupted by \(InterruptTrap.name(signal)): the best plan found so far is stored as the draft (status \(planned.week.plan.status.rawValue))")
    }
    if let outputPath {
      try OfficeRun.perform { try OutputFile(path: outputPath).write(planned.week.planBytes) }
    }
    OfficeNotes.approximate(planned.approximate)
    if !output.quiet {
      for line in PlanSummary(report: planned.report).lines { CLILogging.report(line) }
      Console.out("week \(monday): draft stored (\(planned.week.plan.status.rawValue), \(planned.week.plan.assignments.count) assignments); publish it with match-cli office publish --week \(monday) --db \(office.db)")
    }
    if InterruptTrap.signal != nil { throw ExitCode.interrupted }
  }
}
