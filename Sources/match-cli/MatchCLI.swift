import ArgumentParser

/// The `match-cli` root command: plans and checks the week of an ALE.
///
/// Subcommands do the work; the root only parses, bootstraps logging once
/// from the chosen subcommand's `--verbose` / `--quiet`, and runs it.
@main
struct MatchCLI: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "match-cli",
    abstract: "Plan the week of a Local Employment Agency (ALE).",
    discussion: """
      Reads ale-scenario/1 weeks (workers, users, requests) and ale-plan/1 \
      plans, the JSON formats of the project's formats.md.

      Examples:
        match-cli plan scenarios/small-week.json -o plan.json
        match-cli report plan.json --scenario scenarios/small-week.json --format html -o week.html
        match-cli explain plan.json --scenario scenarios/small-week.json --request r-01
        match-cli plan scenarios/small-week.json --keep plan.json -o replan.json
        match-cli changes plan.json replan.json --scenario scenarios/small-week.json
        match-cli generate --profile city --seed 1 -o city.json
        match-cli validate scenarios/small-week.json
        match-cli check scenarios/small-week.json scenarios/small-week.plan.json
        match-cli serve --db office.sqlite

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "success"),
        (.violations, "check: the plan breaks at least one rule"),
        (.weakStatus, "plan --require: the plan was written, its status is weaker than required"),
        (.lowCoverage, "plan --min-coverage: the plan was written, its weighted coverage is below the minimum"),
        (.usage, "bad command-line usage"),
        (.dataError, "an input is not a valid scenario or plan"),
        (.noInput, "an input cannot be read"),
        (.internalError, "internal error (a plan failed its own validation); nothing written"),
        (.cannotCreate, "an output file cannot be created"),
        (.interrupted, "plan: interrupted by SIGINT/SIGTERM; the best plan so far was written if one was ready"),
      ]))
      """,
    version: MatchCLI.version,
    subcommands: [
      PlanCommand.self, ReportCommand.self, ExplainCommand.self, ChangesCommand.self, PinCommand.self,
      ValidateCommand.self, CheckCommand.self, GenerateCommand.self, BatchCommand.self, OfficeCommand.self, ServeCommand.self,
    ])

  /// What `match-cli --version` prints: the program's version and the
  /// formats it reads and writes (raise it with every release).
  static let version = "match-cli 0.12.0 (ale-scenario/1, ale-plan/1, ale-batch/1)"

  /// Parses, bootstraps logging, runs; every error becomes its exit status.
  static func main() {
    if let mistyped = SubcommandSuggestion.error(for: CommandLine.arguments, root: Self.self) {
      Console.error("Error: " + mistyped)
      Console.error("Usage: match-cli <subcommand>")
      exit(withError: ExitCode.validationFailure)
    }
    do {
      var command = try parseAsRoot()
      let output = (command as? any OutputConfigurable)?.output
      CLILogging.bootstrap(level: output?.logLevel ?? .warning, format: output?.logFormat ?? .human)
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}
