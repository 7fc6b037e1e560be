import ArgumentParser
import Office

/// `match-cli office init --db FILE`: creates the register (or migrates an older one).
struct OfficeInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create the register's SQLite file (an existing one is migrated to this version's schema).",
    discussion: """
      The new register (schema and --agency) is built beside --db and linked \
      into place once complete: interrupted at any moment, even by SIGKILL, \
      there is no register or a complete one.
      """)

  @Option(help: ArgumentHelp("Also register this agency (id), for offices that start from CSV files.", valueName: "id"))
  var agency: String?

  @Option(help: ArgumentHelp("The agency's name (with --agency).", valueName: "name"))
  var agencyName: String?

  @OptionGroup var office: OfficeOptions

  func run() throws {
    // One write: killed at any moment, there is no register or a complete one with its agency.
    let database = try office.create(agency: agency.map { AgencyRecord(id: $0, name: agencyName ?? $0) })
    let versions = try OfficeRun.perform { try database.appliedMigrations() }
    Console.out("\(office.db): register ready (schema \(versions.last ?? "none"), journal \(try OfficeRun.perform { try database.journalMode() }))")
  }
}
