import Foundation
import Testing

@testable import Matcher

/// Money of a plan (domain.md "Money"), checked against the seed's CPAS table.
@Suite struct MoneyTests {
  /// What a CPAS receives per cheque, from the seed (000_*): the golden table.
  static let seedCPASTable: [(String, Double)] = [
    ("TE", 0.4406), ("TF", 0.5531), ("TG", 0.6656), ("TH", 0.7781), ("TI", 0.8906), ("TJ", 1.0031), ("TK", 1.1156),
  ]

  static func rules() throws -> RuleSet { try SmallWeek.report().scenario.rules }

  /// The seed's table is the CPAS's whole income per cheque: 45 % of the
  /// remainder, less half the issuer's fee, plus the paying body's 0.1116 €.
  @Test func cpasPerChequeMatchesTheSeedTable() throws {
    let table = PlanMoney.cpasPerCheque(rules: try Self.rules())
    #expect(table.map(\.code) == Self.seedCPASTable.map(\.0))
    for (row, seed) in zip(table, Self.seedCPASTable) {
      // Compared in ten-thousandths of a euro, exactly.
      #expect(Int((row.eur * 10_000).rounded()) == Int((seed.1 * 10_000).rounded()), "\(row.code)")
    }
  }

  /// The seed's formula, written out: 0.45 × (price − 4.2116) − fee/2 + 0.1116, fee 0.9066 €.
  @Test(arguments: seedCPASTable)
  func cpasTotalIsTheSeedFormula(_ code: String, _ seed: Double) throws {
    let rules = try Self.rules()
    let cheque = try #require(ChequeBreakdown(code: code, body: .cpas, rules: rules))
    let formula = 0.45 * (cheque.priceEUR - 4.2116) - 0.9066 / 2 + 0.1116
    #expect(abs(cheque.share(of: "cpas") + cheque.payingBodyFeeEUR - formula) < 1e-9)
    #expect(abs(formula - seed) < 0.00005)
  }

  /// The ALE's 25 % is never touched by the issuer's fee: 0.6221 € on a TH cheque, whoever pays.
  @Test(arguments: PayingBody.allCases)
  func aleShareOfATHCheque(_ body: PayingBody) throws {
    let cheque = try #require(ChequeBreakdown(code: "TH", body: body, rules: try Self.rules()))
    #expect(abs(cheque.share(of: "ale") - 0.6221) < 1e-9)
    let forem = body == .cpas ? 0.30 * 2.4884 - 0.4533 : 0.75 * 2.4884 - 0.9066
    #expect(abs(cheque.share(of: "forem") - forem) < 1e-9)
  }

  @Test func issuerFeeIsRuleSetData() throws {
    var rules = try Self.rules()
    #expect(rules.cheques.issuerFeeEUR == 0.9066)
    #expect(rules.cheques.defaultCode == "TH")
    // Another fee and another division: the shares follow the data, not a literal.
    rules.cheques.issuerFeeEUR = 1
    rules.cheques.cpasIssuerFee = [("cpas", 1)]
    let cheque = try #require(ChequeBreakdown(code: "TH", body: .cpas, rules: rules))
    #expect(abs(cheque.share(of: "forem") - 0.30 * 2.4884) < 1e-9)
    #expect(abs(cheque.share(of: "cpas") - (0.45 * 2.4884 - 1)) < 1e-9)
  }

  @Test(arguments: PayingBody.allCases)
  func everyEuroOfACheque(_ body: PayingBody) throws {
    let rules = try Self.rules()
    for price in rules.cheques.prices {
      let cheque = try #require(ChequeBreakdown(code: price.code, body: body, rules: rules))
      let total = cheque.workerPayEUR + cheque.payingBodyFeeEUR + cheque.issuerFeeEUR + cheque.shares.reduce(0) { $0 + $1.eur }
      #expect(abs(total - price.eur) < 1e-9)
      #expect(cheque.share(of: "ale") > 0)
      #expect((cheque.share(of: "cpas") > 0) == (body == .cpas))
    }
  }

  @Test func planMoneyOfTheSmallWeek() throws {
    let report = try SmallWeek.report()
    let money = report.money
    #expect(money.unpricedAssignments == 0)
    #expect(abs(money.cheques - report.plan.summary.coveredHours) < 1e-9)
    #expect(abs(money.travelEUR - report.plan.summary.travelCostEUR) < 1e-9)
    // Agency default TH at 6.70 €: every cheque of the week.
    #expect(money.lines.allSatisfy { $0.code == "TH" })
    #expect(abs(money.amountEUR - 6.70 * report.plan.summary.coveredHours) < 1e-9)
    #expect(abs(money.workerPayEUR - 4.10 * report.plan.summary.coveredHours) < 1e-9)
    let risHours = report.plan.assignments.filter { report.scenario.worker($0.worker)?.ris == true }.reduce(0) { $0 + $1.hours }
    let cpas = money.bodies.first { $0.body == .cpas }
    #expect(abs((cpas?.cheques ?? 0) - risHours) < 1e-9)
    let cpasIncome = (cpas.map { $0.payingBodyFeeEUR + ($0.shares.first { $0.party == "cpas" }?.eur ?? 0) } ?? 0)
    #expect(abs(cpasIncome - 0.7781 * risHours) < 0.001)
    // The ALE's 25 % of every cheque of the week, whoever pays.
    let ale = money.bodies.reduce(0) { $0 + ($1.shares.first { $0.party == "ale" }?.eur ?? 0) }
    #expect(abs(ale - 0.6221 * report.plan.summary.coveredHours) < 1e-9)
  }

  @Test func agencyCodeByActivityWins() throws {
    var scenario = try SmallWeek.report().scenario
    scenario.agencies[0].cheques = ChequeCodes(defaultCode: "TE", byActivity: ["gardening": "TK"])
    scenario.reindex()
    #expect(PlanMoney.code(activity: "gardening", user: "u-dubois", scenario: scenario) == "TK")
    #expect(PlanMoney.code(activity: "school_care", user: "u-ecole", scenario: scenario) == "TE")
    scenario.agencies[0].cheques = nil
    scenario.reindex()
    #expect(PlanMoney.code(activity: "school_care", user: "u-ecole", scenario: scenario) == "TH")
  }

  @Test func numbersAreFormattedWithoutLocale() {
    #expect(ReportNumber.fixed(2.145, decimals: 2, mark: ",") == "2,15")
    #expect(ReportNumber.fixed(0.44059, decimals: 4, mark: ".") == "0.4406")
    #expect(ReportNumber.short(1.5, mark: ",") == "1,5")
    #expect(ReportNumber.short(3, mark: ".") == "3")
  }
}
