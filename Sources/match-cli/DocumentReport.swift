import Matcher

/// How a refused input is reported: every problem on stderr, then a count line.
///
/// One `path: message` per line (`requests[12].windows[0].from: "25:00" is
/// not a time`), sorted by path as `ScenarioError` keeps them, so the
/// report can be diffed and grepped; the last line names the file.
enum DocumentReport {
  /// Prints `error`'s problems and `NAME: N problems, VERDICT`.
  static func refused(_ error: ScenarioError, file: InputFile, verdict: String) {
    for issue in error.issues { Console.error(issue.description) }
    Console.error("\(file): \(Format.count(error.issues.count, "problem")), \(verdict)")
  }
}
