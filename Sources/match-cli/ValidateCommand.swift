import ArgumentParser
import Matcher

/// `match-cli validate SCENARIO`: load a scenario strictly and print its census.
struct ValidateCommand: ParsableCommand, OutputConfigurable {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a scenario file and print its census.",
    discussion: """
      Reads an ale-scenario/1 week strictly (unknown keys, wrong types, \
      duplicate ids, dangling references, a weekStart that is not a Monday, \
      bad dates and times, pinned assignments that break a rule). When the \
      scenario is valid, prints a short census on standard output: agencies, \
      workers and how many are eligible, users, requests and how many are \
      plannable, rejected records by reason code, seats, requested hours, \
      and the week with the months it touches. Rejected records (an \
      ineligible worker, an activity the user may not ask for, ...) do not \
      make a scenario invalid: they are left out of the planning.

      When the scenario is refused, every problem is printed on standard \
      error, one per line as `path: message`, then a count line; standard \
      output stays empty.

      Examples:
        match-cli validate scenarios/small-week.json
        match-cli validate - < scenarios/straddle-week.json

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "the scenario is valid; the census is on standard output"),
        (.usage, "bad command-line usage"),
        (.dataError, "the scenario is refused; every problem is on standard error"),
        (.noInput, "the file cannot be read (missing, a directory, no permission)"),
      ]))
      """)

  @Argument(help: ArgumentHelp("The scenario file (ale-scenario/1); - reads standard input.", valueName: "scenario"))
  var scenario: String

  @OptionGroup var output: OutputOptions

  func run() throws {
    let log = CLILogging.logger
    let file = InputFile(path: scenario)
    let bytes = try file.bytesOrExit(limit: Scenario.maximumFileBytes)
    log.debug("read \(bytes.count) bytes from \(file)")

    let loaded = try PlanInputs.scenario(bytes, from: file)
    for rejection in loaded.rejected {
      log.info("rejected \(rejection.kind.rawValue) \(rejection.id): \(rejection.reason.rawValue): \(rejection.message)")
    }
    if !output.quiet {
      for line in ScenarioCensus(scenario: loaded).lines { Console.out(line) }
    }
  }
}
