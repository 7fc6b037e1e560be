import Foundation
import Matcher
import Testing

@testable import Office

/// The monthly statement, against domain.md's money section worked by hand.
@Suite struct StatementTests {
  @Test func theMonthsMoneyFollowsTheSeedsSplit() throws {
    let office = try OfficeFixture.smallWeek()
    let plan = try office.planWeek(monday: OfficeFixture.smallMonday, by: "test").week.plan
    try office.publishWeek(monday: OfficeFixture.smallMonday, by: "test")
    let statement0 = try office.statement(month: Month(year: 2026, month: 11))
    #expect(statement0.workers.isEmpty)  // planned hours are not money yet
    try office.recordWeek(monday: OfficeFixture.smallMonday, by: "test")
    let statement = try office.statement(month: Month(year: 2026, month: 11))

    // By hand (domain.md): TH = 6.70 €, remainder 6.70 − 4.10 − 0.1116, issuer's fee 0.9066 €.
    let remainder = 6.70 - 4.10 - 0.1116
    let fee = 0.9066
    let ris = Set(["w-anne", "w-david"])
    var ale = 0.0
    var forem = 0.0
    var cpas = 0.0
    for assignment in plan.assignments {
      let hours = assignment.hours
      ale += hours * 0.25 * remainder
      if ris.contains(assignment.worker.rawValue) {
        forem += hours * (0.30 * remainder - fee / 2)
        cpas += hours * (0.45 * remainder - fee / 2 + 0.1116)
      } else {
        forem += hours * (0.75 * remainder - fee)
      }
    }
    func cents(_ value: Double) -> Double { (value * 100).rounded() / 100 }
    let parties = statement.parties.map { "\($0.party) \($0.id ?? "") \(cents($0.eur))" }
    #expect(parties == ["ale ale-namur \(cents(ale))", "forem  \(cents(forem))", "cpas cpas-namur \(cents(cpas))"].filter { cpas > 0 || !$0.hasPrefix("cpas") })
    let hours = Dictionary(grouping: plan.assignments, by: \.worker.rawValue).mapValues { $0.reduce(0) { $0 + $1.hours } }
    #expect(statement.workers.map(\.worker) == hours.keys.sorted())
    for line in statement.workers {
      #expect(line.hours == hours[line.worker])
      #expect(abs(line.payEUR - 4.10 * line.hours) < 1e-9)
      #expect(line.paidBy == (ris.contains(line.worker) ? .cpas : .paymentOrganisation))
    }
    let userCheques = Dictionary(grouping: plan.assignments, by: \.user.rawValue).mapValues { $0.reduce(0) { $0 + $1.hours } }
    #expect(statement.users.map { "\($0.user) \($0.cheques) \(cents($0.eur))" } == userCheques.keys.sorted().map { "\($0) \(userCheques[$0] ?? 0) \(cents((userCheques[$0] ?? 0) * 6.70))" })
    // Money in = money out: cheques = pay + paying bodies' fees + issuer's fee + shares.
    let cheques = plan.assignments.reduce(0) { $0 + $1.hours }
    let risHours = plan.assignments.filter { ris.contains($0.worker.rawValue) }.reduce(0) { $0 + $1.hours }
    let paid = statement.parties.reduce(0) { $0 + $1.eur } + cheques * (4.10 + fee) + (cheques - risHours) * 0.1116
    #expect(abs(paid - cheques * 6.70) < 1e-9)
  }

  @Test func theJSONHasTheShapeOtherProgramsRead() throws {
    let office = try OfficeFixture.smallWeek()
    try office.planWeek(monday: OfficeFixture.smallMonday, by: "test")
    try office.publishWeek(monday: OfficeFixture.smallMonday, by: "test")
    try office.recordWeek(monday: OfficeFixture.smallMonday, by: "test")
    let text = JSONWriter.string(try office.statement(month: Month(year: 2026, month: 11)).json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["month", "parties", "workers", "users"])
    #expect(object["month"] as? String == "2026-11")
    let party = try #require((object["parties"] as? [[String: Any]])?.first)
    #expect(Set(party.keys) == ["party", "id", "eur"])
    let worker = try #require((object["workers"] as? [[String: Any]])?.first)
    #expect(Set(worker.keys) == ["worker", "hours", "payEUR", "paidBy"])
    let user = try #require((object["users"] as? [[String: Any]])?.first)
    #expect(Set(user.keys) == ["user", "cheques", "eur"])
  }
}
