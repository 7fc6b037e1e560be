import ArgumentParser
import Matcher

/// `match-cli report PLAN --scenario SCENARIO --format FORMAT`: a plan made readable.
struct ReportCommand: ParsableCommand, OutputConfigurable {
  /// The views of a plan.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, html, csv, ics
  }

  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Print a plan for people: text, HTML page, CSV or iCalendar.",
    discussion: """
      Reads the plan (ale-plan/1) and the scenario it was made for \
      (ale-scenario/1) and writes one view of the week, in French (default) \
      or English. Names of activities come from the catalog; money (cheques, \
      worker pay, travel, ALE / Forem / CPAS shares) is in the text and HTML \
      views (see docs/money.md).

        text  per day, who goes where for whom, hours and travel; unassigned
              requests with reasons; rejected records; hours against caps; money
        html  one self-contained printable page (A4): week grid per worker,
              list per user, unassigned, cap gauges, totals, money
        csv   one row per assignment (--bom, --separator ';' for Belgian Excel)
        ics   iCalendar (Europe/Brussels); one file per worker with --per-worker DIR

      The output is written whole or not at all (-o FILE), or on standard \
      output. The same plan and scenario give the same bytes.

      Examples:
        match-cli report plan.json --scenario scenarios/small-week.json --format text
        match-cli report plan.json --scenario week.json --format html -o week.html
        match-cli report plan.json --scenario week.json --format csv --bom --separator ';' -o week.csv
        match-cli report plan.json --scenario week.json --format ics --per-worker calendars/
        match-cli report plan.json --scenario week.json --format text --lang en

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "the report is written"),
        (.usage, "bad command-line usage"),
        (.dataError, "the scenario is refused or the plan is not a valid ale-plan/1 for it"),
        (.noInput, "a file cannot be read (missing, a directory, no permission)"),
        (.cannotCreate, "the output cannot be written"),
      ]))
      """)

  @Argument(help: ArgumentHelp("The plan file (ale-plan/1); - reads standard input.", valueName: "plan"))
  var plan: String

  @Option(help: ArgumentHelp("The scenario the plan was made for (ale-scenario/1).", valueName: "scenario"))
  var scenario: String

  @Option(help: ArgumentHelp("text, html, csv or ics.", valueName: "format"))
  var format: Format = .text

  @OptionGroup var lang: LanguageOptions

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
  var outputPath: String = "-"

  @Flag(help: "csv: start with a UTF-8 byte order mark (for Excel).")
  var bom = false

  @Option(help: ArgumentHelp("csv: field separator, ',' or ';' (';' also gives decimal commas).", valueName: "separator"))
  var separator: String = ","

  @Option(help: ArgumentHelp("ics: write one calendar per worker, DIR/WORKER.ics, into this existing directory.", valueName: "dir"))
  var perWorker: String?

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if plan == "-" && scenario == "-" {
      throw ValidationError("Only one of <plan> and --scenario can be read from standard input (-).")
    }
    if separator != "," && separator != ";" { throw ValidationError("--separator must be ',' or ';'.") }
    if format != .csv && (bom || separator != ",") { throw ValidationError("--bom and --separator apply to --format csv only.") }
    if perWorker != nil && format != .ics { throw ValidationError("--per-worker applies to --format ics only.") }
    if perWorker != nil && outputPath != "-" { throw ValidationError("--per-worker and --output cannot be used together.") }
  }

  func run() throws {
    let log = CLILogging.logger
    let (loadedPlan, loadedScenario) = try PlanInputs.load(plan: plan, scenario: scenario)

    let report = PlanReport(plan: loadedPlan, scenario: loadedScenario, language: lang.language)
    if let perWorker {
      for worker in report.assignedWorkers {
        let path = perWorker + (perWorker.hasSuffix("/") ? "" : "/") + Self.fileName(worker.rawValue) + ".ics"
        try write(report.ics(worker: worker), to: path)
        log.info("wrote \(path)")
      }
      return
    }
    let bytes: [UInt8]
    switch format {
    case .text: bytes = Array(report.text().utf8)
    case .html: bytes = Array(report.html().utf8)
    case .ics: bytes = report.ics()
    case .csv:
      do {
        bytes = try report.csv(PlanReport.CSVOptions(separator: separator, byteOrderMark: bom))
      } catch {
        CLILogging.problem("\(error)")
        throw ExitCode.internalError
      }
    }
    try write(bytes, to: outputPath)
  }

  private func write(_ bytes: [UInt8], to path: String) throws {
    do {
      try OutputFile(path: path).write(bytes)
    } catch {
      CLILogging.problem(error.message)
      throw ExitCode.cannotCreate
    }
  }

  /// A worker id made safe as a file name: letters, digits, `-`, `_`, `.` kept, others `_`.
  static func fileName(_ id: String) -> String {
    let kept = id.unicodeScalars.map { scalar -> Character in
      let ok = (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
      return ok ? Character(scalar) : "_"
    }
    let name = String(kept)
    return name.hasPrefix(".") ? "_" + name.dropFirst() : name
  }
}
