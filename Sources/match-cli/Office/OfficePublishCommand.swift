import ArgumentParser
import Matcher
import Office

/// `match-cli office publish --week MONDAY --db FILE`: the draft becomes the week's plan.
struct OfficePublishCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publish",
    abstract: "Publish the week's draft: it becomes the week's plan, and its hours enter the ledger as planned.")

  @Option(help: ArgumentHelp("The Monday of the week (YYYY-MM-DD).", valueName: "monday"))
  var week: String

  @OptionGroup var office: OfficeOptions

  func run() throws {
    let monday = try OfficeRun.monday(week)
    let database = try office.open()
    try OfficeRun.perform { try database.publishWeek(monday: monday, by: office.actor) }
    let rows = try OfficeRun.perform { try database.ledger(monday: monday) }
    Console.out("week \(monday): published, \(rows.count) assignments, \(JSONWriter.format(rows.reduce(0) { $0 + $1.hours })) h planned in the ledger")
  }
}
