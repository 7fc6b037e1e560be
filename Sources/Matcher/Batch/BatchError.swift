/// A study that cannot be run: a bad manifest, option set or scenario directory.
///
/// Every problem found is listed (one line each, `PATH: message`), so a
/// manifest is fixed in one pass; the CLI exits 64 (usage) or 66 (unreadable).
package struct BatchError: Error, Sendable, CustomStringConvertible {
  package var problems: [String]
  /// Whether the study's inputs could not be read (rather than being wrong).
  package var isUnreadable: Bool

  package init(problems: [String], isUnreadable: Bool = false) {
    self.problems = problems
    self.isUnreadable = isUnreadable
  }

  package var description: String { problems.joined(separator: "\n") }
}
