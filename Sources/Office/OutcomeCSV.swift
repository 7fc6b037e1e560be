import Foundation

/// The record file of `office record --csv`: one assignment a line, what happened to it.
///
/// Columns `demande;prestataire;etat;heures` (or `request;worker;state;hours`);
/// states `fait|done`, `absent|no_show`, `annule|cancelled`; hours only for done.
public enum OutcomeCSV {
  static let states: [String: LedgerEntry.State] = [
    "fait": .done, "done": .done, "absent": .noShow, "no_show": .noShow, "annule": .cancelled, "cancelled": .cancelled,
  ]

  /// The outcomes of the file, or every problem with its line and column.
  public static func outcomes(_ bytes: [UInt8], file: String) throws(OfficeError) -> [AssignmentOutcome] {
    let table = try CSVTable(name: file, bytes: bytes)
    func column(_ french: String, _ english: String) -> Int? { table.column(french) ?? table.column(english) }
    var problems: [String] = []
    let request = column("demande", "request")
    let worker = column("prestataire", "worker")
    let state = column("etat", "state")
    let hours = column("heures", "hours")
    for (name, index) in [("demande", request), ("prestataire", worker), ("etat", state)] where index == nil {
      problems.append("\(file):1: missing column \"\(name)\"")
    }
    guard let request, let worker, let state else { throw OfficeError.invalid(problems) }
    var outcomes: [AssignmentOutcome] = []
    for row in table.rows {
      func value(_ index: Int) -> String { index - 1 < row.cells.count ? row.cells[index - 1].trimmingCharacters(in: .whitespaces) : "" }
      let stateText = value(state).lowercased()
      guard let parsed = states[stateText] else {
        problems.append("\(file):\(row.line):\(state) (etat): \"\(stateText)\" is not fait, absent or annule (done, no_show, cancelled)")
        continue
      }
      var worked: Double?
      if let hours, !value(hours).isEmpty {
        worked = Double(value(hours).replacingOccurrences(of: ",", with: "."))
        if worked == nil { problems.append("\(file):\(row.line):\(hours) (heures): \"\(value(hours))\" is not a number") }
        if parsed != .done { problems.append("\(file):\(row.line):\(hours) (heures): hours are given only for a done assignment") }
      }
      if value(request).isEmpty { problems.append("\(file):\(row.line):\(request) (demande): empty") }
      if value(worker).isEmpty { problems.append("\(file):\(row.line):\(worker) (prestataire): empty") }
      outcomes.append(AssignmentOutcome(request: value(request), worker: value(worker), state: parsed, hours: worked, source: "\(file):\(row.line)"))
    }
    guard problems.isEmpty else { throw OfficeError.invalid(problems) }
    return outcomes
  }
}
