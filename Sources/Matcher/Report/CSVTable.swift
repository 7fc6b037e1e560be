import CSV
import Foundation

/// The one CSV writer of the project (reports and study tables): RFC 4180
/// quoting by CSV.swift (a cell holding the separator, a quote, CR or LF is
/// quoted, quotes doubled) and cells neutralised against formula injection.
///
/// A spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, a tab or
/// a carriage return as a formula (`=cmd|' /C calc'!A0`). As OWASP advises
/// ("CSV Injection"), such a cell gets a leading `'`, which the
/// spreadsheet shows as text; a plain number (`-3.5`, `-3,5`) is left as it
/// is, since it cannot be a formula.
struct CSVTable {
  var header: [String]
  var rows: [[String]]
  /// `,` or `;`.
  var separator: UnicodeScalar = ","
  /// CRLF (RFC 4180) or LF.
  var newline: CSVWriter.Newline = .crlf
  /// A UTF-8 byte order mark first (Excel).
  var byteOrderMark = false

  /// Why the CSV could not be produced.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The table's bytes: BOM if asked, header, rows, each line ended by the newline.
  func bytes() throws(Failure) -> [UInt8] {
    let stream = OutputStream(toMemory: ())
    stream.open()
    defer { stream.close() }
    do {
      let writer = try CSVWriter(stream: stream, delimiter: String(separator), newline: newline)
      for row in [header] + rows { try writer.write(row: row.map(Self.neutralized)) }
    } catch {
      throw Failure(description: "cannot write CSV: \(error)")
    }
    guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
      throw Failure(description: "cannot write CSV: no data in the memory stream")
    }
    var bytes: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    bytes += Array(data)
    // CSVWriter separates rows; the last one gets its line end here.
    bytes += newline == .crlf ? [13, 10] : [10]
    return bytes
  }

  /// `cell`, with a `'` before it when a spreadsheet would read it as a formula.
  static func neutralized(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(cell) else { return cell }
    return "'" + cell
  }

  /// `-12`, `-3.5`, `-3,5`: an optional minus, digits, at most one decimal mark.
  static func isPlainNumber(_ cell: String) -> Bool {
    var body = Substring(cell)
    if body.first == "-" { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false).flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
    return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
  }
}
