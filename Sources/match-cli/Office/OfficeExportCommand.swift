import ArgumentParser
import Office

/// `match-cli office export --week MONDAY --db FILE -o SCENARIO`.
struct OfficeExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a week of the register as an ale-scenario/1 file.",
    discussion: """
      Requests whose windows fall in the week (a one-off request with all its \
      windows: one outside the week makes plan reject it as \
      window_outside_week, reported; each occurrence of a recurring request \
      as ID@DATE), workers' availability \
      from their weekly pattern minus absences plus extras, their worked \
      hours for every month of the year so far from the ledger (done hours \
      of recorded weeks, planned hours of published ones, opening balances), \
      history, the week's pins, names and addresses. match-cli validate \
      accepts the file. People placed at their commune's centre are listed \
      on standard error: their distances are approximate.
      """)

  @Option(help: ArgumentHelp("The Monday of the week (YYYY-MM-DD).", valueName: "monday"))
  var week: String

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Where to write the scenario (default: standard output).", valueName: "scenario"))
  var outputPath: String = "-"

  @OptionGroup var office: OfficeOptions

  func run() throws {
    let monday = try OfficeRun.monday(week)
    let database = try office.open()
    let exported = try OfficeRun.perform { try database.exportWeek(monday: monday) }
    try OfficeRun.perform { try OutputFile(path: outputPath).write(exported.bytes) }
    OfficeNotes.approximate(exported.approximate)
    CLILogging.report("week \(monday): \(exported.scenario.workers.count) workers, \(exported.scenario.users.count) users, \(exported.scenario.requests.count) requests")
  }
}

/// Notes shared by the office commands.
enum OfficeNotes {
  /// Says which people sit at their commune's centre: their distances are approximate.
  static func approximate(_ ids: [String]) {
    guard !ids.isEmpty else { return }
    let shown = ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", … (\(ids.count) in all)" : "")
    CLILogging.report("approximate: \(shown) placed at their commune's centre (no coordinates): their distances are approximate")
  }
}
