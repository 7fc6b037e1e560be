import ArgumentParser
import Matcher

/// `match-cli check SCENARIO PLAN`: run the independent validator on a plan.
struct CheckCommand: ParsableCommand, OutputConfigurable {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check that a plan holds for its scenario.",
    discussion: """
      Loads the scenario (ale-scenario/1) and the plan (ale-plan/1) and runs \
      the independent plan validator: eligibility, authorisations, agency, \
      distance, windows, availability, gaps, every hour cap, seats, pinned \
      assignments, the unassigned and rejected sections, and every total.

      If the plan holds, prints OK and the plan's metrics on standard output \
      (status, assignments, covered and requested hours, weighted coverage, \
      travel, continuity, unassigned by reason, rejected). Otherwise prints \
      every violation on standard output, one per line, then a count line.

      A refused scenario or a plan file that is not a valid ale-plan/1 is \
      reported like `validate` does: every problem on standard error as \
      `path: message`, then a count line naming the file.

      Examples:
        match-cli check scenarios/small-week.json scenarios/small-week.plan.json
        match-cli check scenarios/small-week.json - < scenarios/small-week.plan.json

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "the plan holds; OK and its metrics are on standard output"),
        (.violations, "the plan breaks at least one rule; the violations are on standard output"),
        (.usage, "bad command-line usage"),
        (.dataError, "the scenario is refused or the plan is not a valid ale-plan/1"),
        (.noInput, "a file cannot be read (missing, a directory, no permission)"),
      ]))
      """)

  @Argument(help: ArgumentHelp("The scenario file (ale-scenario/1); - reads standard input.", valueName: "scenario"))
  var scenario: String

  @Argument(help: ArgumentHelp("The plan file (ale-plan/1); - reads standard input.", valueName: "plan"))
  var plan: String

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if scenario == "-" && plan == "-" {
      throw ValidationError("Only one of <scenario> and <plan> can be read from standard input (-).")
    }
  }

  func run() throws {
    let log = CLILogging.logger
    let (loadedPlan, loadedScenario) = try PlanInputs.load(plan: plan, scenario: scenario, sameWeek: false)

    let violations = PlanValidator(scenario: loadedScenario).violations(of: loadedPlan)
    log.debug("the validator found \(Format.count(violations.count, "violation"))")
    guard violations.isEmpty else {
      for violation in violations { Console.out(violation.description) }
      Console.out("FAILED: \(Format.count(violations.count, "violation"))")
      throw ExitCode.violations
    }
    if !output.quiet {
      Console.out("OK")
      for line in PlanMetrics(plan: loadedPlan).lines { Console.out(line) }
    }
  }
}
