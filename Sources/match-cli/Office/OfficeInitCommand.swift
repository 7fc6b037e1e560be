import ArgumentParser
import Office

/// `match-cli office init --db FILE`: creates the register (or migrates an older one).
struct OfficeInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create the register's SQLite file (an existing one is migrated to this version's schema).")

  @Option(help: ArgumentHelp("Also register this agency (id), for offices that start from CSV files.", valueName: "id"))
  var agency: String?

  @Option(help: ArgumentHelp("The agency's name (with --agency).", valueName: "name"))
  var agencyName: String?

  @OptionGroup var office: OfficeOptions

  func run() throws {
    let database = try office.open(create: true)
    if let agency {
      try OfficeRun.perform { try database.saveAgency(AgencyRecord(id: agency, name: agencyName ?? agency), by: office.actor) }
    }
    let versions = try OfficeRun.perform { try database.appliedMigrations() }
    Console.out("\(office.db): register ready (schema \(versions.last ?? "none"), journal \(try OfficeRun.perform { try database.journalMode() }))")
  }
}
