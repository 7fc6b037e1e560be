import Foundation
import GRDB
import Matcher
import Testing

@testable import Office

@Suite struct OfficeDatabaseTests {
  @Test func migratesAnEmptyRegister() throws {
    let office = try OfficeDatabase.inMemory()
    #expect(try office.appliedMigrations() == OfficeSchema.versions)
  }

  @Test func aFileRegisterIsInWALModeWithForeignKeys() throws {
    let directory = try OfficeFixture.directory()
    let office = try OfficeDatabase(path: directory.appendingPathComponent("o.sqlite").path)
    #expect(try office.journalMode() == "wal")
    let keys = try office.writer.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
    #expect(keys == true)
    #expect(try office.integrityProblems() == nil)
  }

  @Test func importKeepsEveryRecordOfTheScenario() throws {
    let office = try OfficeFixture.smallWeek()
    let scenario = try Scenario.load(try OfficeFixture.bytes("scenarios/small-week.json"))
    #expect(try office.workers().map(\.id) == scenario.workers.map(\.id.rawValue).sorted())
    #expect(try office.users().map(\.id) == scenario.users.map(\.id.rawValue).sorted())
    #expect(try office.requests().map(\.id) == scenario.requests.map(\.id.rawValue).sorted())
    #expect(try office.auditTrail(entity: "worker").count == scenario.workers.count)
  }

  @Test func exportOfTheImportedWeekPlansTheSame() throws {
    let office = try OfficeFixture.smallWeek()
    let original = try Scenario.load(try OfficeFixture.bytes("scenarios/small-week.json"))
    let exported = try office.exportWeek(monday: OfficeFixture.smallMonday)
    let first = Solver().solve(original).plan
    let second = Solver().solve(exported.scenario).plan
    #expect(first.assignments.map(\.request) == second.assignments.map(\.request))
    #expect(first.assignments.map(\.worker) == second.assignments.map(\.worker))
    #expect(first.summary == second.summary)
  }

  @Test func aDayThatIsNotAMondayIsRefused() throws {
    let office = try OfficeFixture.smallWeek()
    #expect(throws: OfficeError.self) { try office.exportWeek(monday: OfficeFixture.smallMonday.adding(days: 1)) }
  }
}

@Suite struct AccountTests {
  @Test func accountsHaveUniqueNamesAndKeepOnlyTheHash() throws {
    let office = try OfficeDatabase.inMemory()
    try office.addAccount(name: "marie", passwordHash: "$2b$12$abc", by: "admin")
    #expect(try office.passwordHash(account: "marie") == "$2b$12$abc")
    #expect(try office.passwordHash(account: "paul") == nil)
    let error = try #require(throws: OfficeError.self) { try office.addAccount(name: "marie", passwordHash: "", by: "admin") }
    #expect(error == .fields([FieldProblem("name", "\"marie\" is already an account"), FieldProblem("passwordHash", "a hash is required")]))
    #expect(try office.accounts().map(\.name) == ["marie"])
    #expect(try office.auditTrail(entity: "account").map(\.new) == ["created"])
  }
}

@Suite struct AuditTrailTests {
  @Test func timestampsAreUTCToTheSecond() {
    #expect(AuditTrail.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    #expect(AuditTrail.timestamp(Date(timeIntervalSince1970: 1_796_083_923.7)) == "2026-12-01T00:12:03Z")
    #expect(AuditTrail.timestamp(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
  }
}
