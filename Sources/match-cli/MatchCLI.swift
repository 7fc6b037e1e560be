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
        match-cli generate --profile city --seed 1 -o city.json
        match-cli validate scenarios/small-week.json
        match-cli check scenarios/small-week.json scenarios/small-week.plan.json

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "success"),
        (.violations, "check: the plan breaks at least one rule"),
        (.usage, "bad command-line usage"),
        (.dataError, "an input is not a valid scenario or plan"),
        (.noInput, "an input cannot be read"),
        (.internalError, "internal error (a plan failed its own validation); nothing written"),
        (.cannotCreate, "an output file cannot be created"),
      ]))
      """,
    subcommands: [PlanCommand.self, ValidateCommand.self, CheckCommand.self, GenerateCommand.self])

  /// Parses, bootstraps logging, runs; every error becomes its exit status.
  static func main() {
    do {
      var command = try parseAsRoot()
      let level = (command as? any OutputConfigurable)?.output.logLevel ?? .warning
      CLILogging.bootstrap(level: level)
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}
