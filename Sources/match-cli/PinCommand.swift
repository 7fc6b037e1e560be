import ArgumentParser
import Matcher

/// `match-cli pin SCENARIO --request R --worker W --date D --start HH:MM`: fix an assignment.
struct PinCommand: ParsableCommand, OutputConfigurable {
  static let configuration = CommandConfiguration(
    commandName: "pin",
    abstract: "Pin an assignment in a scenario (or remove a pin with --unpin).",
    discussion: """
      Appends {request, worker, date, start} to the scenario's `pinned` list \
      (created if absent), keeping every other member as it was, and loads \
      the result like `validate` does. A pin that breaks a rule (not \
      authorised, too far, outside a window or the worker's availability, \
      over a cap, overlapping another pin, ...) is refused with the rule \
      named at `pinned[i]`: exit 65 and nothing written. The next `plan` \
      keeps every pin as it is.

      --unpin removes the pins of --request with --worker (only those on \
      --date / at --start when given); exit 65 if none matches.

      The scenario is rewritten in place, atomically (temporary file, then \
      rename), unless -o names another file (- for standard output). It is \
      re-serialized: two-space indentation, members in their order.

      Examples:
        match-cli pin week.json --request r-007 --worker w-001 --date 2026-11-24 --start 09:00
        match-cli pin week.json --request r-007 --worker w-001 --unpin
        match-cli pin week.json --request r-007 --worker w-001 --date 2026-11-24 --start 09:00 -o pinned.json

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "the scenario with the pin (or without it) is written"),
        (.usage, "bad command-line usage"),
        (.dataError, "the pin breaks a rule, no pin matches --unpin, or the scenario is refused; nothing written"),
        (.noInput, "the scenario cannot be read"),
        (.cannotCreate, "the output cannot be written"),
      ]))
      """)

  @Argument(help: ArgumentHelp("The scenario file (ale-scenario/1); - reads standard input (then -o defaults to standard output).", valueName: "scenario"))
  var scenario: String

  @Option(help: ArgumentHelp("The request to pin.", valueName: "id"))
  var request: String

  @Option(help: ArgumentHelp("The worker to pin on it.", valueName: "id"))
  var worker: String

  @Option(help: ArgumentHelp("The date, YYYY-MM-DD.", valueName: "date"))
  var date: String?

  @Option(help: ArgumentHelp("The start, HH:MM.", valueName: "time"))
  var start: String?

  @Flag(help: "Remove the matching pin(s) instead of adding one.")
  var unpin = false

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Where to write the scenario (default: the scenario file itself).", valueName: "file"))
  var outputPath: String?

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if let date, Day(iso: date) == nil { throw ValidationError("--date must be a date YYYY-MM-DD, not \"\(date)\".") }
    if let start, TimeOfDay(start, allowEndOfDay: false) == nil { throw ValidationError("--start must be a time HH:MM, not \"\(start)\".") }
    if !unpin && (date == nil || start == nil) { throw ValidationError("Pinning needs --date and --start.") }
  }

  func run() throws {
    let file = InputFile(path: scenario)
    let bytes = try file.bytesOrExit(limit: Scenario.maximumFileBytes)
    _ = try PlanInputs.scenario(bytes, from: file)
    let day = date.flatMap { Day(iso: $0) }
    let time = start.flatMap { TimeOfDay($0, allowEndOfDay: false) }
    let edited: [UInt8]
    let summary: String
    do {
      if unpin {
        let result = try ScenarioPinEdit.removing(request: Request.ID(request), worker: Worker.ID(worker), date: day, start: time, from: bytes)
        edited = result.bytes
        summary = "match-cli: removed \(result.removed) pin\(result.removed == 1 ? "" : "s") of \(request) with \(worker); \(result.scenario.pinned.count) left"
      } else if let day, let time {
        let result = try ScenarioPinEdit.adding(request: Request.ID(request), worker: Worker.ID(worker), date: day, start: time, to: bytes)
        edited = result.bytes
        summary = "match-cli: pinned \(request) to \(worker) on \(day) at \(time); \(result.scenario.pinned.count) pin\(result.scenario.pinned.count == 1 ? "" : "s")"
      } else {
        throw ExitCode.usage
      }
    } catch let error as ScenarioError {
      DocumentReport.refused(error, file: file, verdict: unpin ? "nothing to unpin, nothing written" : "the pin is refused, nothing written")
      throw ExitCode.dataError
    }
    do {
      try OutputFile(path: outputPath ?? scenario).write(edited)
    } catch {
      CLILogging.problem(error.message)
      throw ExitCode.cannotCreate
    }
    if !output.quiet { CLILogging.report(summary) }
  }
}
