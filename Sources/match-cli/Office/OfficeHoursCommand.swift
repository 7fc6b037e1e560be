import ArgumentParser
import Foundation
import Matcher
import Office

/// `match-cli office hours --db FILE [--month YYYY-MM]`: every worker's hours against every cap.
struct OfficeHoursCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hours",
    abstract: "Every worker's hours against every cap for a month and its year, nearest to a cap first.",
    discussion: """
      From the ledger: hours done (recorded weeks), planned (published \
      weeks) and opening balances, each day in its own month and year. \
      Workers with fewer than --near hours left under a cap are marked.
      """)

  @Option(help: ArgumentHelp("The month (YYYY-MM; default: the current month).", valueName: "month"))
  var month: String?

  @Option(help: ArgumentHelp("Mark workers with fewer hours than this left under a cap.", valueName: "hours"))
  var near: Double = 10

  @Option(help: "text (a table for people) or csv.")
  var format: Format = .text

  @Option(help: "Language of the text: fr or en.")
  var lang: OfficeLanguage = .fr

  @OptionGroup var office: OfficeOptions

  /// Output formats of the hours.
  enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv }

  func run() throws {
    let chosen = try month.map(OfficeRun.month) ?? Self.currentMonth()
    let database = try office.open()
    let rows = try OfficeRun.perform { try database.hours(month: chosen) }
    let caps = rows.first?.caps.map(\.cap) ?? []
    // Caps and classes by what a person reads (`45 h par mois`, `étendue`), not their ids.
    let rules = try OfficeRun.perform { try database.rules() }
    let labels = Labels(lang == .fr ? PlanReport.Language.fr : .en)
    func short(_ id: String) -> String {
      guard let cap = rules.caps.first(where: { $0.id == id }) else { return id }
      return HourFormat.hours(cap.limit) + " h " + (cap.period == .month ? lang.pick("par mois", "a month") : lang.pick("par an", "a year"))
    }
    func long(_ id: String) -> String { rules.caps.first(where: { $0.id == id }).map { labels.cap($0, rules: rules) } ?? id }
    let classes: [String] = CapClass.allCases.map { "\(chosen) \(labels.capClass($0))" }
    let lefts: [String] = caps.map { lang.pick("reste ", "left ") + short($0) }
    var table = ColumnTable(header: [lang.pick("prestataire", "worker"), lang.pick("nom", "name")] + classes + [lang.pick("année", "year")] + lefts + [""])
    for row in rows {
      let isNear = (row.tightest?.remaining ?? .infinity) < near
      let months: [String] = CapClass.allCases.map { HourFormat.hours(row.monthHours[$0] ?? 0) }
      let remaining: [String] = row.caps.map { HourFormat.hours($0.remaining) }
      let mark = isNear ? lang.pick("proche du plafond de ", "near the cap of ") + long(row.tightest?.cap ?? "") : ""
      table.rows.append([row.worker, row.name ?? ""] + months + [HourFormat.hours(row.yearHours)] + remaining + [mark])
    }
    switch format {
    case .text:
      for line in table.lines(numeric: Set(2..<(table.header.count - 1))) { Console.out(line) }
      let nearCount = rows.filter { ($0.tightest?.remaining ?? .infinity) < near }.count
      Console.out(lang.pick("\(rows.count) prestataires, \(nearCount) à moins de \(HourFormat.hours(near)) h d'un plafond", "\(rows.count) workers, \(nearCount) within \(HourFormat.hours(near)) h of a cap"))
    case .csv:
      for row in [table.header] + table.rows { Console.out(row.joined(separator: ";")) }
    }
  }

  /// This month, by the system clock (UTC).
  static func currentMonth() -> Month {
    let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: Date())
    return Month(year: parts.year ?? 1970, month: parts.month ?? 1)
  }
}

/// Hours as people read them: `12`, `4.5` (to the hundredth).
enum HourFormat {
  static func hours(_ value: Double) -> String { JSONWriter.format((value * 100).rounded() / 100) }
}
