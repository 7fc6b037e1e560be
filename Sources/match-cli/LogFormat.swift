import ArgumentParser
import Logging
import Matcher
import Synchronization

/// How log lines look on standard error: for people, or for a scheduler.
enum LogFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// `match-cli: warning: message key=value`, one line per event.
  case human
  /// One JSON object per line: `{"label":…,"level":…,"message":…,"metadata":{…}}`, keys sorted.
  case json
}

/// Whether `--log-format json` was chosen, set once by `CLILogging.bootstrap`.
private let jsonLines = Atomic<Bool>(false)

/// JSON log lines for schedulers (journald, a log shipper) that parse rather
/// than read: `ConsoleLogHandler` with `--log-format json`.
///
/// Keys are sorted and there is no timestamp (the collector adds one): the
/// same run logs the same bytes. Metadata values are strings.
enum JSONLogLine {
  /// `{"label":…,"level":…,"message":…,"metadata":{…}}` with sorted keys, no newline.
  static func line(level: String, label: String, message: String, metadata: Logger.Metadata) -> String {
    let fields = metadata.keys.sorted().map { key in
      "\(JSONWriter.quoted(key)):\(JSONWriter.quoted(metadata[key].map { "\($0)" } ?? ""))"
    }
    return "{\"label\":\(JSONWriter.quoted(label)),\"level\":\(JSONWriter.quoted(level)),\"message\":\(JSONWriter.quoted(message)),"
      + "\"metadata\":{\(fields.joined(separator: ","))}}"
  }
}

extension CLILogging {
  /// Whether log lines are JSON objects (`--log-format json`).
  static var isJSON: Bool { jsonLines.load(ordering: .relaxed) }

  /// Installs the handler of `format` at `level`; call once, before any `Logger` is made.
  static func bootstrap(level: Logger.Level, format: LogFormat) {
    jsonLines.store(format == .json, ordering: .relaxed)
    switch format {
    case .human: bootstrap(level: level)
    case .json: LoggingSystem.bootstrap { label in ConsoleLogHandler(label: label, level: level, format: .json) }
    }
  }

  /// A problem the exit status is about (bad input, an unwritable file, an
  /// internal error), even under `--quiet`: as it is on stderr, or as an
  /// `error` JSON object.
  static func problem(_ line: String) { report(line, level: .error) }

  /// A line the command always reports (progress, summary, why it stopped),
  /// unless `--quiet`: as it is on stderr, or as a `notice` JSON object.
  static func report(_ line: String, level: Logger.Level = .notice, metadata: Logger.Metadata = [:]) {
    if isJSON {
      Console.error(JSONLogLine.line(level: level.rawValue, label: "match-cli", message: line, metadata: metadata))
    } else {
      Console.error(line)
    }
  }
}
