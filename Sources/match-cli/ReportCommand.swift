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

      The plan is checked first by the independent validator (as `check` \
      does): when the scenario changed since the plan was made and the plan \
      no longer holds, what no longer holds is printed on standard error and \
      nothing is written (exit 1). With --allow-stale the report is written \
      anyway, the text and HTML views opening with a warning.

      Examples:
        match-cli report plan.json --scenario scenarios/small-week.json --format text
        match-cli report plan.json --scenario week.json --format html -o week.html
        match-cli report plan.json --scenario week.json --format csv --bom --separator ';' -o week.csv
        match-cli report plan.json --scenario week.json --format ics --per-worker calendars/
        match-cli report plan.json --scenario week.json --format text --lang en

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "the report is written"),
        (.violations, "the plan no longer holds for the scenario (changed since); the violations are on standard error"),
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

  @Flag(help: "Write the report even when the plan no longer holds for the scenario, with a warning at its top.")
  var allowStale = false

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

    var report = PlanReport(plan: loadedPlan, scenario: loadedScenario, language: lang.language)
    let violations = PlanValidator(scenario: loadedScenario).violations(of: loadedPlan)
    if !violations.isEmpty {
      for violation in violations { Console.error(violation.description) }
      let verdict = "\(plan): the plan no longer holds for \(scenario) (\(violations.count) violation\(violations.count == 1 ? "" : "s")): the scenario changed since the plan"
      guard allowStale else {
        CLILogging.problem(verdict + "; plan again, or use --allow-stale to print it with a warning")
        throw ExitCode.violations
      }
      log.warning("\(verdict); printed with a warning (--allow-stale)")
      report.staleViolations = violations.count
    }
    if let perWorker {
      let directory = perWorker + (perWorker.hasSuffix("/") ? "" : "/")
      let names = Self.fileNames(report.assignedWorkers.map(\.rawValue))
      for (worker, name) in zip(report.assignedWorkers, names) where name.note != nil {
        log.warning("worker \(worker): calendar \(directory)\(name.file) (\(name.note ?? ""))")
      }
      let files = zip(report.assignedWorkers, names).map { worker, name in
        (path: directory + name.file, bytes: report.ics(worker: worker))
      }
      do {
        try OutputFiles.write(files)
      } catch {
        CLILogging.problem("\(error.message) (no calendar written)")
        throw ExitCode.cannotCreate
      }
      log.info("wrote \(files.count) calendar\(files.count == 1 ? "" : "s") in \(perWorker)")
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

  /// One calendar file name per worker id (in the order given), unique even
  /// on a case-insensitive file system: `ID.ics` when the id is already a
  /// safe name, else the safe name; a name taken (`w/x` and `w_x` both give
  /// `w_x`, `W_X` and `w_x` clash without case) gets `-2`, `-3`, … and a
  /// note saying whose name it would have been. Ids kept as they are choose
  /// first (in id order), so a worker called `w_x` gets `w_x.ics`
  /// before `w/x` is given `w_x-2.ics`.
  static func fileNames(_ ids: [String]) -> [(file: String, note: String?)] {
    var taken: [String: String] = [:]  // lowercased file name → worker id
    var result = [(file: String, note: String?)](repeating: ("", nil), count: ids.count)
    let order = ids.indices.sorted { a, b in
      let (keptA, keptB) = (fileName(ids[a]) == ids[a], fileName(ids[b]) == ids[b])
      return keptA != keptB ? keptA : ids[a] < ids[b]
    }
    for index in order {
      let base = fileName(ids[index])
      var name = base
      var suffix = 1
      while taken[(name + ".ics").lowercased()] != nil {
        suffix += 1
        name = base + "-\(suffix)"
      }
      taken[(name + ".ics").lowercased()] = ids[index]
      let clash = suffix > 1 ? taken[(base + ".ics").lowercased()].map { "\(base).ics is \($0)'s" } : nil
      let changed = base != ids[index] ? "the id is not a safe file name" : nil
      result[index] = (name + ".ics", [changed, clash].compactMap { $0 }.joined(separator: "; ").nilIfEmpty)
    }
    return result
  }
}

extension String {
  /// nil for the empty string.
  fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
