import Foundation
import GRDB
import Matcher
import Testing

@testable import Office

/// A register made by schema v1 (committed: Tests/OfficeTests/Fixtures/office-v1.sqlite,
/// written by scripts/make-office-v1-fixture.sh) opens, migrates and reads in this version.
@Suite struct MigrationTests {
  static func copyOfVersion1() throws -> String {
    let path = try OfficeFixture.directory().appendingPathComponent("office.sqlite").path
    try FileManager.default.copyItem(atPath: OfficeFixture.packageRoot.appendingPathComponent("Tests/OfficeTests/Fixtures/office-v1.sqlite").path, toPath: path)
    return path
  }

  @Test func theCommittedVersion1FileMigratesAndReads() throws {
    let path = try Self.copyOfVersion1()
    let before = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
    #expect(before == ["v1"])
    let office = try OfficeDatabase(path: path)
    #expect(try office.appliedMigrations() == OfficeSchema.versions)
    #expect(try office.journalMode() == "wal")
    #expect(try office.integrityProblems() == nil)
    let monday = try #require(Day(iso: "2026-11-23"))
    #expect(try office.appliedMigrations() == ["v1", "v2-deflated-documents"])
    #expect(try office.weeks().map(\.state) == [.recorded])
    // v2 moved the week's documents, as v1 wrote them, to weekDocument (deflated).
    let published = try #require(try office.publishedPlan(monday: Day(iso: "2026-11-23")!))
    #expect(published.plan.assignments.count == 6)
    #expect(published.scenario.requests.contains { $0.id == "r-school@2026-11-24" })
    let columns = try office.writer.read { db in try db.columns(in: "week").map(\.name) }
    #expect(!columns.contains("plan") && !columns.contains("scenario"))
    let ledger = try office.ledger(monday: monday)
    #expect(ledger.map(\.state).filter { $0 == .noShow }.count == 1)
    // The next week reads the recorded hours and the recurring request of v1.
    let next = try office.exportWeek(monday: monday.adding(days: 7))
    #expect(next.scenario.request("r-school@2026-12-01") != nil)
    let done = ledger.filter { $0.state == .done }
    for worker in next.scenario.workers {
      let hand = done.filter { $0.workerId == worker.id.rawValue }.reduce(0) { $0 + $1.hours } + (worker.id == "w-anne" ? 16 : 0)
      #expect(worker.worked.reduce(0) { $0 + $1.hours.values.reduce(0, +) } == hand, "\(worker.id)")
    }
    // And writes: the next week plans and publishes.
    try office.planWeek(monday: monday.adding(days: 7), by: "test")
    try office.publishWeek(monday: monday.adding(days: 7), by: "test")
    #expect(try office.integrityProblems() == nil)
  }
}
