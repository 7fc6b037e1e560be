import Matcher

/// How a refused input is reported: every problem on stderr, then a count line.
///
/// One `path: message` per line (`requests[12].windows[0].from: "25:00" is
/// not a time`), sorted by path as `DocumentError`s keep them, so the
/// report can be diffed and grepped; the last line names the file. With
/// `--log-format json`, each problem is an `error` object whose metadata
/// holds `file`, `path` and `kind`, and the count line an `error` object
/// too, so that a scheduler parsing stderr sees every line as JSON.
enum DocumentReport {
  /// Prints `error`'s problems and `NAME: N problems, VERDICT`.
  static func refused(_ error: some DocumentError, file: InputFile, verdict: String) {
    let summary = "\(file): \(Format.count(error.issues.count, "problem")), \(verdict)"
    guard CLILogging.isJSON else {
      for issue in error.issues { Console.error(issue.description) }
      Console.error(summary)
      return
    }
    for issue in error.issues {
      CLILogging.report(
        issue.description, level: .error,
        metadata: ["file": "\(file)", "path": "\(issue.path)", "kind": "\(issue.kind.rawValue)"])
    }
    CLILogging.report(summary, level: .error, metadata: ["file": "\(file)", "problems": "\(error.issues.count)"])
  }
}
