import ArgumentParser

/// The language of the office commands' text for people: French by default, English by choice.
enum OfficeLanguage: String, ExpressibleByArgument, CaseIterable {
  case fr, en

  /// The French or English text.
  func pick(_ fr: String, _ en: String) -> String { self == .fr ? fr : en }
}

/// A table of columns for people: each column padded to its widest cell, two spaces apart.
struct ColumnTable {
  var header: [String]
  var rows: [[String]] = []

  /// The header and rows, one line each; numbers are right-aligned in columns marked in `numeric`.
  func lines(numeric: Set<Int> = []) -> [String] {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
    return all.map { row in
      row.indices.map { column in
        let pad = String(repeating: " ", count: widths[column] - row[column].count)
        return numeric.contains(column) ? pad + row[column] : row[column] + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
