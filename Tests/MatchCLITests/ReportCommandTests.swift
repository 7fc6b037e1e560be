import Foundation
import Testing

/// `match-cli report`, run as a user would: stdout, stderr and exit status.
@Suite struct ReportCommandTests {
  static let plan = "scenarios/small-week.plan.json"
  static let scenario = "scenarios/small-week.json"

  @Test(arguments: ["text", "html", "csv", "ics"])
  func writesEachFormat(_ format: String) throws {
    let run = try CLI.run(["report", Self.plan, "--scenario", Self.scenario, "--format", format])
    #expect(run.status == 0, "\(run)")
    #expect(!run.stdout.isEmpty)
    #expect(run.stderr.isEmpty, "\(run)")
  }

  @Test func textIsTheGoldenReport() throws {
    for lang in ["fr", "en"] {
      let run = try CLI.run(["report", Self.plan, "--scenario", Self.scenario, "--lang", lang])
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == (try CLI.text("Tests/MatcherTests/Golden/small-week.\(lang).txt")))
    }
  }

  @Test func writesAtomicallyToAFile() throws {
    let path = try CLI.temporaryFile("old", name: "report.csv")
    let run = try CLI.run(["report", Self.plan, "--scenario", Self.scenario, "--format", "csv", "--bom", "--separator", ";", "-o", path])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.isEmpty)
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
  }

  @Test func writesOneCalendarPerWorker() throws {
    let directory = URL(fileURLWithPath: try CLI.temporaryFile("", name: "x")).deletingLastPathComponent().path
    let run = try CLI.run(["report", Self.plan, "--scenario", Self.scenario, "--format", "ics", "--per-worker", directory])
    #expect(run.status == 0, "\(run)")
    for worker in ["w-anne", "w-bruno", "w-chloe", "w-david"] {
      let text = try String(contentsOfFile: directory + "/" + worker + ".ics", encoding: .utf8)
      #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
    }
    #expect(!FileManager.default.fileExists(atPath: directory + "/w-emma.ics"))
  }

  @Test func badScenarioOrPlanExits65() throws {
    let broken = try CLI.run(["report", Self.plan, "--scenario", "scenarios/broken.json"])
    #expect(broken.status == 65, "\(broken)")
    #expect(broken.stdout.isEmpty)
    let notAPlan = try CLI.run(["report", Self.scenario, "--scenario", Self.scenario])
    #expect(notAPlan.status == 65, "\(notAPlan)")
    let otherWeek = try CLI.run(["report", Self.plan, "--scenario", "scenarios/straddle-week.json"])
    #expect(otherWeek.status == 65, "\(otherWeek)")
  }

  @Test func unreadableInputExits66() throws {
    let run = try CLI.run(["report", "no/such/plan.json", "--scenario", Self.scenario])
    #expect(run.status == 66, "\(run)")
    #expect(run.stderr.contains("no/such/plan.json"))
  }

  @Test func unwritableOutputExits73() throws {
    let run = try CLI.run(["report", Self.plan, "--scenario", Self.scenario, "-o", "/nonexistent-dir/report.txt"])
    #expect(run.status == 73, "\(run)")
  }

  @Test(arguments: [
    ["--lang", "de"], ["--format", "pdf"], ["--format", "text", "--bom"], ["--format", "csv", "--separator", "|"],
    ["--format", "text", "--per-worker", "/tmp"],
  ])
  func badUsageExits64(_ extra: [String]) throws {
    let run = try CLI.run(["report", Self.plan, "--scenario", Self.scenario] + extra)
    #expect(run.status == 64, "\(run)")
  }

  @Test func helpHasExamples() throws {
    let run = try CLI.run(["report", "--help"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Examples:") && run.stdout.contains("--per-worker"))
  }

  /// The small week with w-anne no longer available on Tuesday, when the plan sends her twice.
  static func changedScenario() throws -> String {
    var text = try CLI.text(scenario)
    let tuesday = try #require(text.range(of: #"{ "date": "2026-11-24", "from": "07:00", "to": "13:00" }"#))
    text.replaceSubrange(tuesday, with: #"{ "date": "2026-11-25", "from": "07:00", "to": "07:30" }"#)
    return try CLI.temporaryFile(text, name: "changed.json")
  }

  /// A scenario changed since the plan: refused with what no longer holds, nothing written.
  @Test func refusesAPlanThatNoLongerHolds() throws {
    let changed = try Self.changedScenario()
    let output = try CLI.temporaryFile("old report", name: "stale.txt")
    let run = try CLI.run(["report", Self.plan, "--scenario", changed, "-o", output])
    #expect(run.status == 1, "\(run)")
    #expect(run.stdout.isEmpty)
    #expect(run.stderrLines.contains("assignments[0]: [availability] worker w-anne is not available on 2026-11-24"), "\(run)")
    #expect(run.stderr.contains("the plan no longer holds for \(changed) (3 violations): the scenario changed since the plan"), "\(run)")
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "old report")
  }

  /// With --allow-stale the report is written, opening with a warning in the reader's language.
  @Test func allowStalePrintsAWarningFirst() throws {
    let changed = try Self.changedScenario()
    let french = try CLI.run(["report", Self.plan, "--scenario", changed, "--allow-stale"])
    #expect(french.status == 0, "\(french)")
    #expect(french.stdoutLines.first?.hasPrefix("!! ATTENTION : ce plan ne tient plus pour le scénario tel qu'il est aujourd'hui (3 problèmes).") == true, "\(french)")
    let html = try CLI.run(["report", Self.plan, "--scenario", changed, "--allow-stale", "--format", "html", "--lang", "en"])
    #expect(html.stdout.contains(#"<p class="stale" role="alert">WARNING: this plan no longer holds"#), "\(html)")
  }
}
