import Foundation

/// A CSV file as the offices keep them: `;` or `,` separated, UTF-8 with or without BOM, a header line.
///
/// RFC 4180 quoting (`"a;b"`, `""` for a quote, line breaks inside quotes).
/// The separator is the one the header line uses most. Each row keeps the
/// line it starts on, so problems name the file, line and column.
public struct CSVTable: Sendable {
  /// One data row: its line in the file (1-based) and its cells.
  public struct Row: Sendable {
    public var line: Int
    public var cells: [String]
  }

  public var name: String
  public var header: [String]
  public var rows: [Row]
  public var separator: Character

  /// Parses `bytes`.
  /// - Throws: `OfficeError.invalid` for bytes that are not UTF-8, an unclosed quote or an empty file.
  public init(name: String, bytes: [UInt8]) throws(OfficeError) {
    self.name = name
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else {
      let offset = Self.firstInvalidUTF8(body)
      throw OfficeError.invalid(["\(name): not UTF-8 (byte \(offset + 1) of the file); save it as \"CSV UTF-8\""])
    }
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
    separator = firstLine.filter { $0 == ";" }.count >= firstLine.filter { $0 == "," }.count ? ";" : ","
    var records: [Row] = []
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var line = 1
    var recordLine = 1
    var atCellStart = true
    var iterator = Array(text.unicodeScalars.map(Character.init))[...]
    while let character = iterator.popFirst() {
      if quoted {
        if character == "\"" {
          if iterator.first == "\"" {
            cell.append("\"")
            iterator.removeFirst()
          } else {
            quoted = false
          }
        } else {
          if character == "\n" { line += 1 }
          cell.append(character)
        }
        continue
      }
      switch character {
      case "\"" where atCellStart:
        quoted = true
        atCellStart = false
      case separator:
        cells.append(cell)
        cell = ""
        atCellStart = true
      case "\r":
        continue
      case "\n":
        cells.append(cell)
        records.append(Row(line: recordLine, cells: cells))
        cells = []
        cell = ""
        line += 1
        recordLine = line
        atCellStart = true
      default:
        cell.append(character)
        atCellStart = false
      }
    }
    if quoted { throw OfficeError.invalid(["\(name):\(recordLine): a quote (\") is never closed"]) }
    if !cell.isEmpty || !cells.isEmpty {
      cells.append(cell)
      records.append(Row(line: recordLine, cells: cells))
    }
    records.removeAll { $0.cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    guard let first = records.first else { throw OfficeError.invalid(["\(name): empty file (a header line is expected)"]) }
    header = first.cells.map { Self.columnKey($0) }
    rows = Array(records.dropFirst())
  }

  /// A header cell as a key: trimmed, lower case, accents off, spaces as `_` (`Code postal` → `code_postal`).
  static func columnKey(_ text: String) -> String {
    let folded = text.trimmingCharacters(in: .whitespaces).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    return folded.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
  }

  /// Offset of the first byte that does not start a well-formed UTF-8 sequence (for the message only).
  private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
    let all = Array(bytes)
    var index = 0
    while index < all.count {
      let lead = all[index]
      let length = lead < 0x80 ? 1 : (0xC2..<0xE0).contains(lead) ? 2 : (0xE0..<0xF0).contains(lead) ? 3 : (0xF0..<0xF5).contains(lead) ? 4 : 0
      guard length > 0, index + length <= all.count, all[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return index }
      index += length
    }
    return index
  }

  /// The 1-based column of `key` in the header, nil if absent.
  public func column(_ key: String) -> Int? { header.firstIndex(of: key).map { $0 + 1 } }
}
