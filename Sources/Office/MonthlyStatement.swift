import Foundation
import Matcher

/// The money of one month, from the ledger's done hours: per worker, per user, per party.
///
/// Money moves monthly (users hand their cheques over at the end of the
/// month). One hour done is one cheque. Each cheque is split by Matcher's
/// `ChequeBreakdown` (domain.md's money section): the ALE's share goes to
/// the user's agency (where the job was done), the Forem's to the Forem, the
/// CPAS's (with its 0.1116 € running-cost fee when it pays a RIS worker: what
/// the seed calls what a CPAS receives) to the worker's CPAS.
public struct MonthlyStatement: Hashable, Sendable {
  /// A party's total: `ale` with the agency id, `forem`, `cpas` with the CPAS id.
  public struct Party: Hashable, Sendable {
    public var party: String
    public var id: String?
    public var eur: Double
  }

  /// A worker's month: hours done, pay, who pays.
  public struct WorkerLine: Hashable, Sendable {
    public var worker: String
    public var name: String?
    public var hours: Double
    public var payEUR: Double
    package var paidBy: PayingBody
  }

  /// A user's month: cheques due, their value, by price code.
  public struct UserLine: Hashable, Sendable {
    public var user: String
    public var name: String?
    public var cheques: Double
    public var eur: Double
    /// Cheques by price code, sorted by code.
    public var byCode: [String: Double]
  }

  public var month: Month
  /// ALEs by id, then the Forem, then CPASes by id.
  public var parties: [Party]
  /// Sorted by worker id.
  public var workers: [WorkerLine]
  /// Sorted by user id.
  public var users: [UserLine]
  /// Ledger rows whose cheque code has no price (not counted), as `week/request/worker`.
  public var unpriced: [String]
}

extension MonthlyStatement {
  /// Euros to the cent, for outputs (sums are kept exact until then).
  static func cents(_ eur: Double) -> Double { (eur * 100).rounded(.toNearestOrAwayFromZero) / 100 }

  /// The JSON for other programs: `{"month", "parties", "workers", "users"}` as in issue 13.
  package var json: JSONValue {
    .object(JSONObject([
      ("month", .string(month.description)),
      ("parties", .array(parties.map { party in
        var object = JSONObject([("party", .string(party.party))])
        if let id = party.id { object.append("id", .string(id)) }
        object.append("eur", .number(Self.cents(party.eur)))
        return .object(object)
      })),
      ("workers", .array(workers.map { line in
        .object(JSONObject([
          ("worker", .string(line.worker)), ("hours", .number(line.hours)), ("payEUR", .number(Self.cents(line.payEUR))),
          ("paidBy", .string(line.paidBy.rawValue)),
        ]))
      })),
      ("users", .array(users.map { line in
        .object(JSONObject([("user", .string(line.user)), ("cheques", .number(line.cheques)), ("eur", .number(Self.cents(line.eur)))]))
      })),
    ]))
  }

  /// CSV, one row per line of the statement (`section;id;name;hours_or_cheques;eur;detail`), `;` separated, UTF-8.
  public var csv: String {
    var rows = [["section", "id", "name", "hours", "eur", "detail"]]
    for party in parties { rows.append(["party", party.id.map { "\(party.party):\($0)" } ?? party.party, "", "", Self.text(Self.cents(party.eur)), ""]) }
    for line in workers { rows.append(["worker", line.worker, line.name ?? "", Self.text(line.hours), Self.text(Self.cents(line.payEUR)), line.paidBy.rawValue]) }
    for line in users {
      let codes = line.byCode.keys.sorted().map { "\($0)=\(Self.text(line.byCode[$0] ?? 0))" }.joined(separator: " ")
      rows.append(["user", line.user, line.name ?? "", Self.text(line.cheques), Self.text(Self.cents(line.eur)), codes])
    }
    return rows.map { $0.map(Self.field).joined(separator: ";") }.joined(separator: "\n") + "\n"
  }

  static func text(_ number: Double) -> String { JSONWriter.format(number) }

  static func field(_ text: String) -> String {
    text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }
}
