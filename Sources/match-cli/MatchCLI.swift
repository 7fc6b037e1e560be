import ArgumentParser

@main
struct MatchCLI: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "match-cli",
    abstract: "Plan the week of a Local Employment Agency (ALE).",
    subcommands: [])
}
