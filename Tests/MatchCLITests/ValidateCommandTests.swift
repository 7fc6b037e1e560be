import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `match-cli validate`, run as a user would: stdout, stderr and exit status.
@Suite struct ValidateCommandTests {
  static let smallWeekCensus = """
    scenario         namur-2026-w48-small
    week             2026-11-23 (Monday) to 2026-11-29 (Sunday)
    months           2026-11
    agencies         1
    workers          5
    eligible         4
    users            6
    requests         8
    plannable        7
    rejected         2 (ineligible 1, activity_not_allowed 1)
    seats            8
    requested hours  15
    pinned           0
    ignored          0

    """

  static let straddleWeekCensus = """
    scenario         namur-jambes-2026-w49
    week             2026-11-30 (Monday) to 2026-12-06 (Sunday)
    months           2026-11, 2026-12
    agencies         2
    workers          9
    eligible         8
    users            10
    requests         18
    plannable        15
    rejected         4 (ineligible 1, activity_not_allowed 1, window_outside_week 1, bad_duration 1)
    seats            16
    requested hours  45
    pinned           1
    ignored          0

    """

  @Test(arguments: [
    ("scenarios/small-week.json", smallWeekCensus),
    ("scenarios/straddle-week.json", straddleWeekCensus),
  ])
  func printsTheCensusOfABundledScenario(path: String, census: String) throws {
    let run = try CLI.run(["validate", path])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == census)
    #expect(run.stderr == "")
  }

  @Test func readsStandardInputForDash() throws {
    let run = try CLI.run(["validate", "-"], stdin: "scenarios/small-week.json")
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == Self.smallWeekCensus)
  }

  @Test func sameInputSameOutput() throws {
    let first = try CLI.run(["validate", "scenarios/straddle-week.json"])
    let second = try CLI.run(["validate", "scenarios/straddle-week.json"])
    #expect(first.stdout == second.stdout)
    #expect(first.stderr == second.stderr)
  }

  /// Each kind of bad input in broken.json, all reported in one run.
  static let brokenPaths = [
    "history[0].worker",  // dangling reference
    "requests[0].hours",  // wrong type
    "requests[1].user",  // dangling reference
    "requests[2].priority",  // out of range
    "users[0].kind",  // missing field
    "weekStart",  // not a Monday
    "workers[1].availability[0].from",  // bad time
    "workers[1].birthDate",  // bad date
    "workers[1].maxHoursPerWek",  // unknown key
    "workers[2].agency",  // dangling reference
    "workers[2].id",  // duplicate id
    "workers[2].ris",  // wrong type
  ]

  @Test func reportsEveryProblemOfABrokenScenario() throws {
    let run = try CLI.run(["validate", "scenarios/broken.json"])
    #expect(run.status == 65, "\(run)")
    #expect(run.stdout == "")
    let lines = run.stderrLines
    let problems = lines.dropLast()
    // A record is named by its id after its index: `workers[1] (w-bruno).birthDate`.
    let paths = problems.compactMap { $0.components(separatedBy: ": ").first?.replacing(#/ \([^)]*\)/#, with: "") }
    for path in Self.brokenPaths {
      #expect(paths.contains(path), "no problem reported at \(path)")
    }
    #expect(paths == paths.sorted(), "problems are sorted by path")
    #expect(lines.last == "scenarios/broken.json: \(problems.count) problems, the scenario is refused")
    #expect(problems.contains("workers[1] (w-bruno).availability[0].from: \"25:00\" is not a time (HH:MM on 24 hours, 00:00 to 23:59)"))
    #expect(problems.contains(#"workers[1] (w-bruno).maxHoursPerWek: unknown key (did you mean "maxHoursPerWeek"?)"#))
    #expect(problems.contains("weekStart: 2026-11-24 is not a Monday"))
  }

  @Test func refusesAFileThatIsNotJSON() throws {
    let path = try CLI.temporaryFile("{ \"format\": ")
    let run = try CLI.run(["validate", path])
    #expect(run.status == 65, "\(run)")
    #expect(run.stderrLines.first == "\(path): not JSON: line 1, column 13: unexpected end of input")
    #expect(run.stderrLines.last == "\(path): 1 problem, the scenario is refused")
  }

  /// The file is named, and its offending line shown with a caret under the column.
  @Test func notJSONShowsTheLine() throws {
    let path = try CLI.temporaryFile("{\n  \"format\": \"ale-scenario/1\",\n  \"id\": 'namur'\n}\n")
    let run = try CLI.run(["validate", path])
    #expect(run.status == 65, "\(run)")
    #expect(
      run.stderrLines == [
        "\(path): not JSON: line 3, column 9: unexpected character",
        #"    "id": 'namur'"#,
        "          ^",
        "\(path): 1 problem, the scenario is refused",
      ])
  }

  /// A plan given where a scenario is expected: said first and alone, not as unknown keys.
  @Test func aPlanIsNotAScenario() throws {
    let run = try CLI.run(["validate", "scenarios/small-week.plan.json"])
    #expect(run.status == 65, "\(run)")
    #expect(
      run.stderrLines == [
        "format: this file is a plan (ale-plan/1), not a scenario (ale-scenario/1): give a scenario here",
        "scenarios/small-week.plan.json: 1 problem, the scenario is refused",
      ])
    // And the other way round, for check (scenario and plan swapped).
    let swapped = try CLI.run(["check", "scenarios/small-week.plan.json", "scenarios/small-week.json"])
    #expect(swapped.status == 65, "\(swapped)")
    #expect(swapped.stderr.contains("format: this file is a scenario (ale-scenario/1), not a plan (ale-plan/1): give a plan here"))
  }

  /// A mistyped subcommand gets the nearest ones, and 64.
  @Test(arguments: [
    ("pln", "unknown subcommand 'pln': did you mean 'plan' or 'pin'? (match-cli plan --help)"),
    ("valdate", "unknown subcommand 'valdate': did you mean 'validate'? (match-cli validate --help)"),
    ("reprot", "unknown subcommand 'reprot': did you mean 'report'? (match-cli report --help)"),
  ])
  func mistypedSubcommand(_ word: String, _ message: String) throws {
    let run = try CLI.run([word, "scenarios/small-week.json"])
    #expect(run.status == 64, "\(run)")
    #expect(run.stderrLines == ["Error: " + message, "Usage: match-cli <subcommand>"])
  }

  @Test func missingFileIsUnreadable() throws {
    let run = try CLI.run(["validate", "scenarios/no-such-week.json"])
    #expect(run.status == 66, "\(run)")
    #expect(run.stdout == "")
    #expect(run.stderr == "scenarios/no-such-week.json: cannot read: No such file or directory\n")
  }

  @Test func directoryIsUnreadable() throws {
    let run = try CLI.run(["validate", "scenarios"])
    #expect(run.status == 66, "\(run)")
    #expect(run.stderr == "scenarios: cannot read: Is a directory\n")
  }

  @Test(.disabled(if: geteuid() == 0, "root reads any file"))
  func fileWithoutPermissionIsUnreadable() throws {
    let path = try CLI.temporaryFile("{}")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
    let run = try CLI.run(["validate", path])
    #expect(run.status == 66, "\(run)")
    #expect(run.stderr == "\(path): cannot read: Permission denied\n")
  }

  @Test(arguments: [
    ["validate"],
    ["validate", "scenarios/small-week.json", "extra"],
    ["validate", "--verbose", "--quiet", "scenarios/small-week.json"],
    ["validate", "--no-such-flag", "scenarios/small-week.json"],
    ["frobnicate"],
    ["check", "scenarios/small-week.json"],
    ["check", "-", "-"],
  ])
  func badUsageExits64(arguments: [String]) throws {
    let run = try CLI.run(arguments)
    #expect(run.status == 64, "\(run)")
    #expect(run.stdout == "")
    #expect(run.stderr.contains("Usage: match-cli"))
  }

  @Test func quietPrintsNothingOnSuccess() throws {
    let run = try CLI.run(["validate", "--quiet", "scenarios/small-week.json"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == "")
    #expect(run.stderr == "")
  }

  @Test func verboseLogsToStandardError() throws {
    let run = try CLI.run(["validate", "--verbose", "scenarios/small-week.json"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == Self.smallWeekCensus)
    #expect(run.stderrLines.first?.hasPrefix("match-cli: debug: read ") == true)
    #expect(run.stderrLines.contains(
      "match-cli: info: rejected worker w-emma: ineligible: unemployed for 10 months, needs 24 under age 45"))
  }

  @Test(arguments: [
    (["--help"], ["match-cli validate scenarios/small-week.json", "SUBCOMMANDS:", "Exit codes:"]),
    (["validate", "--help"], ["match-cli validate scenarios/small-week.json", "Exit codes:", "65  the scenario is refused"]),
    (["help", "validate"], ["match-cli validate scenarios/small-week.json"]),
    (["check", "--help"], [
      "match-cli check scenarios/small-week.json scenarios/small-week.plan.json", "Exit codes:",
      "1   the plan breaks at least one rule",
    ]),
  ])
  func helpShowsExamplesAndExitCodes(arguments: [String], expected: [String]) throws {
    let run = try CLI.run(arguments)
    #expect(run.status == 0, "\(run)")
    for text in expected {
      #expect(run.stdout.contains(text), "help lacks \(text)")
    }
  }

  /// Availability on a date outside the week: a warning naming the worker and the span, and a count in the census.
  @Test func availabilityOutsideTheWeekIsSaid() throws {
    var text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("scenarios/small-week.json"), encoding: .utf8)
    let first = try #require(text.range(of: #""availability": ["#))
    text.replaceSubrange(first, with: #""availability": [ { "date": "2026-12-01", "from": "08:00", "to": "12:00" },"#)
    let path = try CLI.temporaryFile(text)
    let run = try CLI.run(["validate", path])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdoutLines.contains("ignored          1 availability span outside the week"))
    #expect(run.stderr.contains("workers[0] (w-anne).availability[0].date: 2026-12-01 is outside the week (2026-11-23 to 2026-11-29): this availability is ignored"), "\(run)")
  }
}
