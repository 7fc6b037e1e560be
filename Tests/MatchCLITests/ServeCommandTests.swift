import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `match-cli serve`: the refusals at start, and the demo register it makes.
@Suite struct ServeCommandTests {
  private func scratch() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  @Test func refusesAnotherHostWithoutAccounts() throws {
    let db = try scratch().appendingPathComponent("office.sqlite").path
    #expect(try CLI.run(["office", "init", "--db", db]).status == 0)
    #expect(try CLI.run(["office", "import", "scenarios/small-week.json", "--db", db]).status == 0)
    let run = try CLI.run(["serve", "--db", db, "--host", "0.0.0.0", "--port", "0"])
    #expect(run.status == 64, "\(run)")
    #expect(run.stderr.contains("refusing to listen on 0.0.0.0 without accounts"))
  }

  @Test func officeUserAddStoresABcryptHashAndRefusesAShortPassword() throws {
    let directory = try scratch()
    let db = directory.appendingPathComponent("office.sqlite").path
    #expect(try CLI.run(["office", "init", "--db", db]).status == 0)
    let short = directory.appendingPathComponent("short").path
    try "court\n".write(toFile: short, atomically: true, encoding: .utf8)
    let refused = try CLI.run(["office", "user", "add", "marie", "--db", db], stdin: short)
    #expect(refused.status == 65, "\(refused)")
    let good = directory.appendingPathComponent("good").path
    try "une longue phrase de passe\n".write(toFile: good, atomically: true, encoding: .utf8)
    let added = try CLI.run(["office", "user", "add", "marie", "--db", db, "--by", "test"], stdin: good)
    #expect(added.status == 0, "\(added)")
    let stored = try CLI.sqlite(db, "SELECT name || ' ' || substr(passwordHash, 1, 4) FROM account")
    #expect(stored == "marie $2b$" || stored == "marie $2y$" || stored == "marie $2a$", "\(stored)")
    let file = try String(contentsOfFile: db, encoding: .isoLatin1)
    #expect(!file.contains("une longue phrase de passe"))
  }

  @Test func aMissingRegisterWithoutDemoIsRefused() throws {
    let db = try scratch().appendingPathComponent("none.sqlite").path
    let run = try CLI.run(["serve", "--db", db, "--port", "0"])
    #expect(run.status == 66, "\(run)")
    #expect(!FileManager.default.fileExists(atPath: db))
  }

  @Test func makesTheDemoRegisterForItsOwnerOnlyAndStopsOnSIGTERM() throws {
    let db = try scratch().appendingPathComponent("demo.sqlite").path
    let server = try CLI.start(["serve", "--db", db, "--demo", "--port", "0"])
    let log = server.scratch.appendingPathComponent("stderr")
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline, !((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("serving") { usleep(50_000) }
    let mode = try #require(try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int)
    kill(server.pid, SIGTERM)
    let run = try server.wait()
    #expect(run.stderr.contains("made the demo register"), "\(run)")
    #expect(run.stderr.contains("serving \(db) on http://127.0.0.1:"), "\(run)")
    #expect(mode == 0o600)
    #expect(run.status == 0, "\(run)")
  }
}
