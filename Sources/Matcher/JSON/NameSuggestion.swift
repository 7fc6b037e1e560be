/// The known name nearest to a mistyped one, for "did you mean" hints in
/// the library's errors and the command line's (a subcommand, a key).
package enum NameSuggestion {
  /// The name of `known` nearest to `name` (edit distance at most 2, ties by name), if any.
  package static func closest(to name: String, in known: [String]) -> String? {
    ObjectReader.closest(to: name, in: known)
  }
}
