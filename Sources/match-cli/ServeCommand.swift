import ArgumentParser
import Dispatch
import Foundation
import Logging
import Office
import OfficeWeb

/// `match-cli serve`: the collaborators' web app on a register.
struct ServeCommand: ParsableCommand, OutputConfigurable {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Open the office's web app (the week, the register, printing) in a browser.",
    discussion: """
      Serves the register --db at http://HOST:PORT/ (French by default, \
      English by the link at the top). With no --db, or with --demo and a \
      --db that does not exist yet, a demo register is made from the \
      bundled week (scenarios/small-week.json, the week of 2026-11-23) and \
      the app opens on that week.

      It listens on 127.0.0.1 by default: only this computer can reach it, \
      and no login is asked while the register has no account. On any other \
      address it refuses to start unless accounts exist (match-cli office \
      user add NAME --db FILE); every page then needs a login. Files it \
      creates are readable by their owner only. Ctrl-C stops it.

      Examples:
        match-cli serve                                   (demo register ./ale-demo.sqlite)
        match-cli serve --db office.sqlite
        match-cli serve --db office.sqlite --host 0.0.0.0 --port 8443

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "stopped by Ctrl-C or SIGTERM"),
        (.usage, "bad command-line usage, or a non-loopback --host without accounts"),
        (.noInput, "the register cannot be opened (missing without --demo, not a database)"),
      ]))
      """)

  @Option(help: ArgumentHelp("The register's SQLite file (default: ./ale-demo.sqlite, made from the bundled week if missing).", valueName: "file"))
  var db: String?

  @Option(help: ArgumentHelp("The address to listen on.", valueName: "host"))
  var host = "127.0.0.1"

  @Option(help: ArgumentHelp("The port to listen on (0: any free port, printed at start).", valueName: "port"))
  var port = 8080

  @Flag(help: "Make a demo register from the bundled week when --db does not exist.")
  var demo = false

  @Option(help: ArgumentHelp("Seconds the solver gets when \"plan the week\" is pressed.", valueName: "seconds"))
  var planTimeLimit: Double = 20

  @OptionGroup var output: OutputOptions

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    guard planTimeLimit > 0, planTimeLimit.isFinite else { throw ValidationError("--plan-time-limit must be a number of seconds > 0.") }
  }

  func run() throws {
    // Personal data: whatever this process creates (the demo register, SQLite's -wal and -shm) is its owner's only.
    umask(0o077)
    let path = db ?? "ale-demo.sqlite"
    let office: OfficeDatabase
    do {
      if !FileManager.default.fileExists(atPath: path) {
        guard db == nil || demo else {
          CLILogging.problem("\(path): no such register (make one with match-cli office init, or add --demo for the demo agency)")
          throw ExitCode.noInput
        }
        office = try DemoRegister.create(at: path)
        CLILogging.report("made the demo register \(path) from the bundled week (2026-11-23)")
      } else {
        office = try OfficeDatabase(path: path)
      }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      CLILogging.problem("\(path): cannot open the register: \(error)")
      throw ExitCode.noInput
    }
    let configuration = WebConfiguration(host: host, port: port, planTimeLimit: planTimeLimit)
    let failure = ServeFailure()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
      do {
        try await WebServer.run(configuration, office: office, logger: CLILogging.logger) { address in
          CLILogging.report("serving \(path) on http://\(address)/ (Ctrl-C stops)")
        }
      } catch {
        failure.set(error)
      }
      done.signal()
    }
    done.wait()
    if let error = failure.error {
      CLILogging.problem("serve: \(error)")
      throw error is WebStartError ? ExitCode.usage : ExitCode.noInput
    }
  }
}

/// The server task's error, handed back to the command's thread.
final class ServeFailure: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: (any Error)?
  var error: (any Error)? { lock.withLock { stored } }
  func set(_ error: any Error) { lock.withLock { stored = error } }
}
