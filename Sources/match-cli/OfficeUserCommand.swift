import ArgumentParser
import Foundation
import Office
import OfficeWeb

/// `match-cli office user …`: the accounts of the web app.
struct OfficeUserCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "user", abstract: "Manage the accounts that log in to the web app (match-cli serve).",
    subcommands: [OfficeUserAddCommand.self])
}

/// `match-cli office user add NAME --db FILE`: adds an account.
struct OfficeUserAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a web app account.",
    discussion: """
      Reads the password from standard input (first line; at least 10 \
      characters) and stores only its bcrypt hash (cost 12). Once an \
      account exists, every page of match-cli serve needs a login, and the \
      app may listen on an address other than 127.0.0.1.

      Example:
        printf '%s\\n' 'a long passphrase' | match-cli office user add marie --db office.sqlite
      """)

  @Argument(help: "The account's name (letters, digits, no spaces).")
  var name: String

  @Option(help: ArgumentHelp("The register's SQLite file.", valueName: "file"))
  var db: String

  @Option(help: ArgumentHelp("Who makes the change, for the audit trail (default: $USER).", valueName: "name"))
  var by: String?

  func run() throws {
    guard FileManager.default.fileExists(atPath: db) else {
      CLILogging.problem("\(db): no such register")
      throw ExitCode.noInput
    }
    guard let line = readLine(strippingNewline: true) else {
      CLILogging.problem("password: none on standard input")
      throw ExitCode.dataError
    }
    do {
      let office = try OfficeDatabase(path: db)
      try Accounts.add(name: name, password: line, to: office, by: by ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown")
    } catch let error as OfficeError {
      for problem in error.lines { CLILogging.problem(problem) }
      throw ExitCode.dataError
    }
    CLILogging.report("account \(name) saved (bcrypt hash only)")
  }
}
