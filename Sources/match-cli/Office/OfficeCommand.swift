import ArgumentParser
import Foundation
import Matcher
import Office

/// `match-cli office …`: the agency's register and hours ledger (one SQLite file).
struct OfficeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "office",
    abstract: "Keep the agency's register and hours ledger (SQLite) from week to week.",
    discussion: """
      One SQLite file holds the agencies, workers, users and requests, the \
      weeks (draft → published → recorded) and the hours ledger the caps are \
      counted from. Every command is one transaction: interrupted at any \
      moment, even by SIGKILL, the file is as before the command or as after \
      it. The web app and a nightly job can use the same file at once (WAL). \
      See docs/office.md.

      A week's life:
        match-cli office init --db office.sqlite
        match-cli office import scenarios/small-week.json --db office.sqlite
        match-cli office plan --week 2026-11-23 --db office.sqlite -o plan.json
        match-cli office publish --week 2026-11-23 --db office.sqlite
        match-cli office record --week 2026-11-23 --all-done --db office.sqlite
        match-cli office hours --db office.sqlite --month 2026-11
        match-cli office statement --month 2026-11 --db office.sqlite --format json

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "done"),
        (.usage, "bad command-line usage"),
        (.dataError, "bad input (every problem on standard error) or a week in the wrong state; nothing written"),
        (.noInput, "an input file or the database cannot be read"),
        (.internalError, "internal error (a plan failed validation); nothing stored"),
        (.cannotCreate, "an output file cannot be written"),
        (.interrupted, "office plan interrupted (SIGINT, SIGTERM): the best valid plan so far was stored as the draft"),
      ]))
      """,
    subcommands: [
      OfficeInitCommand.self, OfficeImportCommand.self, OfficeTemplateCommand.self, OfficeExportCommand.self,
      OfficePlanCommand.self, OfficePublishCommand.self, OfficeRecordCommand.self, OfficeHoursCommand.self,
      OfficeStatementCommand.self, OfficeBackupCommand.self, OfficeUserCommand.self,
    ])
}

/// The options every `office` command shares: the database and who makes the change.
struct OfficeOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The register's SQLite file.", valueName: "file"))
  var db: String

  @Option(help: ArgumentHelp("Who makes the change, for the audit trail (default: $USER).", valueName: "name"))
  var by: String?

  /// The name written in the audit trail.
  var actor: String { by ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown" }

  /// Opens the register; it must exist (66 otherwise).
  func open() throws -> OfficeDatabase {
    if !FileManager.default.fileExists(atPath: db) {
      CLILogging.problem("\(db): no such register (create it with match-cli office init --db \(db))")
      throw ExitCode.noInput
    }
    do {
      return try OfficeDatabase(path: db)
    } catch {
      CLILogging.problem("\(db): cannot open the register: \(error)")
      throw ExitCode.noInput
    }
  }

  /// Creates the register whole, with `agency` in the same file (`OfficeDatabase.create`), or migrates an existing one.
  func create(agency: AgencyRecord?) throws -> OfficeDatabase {
    do {
      return try OfficeDatabase.create(path: db, agency: agency, by: actor)
    } catch let error as OfficeError {
      return try OfficeRun.perform { throw error }
    } catch {
      CLILogging.problem("\(db): cannot create or open the register: \(error)")
      throw ExitCode.noInput
    }
  }
}

/// Runs an office command body, turning register errors into exit statuses with every problem on stderr.
enum OfficeRun {
  static func perform<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as OfficeError {
      for line in error.lines { CLILogging.problem(line) }
      switch error {
      case .invalid, .fields, .wrongState: throw ExitCode.dataError
      case .planFailedValidation: throw ExitCode.internalError
      case .cannotWrite: throw ExitCode.cannotCreate
      }
    } catch let error as ExitCode {
      throw error
    } catch let error as OutputFile.Failure {
      CLILogging.problem(error.message)
      throw ExitCode.cannotCreate
    } catch {
      CLILogging.problem("match-cli office: \(error)")
      throw ExitCode.internalError
    }
  }

  /// The Monday of `--week`, or 65 naming the problem.
  static func monday(_ text: String) throws -> Day {
    guard let day = Day(iso: text) else {
      CLILogging.problem("--week \"\(text)\": not a date (YYYY-MM-DD, a Monday)")
      throw ExitCode.dataError
    }
    guard day.weekday == 1 else {
      CLILogging.problem("--week \(day): not a Monday (weeks run Monday to Sunday; the Monday before is \(day.adding(days: 1 - day.weekday)))")
      throw ExitCode.dataError
    }
    return day
  }

  /// The month of `--month`, or 65.
  static func month(_ text: String) throws -> Month {
    guard let month = Month(iso: text) else {
      CLILogging.problem("--month \"\(text)\": not a month (YYYY-MM)")
      throw ExitCode.dataError
    }
    return month
  }
}
