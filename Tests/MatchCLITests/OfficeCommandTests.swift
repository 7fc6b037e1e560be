import Foundation
import Matcher
import Office
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `match-cli office`: an office's week from the command line, refusals with exit 65, SIGKILL, two writers.
@Suite(.serialized) struct OfficeCommandTests {
  static func scratch() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("office-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  /// A register holding the small week.
  static func smallRegister() throws -> String {
    let db = try scratch() + "/office.sqlite"
    #expect(try CLI.run(["office", "init", "--db", db]).status == 0)
    #expect(try CLI.run(["office", "import", "scenarios/small-week.json", "--db", db, "--by", "test"]).status == 0)
    return db
  }

  @Test func aNewRegisterAndItsWALAreReadableByTheirOwnerOnly() throws {
    let directory = try Self.scratch()
    let register = directory + "/init.sqlite"
    for (file, arguments) in [
      (register, ["office", "init", "--db", register]),
      (directory + "/agency.sqlite", ["office", "init", "--agency", "ale-x", "--db", directory + "/agency.sqlite"]),
      (directory + "/copy.sqlite", ["office", "backup", "--db", register, "-o", directory + "/copy.sqlite"]),
    ] {
      let run = try CLI.run(arguments)
      #expect(run.status == 0, "\(run)")
      for file in [file, file + "-wal"] where FileManager.default.fileExists(atPath: file) {
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        #expect(mode == 0o600, "\(file): \(String(mode, radix: 8))")
      }
    }
  }

  @Test func anOfficesWeekFromTheCommandLine() throws {
    let directory = try Self.scratch()
    let db = try Self.smallRegister()
    let plan = try CLI.run(["office", "plan", "--week", "2026-11-23", "--db", db, "-o", directory + "/plan.json"])
    #expect(plan.status == 0, "\(plan)")
    #expect(plan.stdout.contains("draft stored (optimal, 6 assignments)"))
    // The plan is for the week as exported (scenario id office-2026-11-23): `check` accepts it.
    #expect(try CLI.run(["office", "export", "--week", "2026-11-23", "--db", db, "-o", directory + "/week.json"]).status == 0)
    #expect(try CLI.run(["check", directory + "/week.json", directory + "/plan.json"]).status == 0)
    let publish = try CLI.run(["office", "publish", "--week", "2026-11-23", "--db", db])
    #expect(publish.stdout == "week 2026-11-23: published, 6 assignments, 12 h planned in the ledger\n")
    let record = try CLI.run(["office", "record", "--week", "2026-11-23", "--all-done", "--db", db])
    #expect(record.stdout == "week 2026-11-23: recorded, 6 of 6 assignments done, 12 h in the ledger\n")
    let export = try CLI.run(["office", "export", "--week", "2026-11-30", "--db", db, "-o", directory + "/next.json"])
    #expect(export.status == 0)
    #expect(try CLI.run(["validate", directory + "/next.json"]).status == 0)
    let next = try Scenario.load(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/next.json"))))
    let done = try Plan.decode(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/plan.json"))))
    for worker in next.workers {
      let hand = done.assignments.filter { $0.worker == worker.id }.reduce(0) { $0 + $1.hours } + (worker.id == "w-anne" ? 16 : 0)
      #expect(worker.worked.reduce(0) { $0 + $1.hours.values.reduce(0, +) } == hand, "\(worker.id)")
    }
    let hours = try CLI.run(["office", "hours", "--db", db, "--month", "2026-11", "--lang", "en"])
    #expect(hours.status == 0)
    #expect(hours.stdout.contains("5 workers"))
    // Caps and classes as a collaborator reads them, never their ids.
    let heures = try CLI.run(["office", "hours", "--db", db, "--month", "2026-11", "--near", "40"])
    let header = heures.stdout.split(separator: "\n").first.map(String.init) ?? ""
    #expect(header.contains("2026-11 étendue") && header.contains("reste 45 h par mois") && header.contains("reste 630 h par an"), "\(header)")
    #expect(heures.stdout.contains("proche du plafond de 45 h par mois (petit bricolage, aide administrative…)"), "\(heures.stdout)")
    #expect(!heures.stdout.contains("month-standard") && !heures.stdout.contains("year-all") && !heures.stdout.contains("extended"))
    let statement = try CLI.run(["office", "statement", "--month", "2026-11", "--db", db, "--format", "json"])
    #expect(statement.stdout.hasPrefix("{\n  \"month\": \"2026-11\",\n  \"parties\": [\n    {\n      \"party\": \"ale\",\n      \"id\": \"ale-namur\","))
    let backup = try CLI.run(["office", "backup", "--db", db, "-o", directory + "/copy.sqlite"])
    #expect(backup.status == 0)
    let copy = try OfficeDatabase(path: directory + "/copy.sqlite")
    #expect(try copy.weeks().map(\.state) == [.recorded])
    #expect(try copy.integrityProblems() == nil)
  }

  @Test(arguments: [1, 2])
  func aGeneratedWeekImportedAndExportedPlansTheSame(seed: Int) throws {
    let directory = try Self.scratch()
    let db = directory + "/office.sqlite"
    let generated = directory + "/generated.json"
    let exported = directory + "/exported.json"
    #expect(try CLI.run(["generate", "--profile", "ale", "--seed", String(seed), "-o", generated]).status == 0)
    #expect(try CLI.run(["office", "init", "--db", db]).status == 0)
    #expect(try CLI.run(["office", "import", generated, "--db", db]).status == 0)
    let original = try Scenario.load(Array(try Data(contentsOf: URL(fileURLWithPath: generated))))
    #expect(try CLI.run(["office", "export", "--week", original.weekStart.description, "--db", db, "-o", exported]).status == 0)
    var plans: [Plan] = []
    for file in [generated, exported] {
      #expect(try CLI.run(["plan", file, "-o", file + ".plan", "--quiet"]).status == 0)
      plans.append(try Plan.decode(Array(try Data(contentsOf: URL(fileURLWithPath: file + ".plan")))))
    }
    #expect(plans[0].assignments == plans[1].assignments)
    #expect(plans[0].summary == plans[1].summary)
    #expect(plans[0].rejected == plans[1].rejected)  // the generator's records that must be rejected, again
    #expect(plans[0].unassigned == plans[1].unassigned)
    #expect(plans[0].status == plans[1].status)
    #expect(plans[0].workers == plans[1].workers)
  }

  @Test func badInputIsNamedWithExit65AndNothingWritten() throws {
    let db = try Self.smallRegister()
    let before = try OfficeDatabase(path: db).auditTrail(limit: 10_000).count
    let broken = try CLI.run(["office", "import", "scenarios/broken.json", "--db", db])
    #expect(broken.status == 65)
    #expect(broken.stderr.contains("workers[1].birthDate"))
    let tuesday = try CLI.run(["office", "plan", "--week", "2026-11-24", "--db", db])
    #expect(tuesday.status == 65)
    #expect(tuesday.stderr.contains("--week 2026-11-24: not a Monday"))
    let empty = try CLI.run(["office", "plan", "--week", "2027-03-01", "--db", db])
    #expect(empty.status == 65)
    #expect(empty.stderr.contains("no request falls in this week"))
    #expect(try CLI.run(["office", "plan", "--week", "2026-11-23", "--db", db]).status == 0)
    #expect(try CLI.run(["office", "publish", "--week", "2026-11-23", "--db", db]).status == 0)
    let outcomes = try CLI.temporaryFile("demande;prestataire;etat;heures\nr-01;w-nobody;fait;\nr-02;w-anne;peut-être;\n", name: "record.csv")
    let record = try CLI.run(["office", "record", "--week", "2026-11-23", "--csv", outcomes, "--db", db])
    #expect(record.status == 65)
    #expect(record.stderr.contains("record.csv:3:3 (etat): \"peut-être\" is not fait, absent or annule"))
    let unknown = try CLI.temporaryFile("demande;prestataire;etat\nr-01;w-nobody;fait\n", name: "record.csv")
    let unknownRun = try CLI.run(["office", "record", "--week", "2026-11-23", "--csv", unknown, "--db", db])
    #expect(unknownRun.status == 65)
    #expect(unknownRun.stderr.contains("record.csv:2 (r-01, w-nobody): unknown worker w-nobody"))
    let office = try OfficeDatabase(path: db)
    #expect(try office.week(monday: Day(iso: "2026-11-23")!)?.state == .published)
    #expect(try office.auditTrail(limit: 10_000).count == before + 2)  // the plan and the publication only
  }

  @Test func theKillLoopLeavesTheRegisterAsBeforeOrAsAfter() throws {
    // Six runs: two kills each of import, record and init --agency.
    let run = try CLI.runScript("scripts/office-kill-loop.sh", ["6"], environment: ["MATCH_CLI": try CLI.executable().path])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("office-kill-loop: 6 runs"))
    #expect(run.stdout.contains("run 6: init killed"))
  }

  @Test func initWithARefusedAgencyLeavesNoRegister() throws {
    let directory = try Self.scratch()
    let db = directory + "/office.sqlite"
    let refused = try CLI.run(["office", "init", "--agency", " ", "--db", db])
    #expect(refused.status == 65, "\(refused)")
    #expect(refused.stderr.contains("an id is required"), "\(refused)")
    // The schema and the agency are one write: no register, and nothing left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [])
    let made = try CLI.run(["office", "init", "--agency", "ale-namur", "--agency-name", "ALE de Namur", "--db", db])
    #expect(made.status == 0, "\(made)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") } == ["office.sqlite"])
    let office = try OfficeDatabase(path: db)
    #expect(try office.auditTrail(limit: 10).map(\.entityId) == ["ale-namur"])
    #expect(try office.integrityProblems() == nil)
    // An existing register is migrated and gains the agency.
    #expect(try CLI.run(["office", "init", "--agency", "ale-dinant", "--db", db]).status == 0)
    #expect(try office.auditTrail(limit: 10).map(\.entityId).sorted() == ["ale-dinant", "ale-namur"])
  }

  @Test func sigtermStoresTheBestPlanSoFarAsTheDraftAndExits75() throws {
    let directory = try Self.scratch()
    let db = directory + "/office.sqlite"
    let city = directory + "/city.json"
    #expect(try CLI.run(["generate", "--profile", "city", "--seed", "1", "-o", city]).status == 0)
    #expect(try CLI.run(["office", "init", "--db", db]).status == 0)
    #expect(try CLI.run(["office", "import", city, "--db", db, "--by", "test"]).status == 0)
    let monday = try Scenario.load(Array(try Data(contentsOf: URL(fileURLWithPath: city)))).weekStart
    let target = directory + "/plan.json"
    let child = try NightlyTests.Child.start(
      ["office", "plan", "--week", monday.description, "--db", db, "--time-limit", "600", "-o", target], in: URL(fileURLWithPath: directory))
    sleep(10)
    kill(child.pid, SIGTERM)
    let started = ContinuousClock.now
    let status = child.wait()
    #expect(status == 75, "\(child.stderr)")
    #expect(ContinuousClock.now - started < .seconds(60), "too long to stop after SIGTERM")
    #expect(child.stderr.contains("interrupted by SIGTERM"), "\(child.stderr)")
    let office = try OfficeDatabase(path: db)
    #expect(try office.integrityProblems() == nil)
    // Ten seconds in, the greedy incumbent at least is ready: the draft must be there, whole and valid.
    let draft = try #require(try office.draftPlan(monday: monday))
    #expect(draft.plan.solver.timeLimitHit, "an interrupted solve must say so")
    #expect(Array(try Data(contentsOf: URL(fileURLWithPath: target))) == draft.planBytes, "-o is the stored draft")
    let scenario = try CLI.temporaryFile(String(decoding: draft.scenarioBytes, as: UTF8.self), name: "week.json")
    let check = try CLI.run(["check", scenario, target])
    #expect(check.status == 0, "\(check)")
    #expect(try office.auditTrail(limit: 100).filter { $0.action == "plan" }.count == 1)
  }

  @Test func twoProcessesWriteTheSameRegisterAtOnce() throws {
    let directory = try Self.scratch()
    let db = try Self.smallRegister()
    #expect(try CLI.run(["generate", "--profile", "city", "--seed", "2", "-o", directory + "/city.json"]).status == 0)
    let users = (0..<200).map { "u-csv-\($0);ale-namur;private;5000;Namur" }.joined(separator: "\n")
    let csv = try CLI.temporaryFile("id;agence;type;code_postal;commune\n" + users + "\n", name: "users.csv")
    // The city's agency must exist for nothing; the CSV users belong to the small week's agency.
    let first = try CLI.start(["office", "import", directory + "/city.json", "--db", db, "--by", "nightly"])
    let second = try CLI.start(["office", "import", "--users", csv, "--db", db, "--by", "web"])
    let (one, two) = (try first.wait(), try second.wait())
    #expect(one.status == 0, "\(one)")
    #expect(two.status == 0, "\(two)")
    let office = try OfficeDatabase(path: db)
    #expect(try office.users(search: "u-csv-").count == 200)
    #expect(try office.workers().count == 5 + 300)
    #expect(try office.integrityProblems() == nil)
    #expect(Set(try office.auditTrail(limit: 100_000).map(\.by)) == ["test", "nightly", "web"])
  }
}
