import CSV
import Foundation

/// The spreadsheet view: one row per assignment, written by CSV.swift so that
/// quoting follows RFC 4180 (not hand-rolled).
///
/// Lines end in CRLF (RFC 4180). With the `;` separator, numbers carry a
/// decimal comma, as Belgian Excel expects; with `,` a decimal point.
struct CSVReport {
  let report: PlanReport
  let options: PlanReport.CSVOptions

  /// Why the CSV could not be produced.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The header, in the report's language.
  var header: [String] {
    report.language == .fr
      ? ["date", "jour", "début", "fin", "heures", "travailleur", "utilisateur", "demande", "activité", "libellé",
        "classe", "distance_km", "déplacement_eur", "code_chèque", "prix_chèque_eur", "montant_eur",
        "organisme_payeur", "fixée", "part_ale_eur", "part_forem_eur", "part_cpas_eur"]
      : ["date", "day", "start", "end", "hours", "worker", "user", "request", "activity", "label",
        "cap_class", "distance_km", "travel_eur", "cheque_code", "cheque_price_eur", "amount_eur",
        "paying_body", "pinned", "ale_share_eur", "forem_share_eur", "cpas_share_eur"]
  }

  /// The rows after the header, in the plan's order.
  var rows: [[String]] {
    let labels = report.labels
    let mark = options.separator == ";" ? "," : "."
    func number(_ value: Double, _ decimals: Int) -> String { ReportNumber.fixed(value, decimals: decimals, mark: mark) }
    return report.plan.assignments.map { a in
      let code = PlanMoney.code(activity: a.activity, user: a.user, scenario: report.scenario)
      let price = code.flatMap { report.scenario.rules.cheques.price(of: $0) }
      let body = PayingBody.of(report.scenario.worker(a.worker))
      // The parties' shares of this job's cheques (docs/money.md); empty without a price.
      let cheque = code.flatMap { ChequeBreakdown(code: $0, body: body, rules: report.scenario.rules) }
      let shares = ["ale", "forem", "cpas"].map { party in
        cheque.map { number($0.share(of: party) * a.hours, 2) } ?? ""
      }
      return [
        a.date.description, labels.weekday(a.date.weekday), a.start.description, a.end.description,
        ReportNumber.short(a.hours, mark: mark), a.worker.rawValue, a.user.rawValue, a.request.rawValue,
        a.activity.rawValue, labels.activity(a.activity, rules: report.scenario.rules), a.capClass.rawValue,
        number(a.distanceKm, 2), number(a.travelCostEUR, 2), code ?? "",
        price.map { number($0, 2) } ?? "", price.map { number($0 * a.hours, 2) } ?? "",
        body.rawValue, a.pinned ? "1" : "0",
      ] + shares
    }
  }

  /// The CSV bytes, with a BOM first if asked.
  func render() throws -> [UInt8] {
    let stream = OutputStream(toMemory: ())
    stream.open()
    do {
      let writer = try CSVWriter(stream: stream, delimiter: options.separator, newline: .crlf)
      try writer.write(row: header)
      for row in rows { try writer.write(row: row) }
    } catch {
      throw Failure(description: "cannot write CSV: \(error)")
    }
    guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
      throw Failure(description: "cannot write CSV: no data in the memory stream")
    }
    stream.close()
    var bytes: [UInt8] = options.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    bytes += Array(data)
    // CSVWriter separates rows; the last one gets its line end here.
    bytes += Array("\r\n".utf8)
    return bytes
  }
}
