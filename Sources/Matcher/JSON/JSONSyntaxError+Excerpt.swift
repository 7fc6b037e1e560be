extension JSONSyntaxError {
  /// Widest part of a line shown around the column (minified JSON is one long line).
  static let excerptWidth = 72

  /// The offending line of `bytes` (at most `excerptWidth` characters around
  /// the column, `…` where cut) and a caret under the column, for a person.
  package func excerpt(of bytes: [UInt8]) -> [String] {
    var lineStart = bytes.startIndex
    var current = 1
    var position = bytes.startIndex
    while position < bytes.endIndex, current < line {
      if bytes[position] == UInt8(ascii: "\n") {
        current += 1
        lineStart = position + 1
      }
      position += 1
    }
    guard current == line else { return [] }
    let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
    var characters = Array(String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self))
    if characters.last == "\r" { characters.removeLast() }
    // Tabs would move the caret: shown as one space each.
    characters = characters.map { $0 == "\t" ? " " : $0 }
    let caret = max(0, column - 1)
    let from = max(0, min(caret - Self.excerptWidth / 2, characters.count - Self.excerptWidth))
    let to = min(characters.count, from + Self.excerptWidth)
    let head = from > 0 ? "…" : ""
    let tail = to < characters.count ? "…" : ""
    let shown = head + String(characters[from..<max(from, to)]) + tail
    return ["  " + shown, "  " + String(repeating: " ", count: head.count + caret - from) + "^"]
  }
}
