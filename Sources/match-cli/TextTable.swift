import Matcher

/// Two-column text: a label, then its value, labels padded to one width.
///
/// The census and the metrics are read by people and grepped by scripts,
/// so each fact is one line that starts with its label.
struct TextTable {
  private(set) var rows: [(label: String, value: String)] = []

  mutating func add(_ label: String, _ value: String) { rows.append((label, value)) }

  /// The rows, one line each, values aligned two spaces after the longest label.
  var lines: [String] {
    let width = rows.map(\.label.count).max() ?? 0
    return rows.map { row in row.label + String(repeating: " ", count: width - row.label.count + 2) + row.value }
  }
}

/// Number and text formatting shared by the census and the metrics.
enum Format {
  /// `1 worker`, `2 workers`.
  static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(value) " + (value == 1 ? singular : plural ?? singular + "s")
  }

  /// A number as the plan writes it: `15`, `1.5`, `0.75`.
  static func number(_ value: Double) -> String { JSONWriter.format(value) }

  /// `value` with exactly `decimals` digits after the point (`ReportNumber.fixed`, the one rounding for display).
  static func fixed(_ value: Double, _ decimals: Int) -> String { ReportNumber.fixed(value, decimals: decimals, mark: ".") }

  /// `code 2, other 1` in the given order, skipping zeros; `none` when all are zero.
  static func breakdown(_ counts: [(String, Int)]) -> String {
    let parts = counts.filter { $0.1 > 0 }.map { "\($0.0) \($0.1)" }
    return parts.isEmpty ? "none" : parts.joined(separator: ", ")
  }
}
