import ArgumentParser
import Office

/// `match-cli office backup --db FILE -o COPY`: SQLite's online backup.
struct OfficeBackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Copy the register with SQLite's online backup (safe while it is in use).",
    discussion: "The copy is one consistent state of the register, written beside COPY and renamed over it.")

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The copy's path.", valueName: "copy"))
  var outputPath: String

  @OptionGroup var office: OfficeOptions

  func run() throws {
    let database = try office.open()
    try OfficeRun.perform { try database.backup(to: outputPath) }
    Console.out("\(office.db): backed up to \(outputPath)")
  }
}
