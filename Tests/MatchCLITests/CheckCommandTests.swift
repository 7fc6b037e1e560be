import Foundation
import Testing

/// `match-cli check`, run as a user would: stdout, stderr and exit status.
@Suite struct CheckCommandTests {
  static let scenario = "scenarios/small-week.json"
  static let plan = "scenarios/small-week.plan.json"

  static let smallWeekMetrics = """
    OK
    scenario           namur-2026-w48-small
    status             optimal (mip, 2 components)
    assignments        6
    covered hours      12 of 15 requested
    weighted coverage  0.75
    travel             2.15 EUR
    continuity         3 assignments
    unassigned         2 requests, 2 seats (no_common_time 1, outcompeted 1)
    rejected           2 (ineligible 1, activity_not_allowed 1)

    """

  @Test func bundledPlanIsOK() throws {
    let run = try CLI.run(["check", Self.scenario, Self.plan])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == Self.smallWeekMetrics)
    #expect(run.stderr == "")
  }

  @Test func readsThePlanFromStandardInput() throws {
    let run = try CLI.run(["check", Self.scenario, "-"], stdin: Self.plan)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == Self.smallWeekMetrics)
  }

  @Test func quietPrintsNothingWhenThePlanHolds() throws {
    let run = try CLI.run(["check", "-q", Self.scenario, Self.plan])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == "")
  }

  /// One edit of the bundled plan, and the violation it must produce.
  struct Tampering: CustomTestStringConvertible, Sendable {
    var name: String
    var edits: [(String, String)]
    var violation: String
    var testDescription: String { name }
  }

  static let tamperings = [
    Tampering(
      name: "ineligible worker",
      edits: [("\"worker\": \"w-chloe\"", "\"worker\": \"w-emma\"")],
      violation: "assignments[3]: [eligibility] worker w-emma is not eligible: unemployed for 10 months, needs 24 under age 45"),
    Tampering(
      name: "block outside its window",
      edits: [("\"start\": \"13:30\"", "\"start\": \"14:00\""), ("\"end\": \"16:30\"", "\"end\": \"17:00\"")],
      violation: "assignments[4]: [window] r-06 needs 3 h from 14:00 on 2026-11-26, beyond the window 13:30-16:30"),
    Tampering(
      name: "wrong travel cost",
      edits: [("\"travelCostEUR\": 2.15", "\"travelCostEUR\": 0.15")],
      violation: "assignments[1].travelCostEUR: [travel_cost] 0.15 EUR differs from the recomputed 2.15 EUR for 7.15 km"),
    Tampering(
      name: "untrue unassigned reason",
      edits: [("\"no_common_time\"", "\"outcompeted\"")],
      violation: "unassigned[1].reasons: [unassigned_reasons] r-07's true reason is no_common_time, not [outcompeted]"),
  ]

  @Test(arguments: tamperings)
  func tamperedPlanFailsNamingTheViolation(_ tampering: Tampering) throws {
    var text = try CLI.text(Self.plan)
    for (old, new) in tampering.edits {
      let range = try #require(text.range(of: old), "the bundled plan has no \(old)")
      text.replaceSubrange(range, with: new)  // the first occurrence only
    }
    let path = try CLI.temporaryFile(text, name: "tampered.plan.json")
    let run = try CLI.run(["check", Self.scenario, path])
    #expect(run.status == 1, "\(run)")
    #expect(run.stdoutLines.contains(tampering.violation), "\(run)")
    let count = run.stdoutLines.count - 1
    #expect(run.stdoutLines.last == "FAILED: \(count) violation\(count == 1 ? "" : "s")")
    #expect(!run.stdout.contains("OK"))
  }

  @Test func planOfAnotherScenarioFails() throws {
    let run = try CLI.run(["check", "scenarios/straddle-week.json", Self.plan])
    #expect(run.status == 1, "\(run)")
    #expect(run.stdoutLines.first == "scenario: [header] the plan is for scenario \"namur-2026-w48-small\", not \"namur-jambes-2026-w49\"")
  }

  @Test func malformedPlanIsBadData() throws {
    var text = try CLI.text(Self.plan)
    text = text.replacingOccurrences(of: "\"ale-plan/1\"", with: "\"ale-plan/2\"")
    text = text.replacingOccurrences(of: "\"hours\": 1.5,", with: "\"hours\": \"1.5\",")
    let path = try CLI.temporaryFile(text, name: "bad.plan.json")
    let run = try CLI.run(["check", Self.scenario, path])
    #expect(run.status == 65, "\(run)")
    #expect(run.stdout == "")
    #expect(run.stderrLines == [
      "assignments[2].hours: expected a number, got a string",
      "assignments[3].hours: expected a number, got a string",
      "format: \"ale-plan/2\" is not ale-plan/1",
      "\(path): 3 problems, not a valid ale-plan/1 plan",
    ])
  }

  @Test func badScenarioIsBadDataEvenWithAGoodPlan() throws {
    let run = try CLI.run(["check", "scenarios/broken.json", Self.plan])
    #expect(run.status == 65, "\(run)")
    #expect(run.stdout == "")
    #expect(run.stderrLines.last?.hasPrefix("scenarios/broken.json: ") == true)
    #expect(run.stderrLines.contains("weekStart: 2026-11-24 is not a Monday"))
  }

  @Test func unreadablePlanExits66() throws {
    let run = try CLI.run(["check", Self.scenario, "scenarios/no-such.plan.json"])
    #expect(run.status == 66, "\(run)")
    #expect(run.stderr == "scenarios/no-such.plan.json: cannot read: No such file or directory\n")
  }

  @Test func bothUnreadableFilesAreNamed() throws {
    let run = try CLI.run(["check", "missing-a.json", "missing-b.json"])
    #expect(run.status == 66, "\(run)")
    #expect(run.stderrLines == [
      "missing-a.json: cannot read: No such file or directory",
      "missing-b.json: cannot read: No such file or directory",
    ])
  }

  @Test func verboseCountsViolations() throws {
    let run = try CLI.run(["check", "--verbose", Self.scenario, Self.plan])
    #expect(run.status == 0, "\(run)")
    #expect(run.stderrLines.contains("match-cli: debug: the validator found 0 violations"))
  }
}

/// The pins of broken-pins.json break rules: the scenario is refused at load.
@Suite struct PinnedScenarioTests {
  @Test func pinsBreakingRulesRefuseTheScenario() throws {
    let run = try CLI.run(["validate", "scenarios/broken-pins.json"])
    #expect(run.status == 65, "\(run)")
    let paths = run.stderrLines.dropLast().compactMap { $0.components(separatedBy: ": ").first }
    #expect(Set(paths) == ["pinned[0]", "pinned[1]", "pinned[2]"])
    #expect(run.stderrLines.contains("pinned[1]: worker w-emma is not eligible: unemployed for 10 months, needs 24 under age 45"))
    #expect(run.stderrLines.last == "scenarios/broken-pins.json: \(run.stderrLines.count - 1) problems, the scenario is refused")
  }
}
