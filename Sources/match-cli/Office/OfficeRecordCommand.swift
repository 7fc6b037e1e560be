import ArgumentParser
import Matcher
import Office

/// `match-cli office record --week MONDAY --db FILE (--all-done | --csv FILE)`.
struct OfficeRecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "record",
    abstract: "Record what happened in a published week: the ledger then holds the hours actually worked.",
    discussion: """
      --all-done: every assignment was done as planned. --csv FILE lists the \
      exceptions, one assignment a line (';' or ','; UTF-8, BOM allowed), \
      columns demande;prestataire;etat;heures (request;worker;state;hours \
      in English): etat is fait|done, absent|no_show or annule|cancelled; \
      heures the hours actually worked when done (empty: as planned). \
      Assignments the file does not list were done as planned. An unknown \
      worker or assignment, a bad state or hours: every problem listed, \
      exit 65, nothing written.
      """)

  @Option(help: ArgumentHelp("The Monday of the week (YYYY-MM-DD).", valueName: "monday"))
  var week: String

  @Flag(help: "Every assignment was done as planned.")
  var allDone = false

  @Option(help: ArgumentHelp("The exceptions: one assignment a line (request, worker, state, hours).", valueName: "file.csv"))
  var csv: String?

  @OptionGroup var office: OfficeOptions

  func validate() throws {
    if allDone == (csv != nil) { throw ValidationError("Give exactly one of --all-done and --csv FILE.") }
  }

  func run() throws {
    let monday = try OfficeRun.monday(week)
    let database = try office.open()
    var outcomes: [AssignmentOutcome] = []
    if let csv {
      let file = InputFile(path: csv)
      let bytes = try file.bytesOrExit(limit: Scenario.maximumFileBytes)
      outcomes = try OfficeRun.perform { try OutcomeCSV.outcomes(bytes, file: file.description) }
    }
    try OfficeRun.perform { try database.recordWeek(monday: monday, outcomes: outcomes, by: office.actor) }
    let rows = try OfficeRun.perform { try database.ledger(monday: monday) }
    let done = rows.filter { $0.state == .done }
    Console.out("week \(monday): recorded, \(done.count) of \(rows.count) assignments done, \(JSONWriter.format(done.reduce(0) { $0 + $1.hours })) h in the ledger")
  }
}
