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

  @Test func cpasPerChequeMatchesTheSeedTable() throws {
    let table = PlanMoney.cpasPerCheque(rules: try Self.rules())
    #expect(table.map(\.code) == Self.seedCPASTable.map(\.0))
    for (row, seed) in zip(table, Self.seedCPASTable) {
      // Compared in ten-thousandths of a euro, exactly.
      #expect(Int((row.eur * 10_000).rounded()) == Int((seed.1 * 10_000).rounded()), "\(row.code)")
    }
  }

  @Test func issuerFeeIsRuleSetData() throws {
    let rules = try Self.rules()
    #expect(rules.cheques.issuerFeeEUR == 0.7593)
    #expect(rules.cheques.defaultCode == "TH")
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
    #expect(abs((cpas.map { $0.shares.first { $0.party == "cpas" }?.eur ?? 0 } ?? 0) - 0.7781 * risHours) < 0.001)
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
