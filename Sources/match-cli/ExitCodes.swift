import ArgumentParser

/// The exit statuses of `match-cli`, from BSD's sysexits.h where one fits.
///
/// Scripts branch on these, so they are part of the command-line contract
/// (formats.md fixes 65 for a refused scenario). Argument-parser already
/// exits with `EX_USAGE` (64) for a usage error; the others are ours.
extension ExitCode {
  /// `check` found violations: the plan does not hold for the scenario.
  static let violations = ExitCode(1)
  /// `EX_USAGE`: bad command-line usage (unknown option, missing argument, conflicting flags).
  static let usage = ExitCode(64)
  /// `EX_DATAERR`: an input was read but is not a valid document (refused scenario, malformed plan).
  static let dataError = ExitCode(65)
  /// `EX_NOINPUT`: an input cannot be read (missing file, a directory, no permission).
  static let noInput = ExitCode(66)
  /// `EX_SOFTWARE`: a bug caught in the act (a solved plan failed validation); nothing is written.
  static let internalError = ExitCode(70)
  /// `EX_CANTCREAT`: an output file cannot be created or written.
  static let cannotCreate = ExitCode(73)
}

/// The exit-code table shown in every command's `--help`.
enum ExitCodeHelp {
  /// One line per status, aligned, for a command's discussion.
  static func table(_ rows: [(ExitCode, String)]) -> String {
    rows.map { code, meaning in
      let number = String(code.rawValue)
      return "  " + number + String(repeating: " ", count: max(1, 4 - number.count)) + meaning
    }.joined(separator: "\n")
  }
}
