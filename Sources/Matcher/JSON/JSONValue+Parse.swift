extension JSONValue {
  /// Parses a JSON document, keys in written order (duplicates kept).
  ///
  /// For programs that keep parts of a document whole, such as the office
  /// register keeping a scenario's `rules` and `policy` overrides as written.
  /// - Throws: `JSONSyntaxError` with the line and column of the first fault.
  package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    try JSONParser.parse(bytes)
  }

}
