import Matcher
import Logging

/// How a refused input is reported: every problem on stderr, then a count line.
///
/// One `path: message` per line (`requests[12] (r-012).windows[0].from:
/// "25:00" is not a time`, the record's id after its index), sorted by path
/// as `DocumentError`s keep them, so the report can be diffed and grepped;
/// the last line names the file. A file that is not JSON is named on its
/// line, followed by the offending line and a caret under the column. With
/// `--log-format json`, each problem is an `error` object whose metadata
/// holds `file`, `path` and `kind`, and the count line an `error` object
/// too, so that a scheduler parsing stderr sees every line as JSON.
enum DocumentReport {
  /// Prints `error`'s problems and `NAME: N problems, VERDICT`.
  static func refused(_ error: some DocumentError, file: InputFile, verdict: String) {
    let summary = "\(file): \(Format.count(error.issues.count, "problem")), \(verdict)"
    guard CLILogging.isJSON else {
      for issue in error.issues {
        Console.error(line(issue, file: file))
        for excerpt in issue.excerpt { Console.error(excerpt) }
      }
      Console.error(summary)
      return
    }
    for issue in error.issues {
      var metadata: Logger.Metadata = ["file": "\(file)", "path": "\(issue.path)", "kind": "\(issue.kind.rawValue)"]
      if !issue.excerpt.isEmpty { metadata["excerpt"] = "\(issue.excerpt.joined(separator: "\n"))" }
      CLILogging.report(line(issue, file: file), level: .error, metadata: metadata)
    }
    CLILogging.report(summary, level: .error, metadata: ["file": "\(file)", "problems": "\(error.issues.count)"])
  }

  /// The line of one problem: the file instead of `$` when the whole file is not JSON.
  private static func line(_ issue: ScenarioIssue, file: InputFile) -> String {
    issue.kind == .notJSON ? "\(file): \(issue.message)" : issue.located
  }
}
