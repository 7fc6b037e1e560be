import Foundation
import Testing

/// `plan` refuses what would only look like success (issue 12, items 9
/// and 10): a time limit no clock can hold is a usage error (64), and a
/// week with no plannable request is an error (65), not an empty
/// `optimal` plan at 100 % coverage. Runs the built binary.
@Suite struct PlanRefusalTests {
  static let scenario = "scenarios/small-week.json"

  @Test(arguments: [["--time-limit", "1e16"], ["--time-limit", "1000001"], ["--time-limit=-1"], ["--time-limit", "inf"]])
  func outOfRangeTimeLimitIsUsage(_ options: [String]) throws {
    let run = try CLI.run(["plan", Self.scenario] + options)
    #expect(run.status == 64, "\(run)")
    #expect(run.stderr.contains("--time-limit must be a number of seconds from 0 to 1000000"), "\(run)")
    #expect(run.stdout.isEmpty)
  }

  @Test(arguments: [["--time-limit", "1e16"], ["--options-set", "big=time-limit=1e16"]])
  func batchTimeLimitOutOfRangeIsUsage(_ options: [String]) throws {
    let directory = URL(fileURLWithPath: try CLI.temporaryFile("", name: "x")).deletingLastPathComponent().path
    try FileManager.default.createDirectory(atPath: directory + "/weeks", withIntermediateDirectories: true)
    try CLI.text(Self.scenario).write(toFile: directory + "/weeks/small.json", atomically: false, encoding: .utf8)
    let run = try CLI.run(["batch", directory + "/weeks", "-o", directory + "/out"] + options)
    #expect(run.status == 64, "\(run)")
    #expect(run.stderr.contains("must be a number of seconds from 0 to 1000000"), "\(run)")
    #expect(!FileManager.default.fileExists(atPath: directory + "/out"))
  }

  /// small-week with `edit` applied to its JSON text, in a fresh file.
  static func edited(_ edit: (String) -> String) throws -> String {
    try CLI.temporaryFile(edit(try CLI.text(Self.scenario)), name: "week.json")
  }

  @Test func weekWithNoRequestInItIsAnError() throws {
    // Last week's export planned for the next week: every window is outside it.
    let path = try Self.edited { $0.replacingOccurrences(of: "\"weekStart\": \"2026-11-23\"", with: "\"weekStart\": \"2026-11-30\"") }
    let output = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("plan.json").path
    let run = try CLI.run(["plan", path, "-o", output, "--require", "optimal", "--min-coverage", "0.8"])
    #expect(run.status == 65, "\(run)")
    #expect(run.stderr.contains("no request of this scenario falls in the week of 2026-11-30"), "\(run)")
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func slotOfADayRejectingEveryRequestIsAnError() throws {
    let path = try Self.edited { $0.replacingOccurrences(of: "\"weekStart\": \"2026-11-23\",", with: "\"weekStart\": \"2026-11-23\",\n  \"policy\": {\"slotMinutes\": 1440},") }
    let run = try CLI.run(["plan", path])
    #expect(run.status == 65, "\(run)")
    #expect(run.stderr.contains("no request of this scenario falls in the week of 2026-11-23 or can be planned in it"), "\(run)")
    #expect(run.stderr.contains("bad_duration"), "\(run)")
    #expect(run.stdout.isEmpty)
  }
}
