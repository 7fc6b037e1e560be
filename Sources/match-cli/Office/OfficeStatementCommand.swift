import ArgumentParser
import Matcher
import Office

/// `match-cli office statement --month YYYY-MM --db FILE [--format text|csv|json]`.
struct OfficeStatementCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "statement",
    abstract: "The month's money from the ledger's done hours: per worker, per user, per party.",
    discussion: """
      One hour done is one cheque. Per worker: hours, pay, paid by the \
      payment organisation or the CPAS. Per user: cheques due by price code. \
      Per party: each ALE (the user's, where the job was done), the Forem, \
      each CPAS, following docs/money.md. json is for other programs.
      """)

  @Option(help: ArgumentHelp("The month (YYYY-MM).", valueName: "month"))
  var month: String

  @Option(help: "text, csv or json.")
  var format: Format = .text

  @Option(help: "Language of the text: fr or en.")
  var lang: OfficeLanguage = .fr

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Where to write it (default: standard output).", valueName: "file"))
  var outputPath: String = "-"

  @OptionGroup var office: OfficeOptions

  /// Output formats of the statement.
  enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

  func run() throws {
    let chosen = try OfficeRun.month(month)
    let database = try office.open()
    let statement = try OfficeRun.perform { try database.statement(month: chosen) }
    let bytes: [UInt8]
    switch format {
    case .json: bytes = JSONWriter.bytes(statement.json)
    case .csv: bytes = Array(statement.csv.utf8)
    case .text: bytes = Array(text(statement).utf8)
    }
    try OfficeRun.perform { try OutputFile(path: outputPath).write(bytes) }
    if !statement.unpriced.isEmpty {
      CLILogging.report("\(statement.unpriced.count) done assignments have no priced cheque code and are not counted: \(statement.unpriced.prefix(5).joined(separator: ", "))")
    }
  }

  private func text(_ statement: MonthlyStatement) -> String {
    var lines = [lang.pick("Relevé du mois \(statement.month)", "Statement for \(statement.month)"), ""]
    var parties = ColumnTable(header: [lang.pick("partie", "party"), "id", "EUR"])
    for party in statement.parties { parties.rows.append([party.party, party.id ?? "", money(party.eur)]) }
    lines += parties.lines(numeric: [2]) + [""]
    var workers = ColumnTable(header: [lang.pick("prestataire", "worker"), lang.pick("nom", "name"), lang.pick("heures", "hours"), lang.pick("paie EUR", "pay EUR"), lang.pick("payé par", "paid by")])
    for line in statement.workers {
      let body = line.paidBy == .cpas ? "CPAS" : lang.pick("organisme de paiement", "payment organisation")
      workers.rows.append([line.worker, line.name ?? "", HourFormat.hours(line.hours), money(line.payEUR), body])
    }
    lines += workers.lines(numeric: [2, 3]) + [""]
    var users = ColumnTable(header: [lang.pick("utilisateur", "user"), lang.pick("nom", "name"), lang.pick("chèques", "cheques"), "EUR", lang.pick("par code", "by code")])
    for line in statement.users {
      users.rows.append([line.user, line.name ?? "", HourFormat.hours(line.cheques), money(line.eur), line.byCode.keys.sorted().map { "\($0) \(HourFormat.hours(line.byCode[$0] ?? 0))" }.joined(separator: ", ")])
    }
    lines += users.lines(numeric: [2, 3])
    return lines.joined(separator: "\n") + "\n"
  }

  private func money(_ eur: Double) -> String {
    let cents = Int((eur * 100).rounded(.toNearestOrAwayFromZero))
    let text = "\(cents / 100).\(String(abs(cents % 100) + 100).dropFirst())"
    return lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}
