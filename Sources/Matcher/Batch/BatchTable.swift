/// The results table of a study, as CSV (for analysis) and Markdown (for a paper).
///
/// One row per run, in run order; one `unassigned_*` column per reason code
/// (seats left empty), in funnel order. Empty cells mean "not measured"
/// (a refused scenario, or a row rebuilt from a plan whose metrics file is gone).
package enum BatchTable {
  /// The CSV header; its columns are part of the contract (docs/research.md).
  package static let columns: [String] =
    ["scenario", "options", "status", "weighted_coverage", "covered_hours", "requested_hours", "travel_eur", "continuity"]
    + UnassignedReason.allCases.map { "unassigned_\($0.rawValue)" }
    + ["components", "candidates", "seconds", "peak_rss_mib"]

  /// The cells of one row, formatted (coverage to 4 places, hours and euros to 2, seconds to 3, MiB to 1).
  static func cells(_ row: BatchRow) -> [String] {
    func fixed(_ value: Double?, _ places: Int) -> String {
      value.map { ReportNumber.fixed($0, decimals: places, mark: ".") } ?? ""
    }
    let planned = row.weightedCoverage != nil
    return [row.scenario, row.options, row.status, fixed(row.weightedCoverage, 4), fixed(row.coveredHours, 2),
      fixed(row.requestedHours, 2), fixed(row.travelEUR, 2), row.continuity.map(String.init) ?? ""]
      + UnassignedReason.allCases.map { planned ? String(row.unassignedSeats[$0] ?? 0) : "" }
      + [row.components.map(String.init) ?? "", row.candidates.map(String.init) ?? "", fixed(row.seconds, 3), fixed(row.peakRSSMiB, 1)]
  }

  /// RFC 4180 CSV with a header line, `\n` line ends (`CSVTable`: quoting,
  /// formula-like cells such as a scenario named `=x` neutralised).
  package static func csv(_ rows: [BatchRow]) throws -> String {
    let table = CSVTable(header: columns, rows: rows.sorted { $0.index < $1.index }.map(cells), newline: .lf)
    return String(decoding: try table.bytes(), as: UTF8.self)
  }

  /// A GitHub-flavoured Markdown table, numbers right-aligned, columns padded.
  package static func markdown(_ rows: [BatchRow]) -> String {
    let body = rows.sorted { $0.index < $1.index }.map(cells)
    let widths = columns.indices.map { c in ([columns[c]] + body.map { $0[c] }).map(\.count).max() ?? 3 }
    let numeric = columns.indices.map { $0 >= 3 }
    func line(_ cells: [String]) -> String {
      "| " + cells.enumerated().map { c, cell in
        let pad = String(repeating: " ", count: widths[c] - cell.count)
        return numeric[c] ? pad + cell : cell + pad
      }.joined(separator: " | ") + " |\n"
    }
    let rule = "|" + widths.indices.map { c in numeric[c] ? " " + String(repeating: "-", count: max(1, widths[c] - 1)) + ":" + " " : " " + String(repeating: "-", count: widths[c]) + " " }.joined(separator: "|") + "|\n"
    return line(columns) + rule + body.map(line).joined()
  }
}
