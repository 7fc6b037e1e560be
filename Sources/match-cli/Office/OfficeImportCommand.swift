import ArgumentParser
import Matcher
import Office

/// `match-cli office import FILE --db FILE`: a scenario week, or the office's CSV spreadsheets.
struct OfficeImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Load an ale-scenario/1 week, or CSV files of workers, users or requests, into the register.",
    discussion: """
      A scenario (.json) brings its agencies, workers, users, requests (as \
      one-off), history, pins and each worker's worked months (as opening \
      balances). CSV files (--workers, --users, --requests; ';' or ',' \
      separated, UTF-8 with or without BOM, French column names: see \
      match-cli office template) are checked whole first: every problem is \
      listed with its file, line and column, and nothing is written if there \
      is one (exit 65).

      Examples:
        match-cli office import scenarios/small-week.json --db office.sqlite
        match-cli office import --workers prestataires.csv --users utilisateurs.csv --db office.sqlite
      """)

  @Argument(help: ArgumentHelp("A scenario file (ale-scenario/1).", valueName: "scenario"))
  var scenario: String?

  @Option(help: ArgumentHelp("A CSV file of workers (template: office template workers).", valueName: "file.csv"))
  var workers: String?

  @Option(help: ArgumentHelp("A CSV file of users (template: office template users).", valueName: "file.csv"))
  var users: String?

  @Option(help: ArgumentHelp("A CSV file of requests (template: office template requests).", valueName: "file.csv"))
  var requests: String?

  @OptionGroup var office: OfficeOptions

  func validate() throws {
    let csv = workers != nil || users != nil || requests != nil
    if scenario == nil && !csv { throw ValidationError("Give a scenario file, or --workers, --users or --requests CSV files.") }
    // One command, one transaction: a scenario and CSV files are two imports.
    if scenario != nil && csv { throw ValidationError("Import a scenario or CSV files, not both at once.") }
  }

  func run() throws {
    let database = try office.open()
    if let scenario {
      let file = InputFile(path: scenario)
      let bytes = try file.bytesOrExit(limit: Scenario.maximumFileBytes)
      let summary = try OfficeRun.perform { () throws -> ImportSummary in
        do {
          return try database.importScenario(bytes, by: office.actor)
        } catch OfficeError.invalid(let problems) {
          throw OfficeError.invalid(["\(file): the scenario is refused; nothing imported"] + problems.map { "  \(file): \($0)" })
        }
      }
      Console.out(
        "\(file): imported \(summary.agencies) agencies, \(summary.workers) workers, \(summary.users) users, "
          + "\(summary.requests) requests, \(summary.history) history pairs, \(summary.pins) pins, \(summary.openingBalances) opening balances")
    }
    var files: [(CSVImport.Kind, String)] = []
    if let workers { files.append((.workers, workers)) }
    if let users { files.append((.users, users)) }
    if let requests { files.append((.requests, requests)) }
    guard !files.isEmpty else { return }
    var inputs: [(CSVImport.Kind, String, [UInt8])] = []
    for (kind, path) in files {
      let file = InputFile(path: path)
      inputs.append((kind, file.description, try file.bytesOrExit(limit: Scenario.maximumFileBytes)))
    }
    let counts = try OfficeRun.perform { try database.importCSV(inputs.map { CSVImport.File(kind: $0.0, name: $0.1, bytes: $0.2) }, by: office.actor) }
    Console.out(counts.map { "\($0.name): imported \($0.rows) \($0.kind.rawValue)" }.joined(separator: "\n"))
  }
}
