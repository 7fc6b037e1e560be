import ArgumentParser
import Matcher

/// A mistyped subcommand (`match-cli pln week.json`) is answered with the
/// nearest one, instead of argument-parser's "2 unexpected arguments".
enum SubcommandSuggestion {
  /// The error for `arguments` (argv, program first) when its first word is
  /// meant as a subcommand but is none; nil when parsing can go on.
  static func error(for arguments: [String], root: any ParsableCommand.Type) -> String? {
    guard let word = arguments.dropFirst().first, !word.hasPrefix("-") else { return nil }
    let names = root.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    guard !names.contains(word) else { return nil }
    // Every name within reach; those that hold the typed letters in order first (`pln`: plan, then pin).
    let near = names.filter { NameSuggestion.closest(to: word, in: [$0]) != nil }
    let ordered = near.filter { isSubsequence(word, of: $0) } + near.filter { !isSubsequence(word, of: $0) }
    if let first = ordered.first {
      let choices = ordered.map { "'\($0)'" }.joined(separator: " or ")
      return "unknown subcommand '\(word)': did you mean \(choices)? (match-cli \(first) --help)"
    }
    return "unknown subcommand '\(word)': the subcommands are \(names.dropLast().joined(separator: ", ")) (match-cli --help)"
  }

  /// Whether the characters of `short` appear in `long`, in order.
  static func isSubsequence(_ short: String, of long: String) -> Bool {
    var rest = Substring(long.lowercased())
    for character in short.lowercased() {
      guard let found = rest.firstIndex(of: character) else { return false }
      rest = rest[rest.index(after: found)...]
    }
    return true
  }
}
