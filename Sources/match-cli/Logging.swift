import ArgumentParser
import Logging

/// The `--verbose` / `--quiet` / `--log-format` options every subcommand shares.
///
/// `--verbose` sends debug logs to stderr; `--quiet` keeps stdout empty on
/// success (the exit status says it all) and logs only errors. Problems
/// that decide the exit status are printed either way. `--log-format json`
/// makes every log line on stderr one JSON object (see `JSONLogLine`).
struct OutputOptions: ParsableArguments {
  @Flag(name: .shortAndLong, help: "Log what the command does, on standard error.")
  var verbose = false

  @Flag(name: .shortAndLong, help: "Print nothing on success; problems are still reported.")
  var quiet = false

  @Option(help: ArgumentHelp("Log lines on standard error: human, or json (one object per line, for schedulers).", valueName: "format"))
  var logFormat: LogFormat = .human

  func validate() throws {
    if verbose && quiet { throw ValidationError("--verbose and --quiet cannot be used together.") }
  }

  /// The level the log handler lets through.
  var logLevel: Logger.Level { verbose ? .debug : quiet ? .error : .warning }
}

/// A command whose output flags decide the log level, read once before it runs.
protocol OutputConfigurable {
  var output: OutputOptions { get }
}

/// A minimal log handler: `match-cli: LEVEL: message key=value ...` on stderr.
///
/// Implements `log(event:)`, the entry point since swift-log 1.11. No
/// timestamps, metadata sorted by key: the same run logs the same bytes,
/// and tests can match lines.
struct ConsoleLogHandler: LogHandler {
  var logLevel: Logger.Level
  var metadata: Logger.Metadata = [:]
  let label: String
  /// Human lines, or one JSON object per line (`JSONLogLine`).
  let format: LogFormat

  init(label: String, level: Logger.Level, format: LogFormat = .human) {
    self.label = label
    self.logLevel = level
    self.format = format
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
    if format == .json {
      Console.error(JSONLogLine.line(level: event.level.rawValue, label: label, message: "\(event.message)", metadata: all))
      return
    }
    var line = "\(label): \(event.level): \(event.message)"
    for key in all.keys.sorted() {
      if let value = all[key] { line += " \(key)=\(value)" }
    }
    Console.error(line)
  }
}

/// The process's one logging bootstrap.
enum CLILogging {
  /// Installs `ConsoleLogHandler` at `level`; call once, before any `Logger` is made.
  static func bootstrap(level: Logger.Level) {
    LoggingSystem.bootstrap { label in ConsoleLogHandler(label: label, level: level) }
  }

  /// The logger of the command-line tool.
  static var logger: Logger { Logger(label: "match-cli") }
}
