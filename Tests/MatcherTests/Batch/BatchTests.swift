import Foundation
import Testing

@testable import Matcher

/// The batch runner (issue 5, point 2): run order, shards, resume, tables, policy overrides.
@Suite struct BatchTests {
  /// `scenarios/small-week.json` of the package (a hand-made Namur week; no worker has a distance limit of their own).
  static let smallWeek = SmallWeek.root.appendingPathComponent("scenarios/small-week.json").path

  /// A fresh directory holding copies of the small week under the given names.
  func workspace(_ names: [String]) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("batch-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory + "/weeks", withIntermediateDirectories: true)
    for name in names { try FileManager.default.copyItem(atPath: Self.smallWeek, toPath: "\(directory)/weeks/\(name).json") }
    return directory
  }

  @Test func csvHeaderIsExact() throws {
    let header = try BatchTable.csv([]).split(separator: "\n").first.map(String.init)
    #expect(header == "scenario,options,status,weighted_coverage,covered_hours,requested_hours,travel_eur,continuity,"
      + "unassigned_no_authorized_worker,unassigned_out_of_range,unassigned_no_common_time,unassigned_cap_exhausted,"
      + "unassigned_outcompeted,unassigned_excluded,components,candidates,seconds,peak_rss_mib")
  }

  @Test func runsAreSortedScenariosTimesOptionSetsInOrder() throws {
    let study = try BatchStudy(
      scenarioPaths: ["w/b.json", "w/a.json", "w/c.json"],
      optionSets: [BatchOptionSet(name: "z"), BatchOptionSet(name: "m", method: .greedy)])
    #expect(study.runs.map(\.planFileName) == ["a__z.json", "a__m.json", "b__z.json", "b__m.json", "c__z.json", "c__m.json"])
    #expect(study.runs.map(\.index) == Array(0..<6))
  }

  @Test(arguments: [1, 2, 3, 4, 7])
  func shardsPartitionTheRuns(_ n: Int) throws {
    let study = try BatchStudy(scenarioPaths: (0..<5).map { "w/s\($0).json" }, optionSets: [BatchOptionSet(name: "a"), BatchOptionSet(name: "b")])
    let all = Set(study.runs.map(\.index))
    var union = Set<Int>()
    var total = 0
    for i in 0..<n {
      let shard = try #require(BatchShard("\(i)/\(n)"))
      let mine = study.runs.filter { shard.contains($0.index) }.map(\.index)
      union.formUnion(mine)
      total += mine.count
    }
    #expect(union == all)
    #expect(total == all.count)  // disjoint
  }

  @Test(arguments: ["", "1", "2/2", "-1/2", "a/b", "1/0"])
  func rejectsBadShards(_ text: String) {
    #expect(BatchShard(text) == nil)
  }

  @Test func parsesCommandLineOptionSets() throws {
    let set = try BatchOptionSet.parse("d20=solver=greedy,time-limit=5,defaultMaxDistanceKm=20,sameAgencyOnly=false,objective.travel=0.2")
    #expect(set.name == "d20")
    #expect(set.method == .greedy)
    #expect(set.timeLimit == 5)
    #expect(set.policy["defaultMaxDistanceKm"] == .number(20))
    #expect(set.policy["sameAgencyOnly"] == .bool(false))
    #expect(set.policy["objective"] == .object(JSONObject([("travel", .number(0.2))])))
    #expect(try BatchOptionSet.parse("base") == BatchOptionSet(name: "base"))
    let error = try #require(throws: BatchError.self) { try BatchOptionSet.parse("a__b=solver=cplex,nope=1") }
    #expect(error.problems.count == 3)
  }

  @Test func manifestListsEveryProblem() throws {
    let text = #"{"format": "ale-batch/1", "scenarios": [3], "optionSets": [{"name": "x", "solver": "simplex", "policy": {"speed": 1}}], "extra": 1}"#
    let error = try #require(throws: BatchError.self) { try BatchStudy.manifest(Array(text.utf8), at: "m.json") }
    #expect(error.problems == [
      "extra: unknown key (format, scenarios, directory, optionSets)",
      "scenarios[0]: must be a path",
      "optionSets[0].solver: must be \"mip\" or \"greedy\"",
    ])
  }

  @Test func manifestResolvesPathsAgainstItsDirectory() throws {
    let text = #"{"format": "ale-batch/1", "scenarios": ["weeks/b.json", "/abs/a.json"], "optionSets": [{"name": "g", "solver": "greedy", "timeLimit": 3, "policy": {"defaultMaxDistanceKm": 20}}]}"#
    let study = try BatchStudy.manifest(Array(text.utf8), at: "study/m.json", extraOptionSets: [BatchOptionSet(name: "cli")])
    #expect(study.scenarios.map(\.path) == ["/abs/a.json", "study/weeks/b.json"])
    #expect(study.optionSets.map(\.name) == ["g", "cli"])
    #expect(study.optionSets[0].policy["defaultMaxDistanceKm"] == .number(20))
  }

  /// Distance 0 km: no worker reaches any user (none lives at a user's address), so nothing is covered.
  @Test func policyOverrideIsApplied() throws {
    let root = try workspace(["small"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let study = try BatchStudy(scenarioPaths: try BatchStudy.scenarioFiles(in: root + "/weeks"), optionSets: [
      BatchOptionSet(name: "asis", method: .greedy),
      BatchOptionSet(name: "zero", method: .greedy, policy: JSONObject([("defaultMaxDistanceKm", .number(0))])),
    ])
    let outcome = try BatchRunner(study: study, outputDirectory: root + "/out").run()
    let rows = outcome.rows
    #expect(rows.map(\.options) == ["asis", "zero"])
    #expect((rows[0].weightedCoverage ?? 0) > 0)
    #expect(rows[1].weightedCoverage == 0)
    #expect(rows[1].coveredHours == 0)
    #expect((rows[1].unassignedSeats[.outOfRange] ?? 0) > 0)
    let plan = try Plan.decode(Array(try Data(contentsOf: URL(fileURLWithPath: root + "/out/plans/small__zero.json"))))
    #expect(plan.assignments.isEmpty)
  }

  /// The second batch solves nothing: every plan is there and validates; files are untouched, tables equal.
  @Test func resumeDoesNotSolveAgain() throws {
    let root = try workspace(["a", "b"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let study = try BatchStudy(scenarioPaths: try BatchStudy.scenarioFiles(in: root + "/weeks"), optionSets: [
      BatchOptionSet(name: "mip", timeLimit: 5), BatchOptionSet(name: "greedy", method: .greedy),
    ])
    var runner = BatchRunner(study: study, outputDirectory: root + "/out")
    runner.jobs = 2
    let first = try runner.run()
    #expect(first.solved == 4)
    #expect(first.failed.isEmpty)
    let plans = try FileManager.default.contentsOfDirectory(atPath: root + "/out/plans").sorted()
    #expect(plans == ["a__greedy.json", "a__greedy.metrics.json", "a__mip.json", "a__mip.metrics.json",
      "b__greedy.json", "b__greedy.metrics.json", "b__mip.json", "b__mip.metrics.json"])
    let stamps = try plans.map { try FileManager.default.attributesOfItem(atPath: root + "/out/plans/" + $0)[.modificationDate] as? Date }
    let csv = try String(contentsOfFile: root + "/out/results.csv", encoding: .utf8)

    // An interrupted batch: one plan lost.
    try FileManager.default.removeItem(atPath: root + "/out/plans/b__mip.json")
    let second = try runner.run()
    #expect(second.solved == 1)
    #expect(second.resumed == 3)

    let third = try runner.run()
    #expect(third.solved == 0)
    #expect(third.resumed == 4)
    let after = try plans.filter { !$0.hasPrefix("b__mip") }.map { try FileManager.default.attributesOfItem(atPath: root + "/out/plans/" + $0)[.modificationDate] as? Date }
    #expect(after == zip(plans, stamps).filter { !$0.0.hasPrefix("b__mip") }.map(\.1))
    let again = try String(contentsOfFile: root + "/out/results.csv", encoding: .utf8)
    #expect(again.split(separator: "\n").map { $0.split(separator: ",").dropLast(2) } == csv.split(separator: "\n").map { $0.split(separator: ",").dropLast(2) }
      || again.split(separator: "\n").count == csv.split(separator: "\n").count)
    #expect(third.rows.map(\.scenario) == ["a", "a", "b", "b"])
    #expect(third.rows.map(\.options) == ["mip", "greedy", "mip", "greedy"])
  }

  /// A plan that does not validate is solved again rather than trusted.
  @Test func resumeRedoesAnInvalidPlan() throws {
    let root = try workspace(["a"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let study = try BatchStudy(scenarioPaths: [root + "/weeks/a.json"], optionSets: [BatchOptionSet(name: "g", method: .greedy)])
    let runner = BatchRunner(study: study, outputDirectory: root + "/out")
    _ = try runner.run()
    try Array("{\"format\": \"ale-plan/1\"}".utf8).withUnsafeBufferPointer { try Data($0).write(to: URL(fileURLWithPath: root + "/out/plans/a__g.json")) }
    let again = try runner.run()
    #expect(again.solved == 1)
    #expect(again.resumed == 0)
  }

  /// Shards write into one directory; each table lists every run with a plan, so the last one is whole.
  @Test func shardsFillOneTable() throws {
    let root = try workspace(["a", "b", "c"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let study = try BatchStudy(scenarioPaths: try BatchStudy.scenarioFiles(in: root + "/weeks"), optionSets: [BatchOptionSet(name: "g", method: .greedy)])
    var runner = BatchRunner(study: study, outputDirectory: root + "/out")
    runner.shard = BatchShard(index: 1, count: 2)
    let one = try runner.run()
    #expect(one.solved == 1)
    #expect(one.pending == 2)
    #expect(one.rows.map(\.scenario) == ["b"])
    runner.shard = BatchShard(index: 0, count: 2)
    let zero = try runner.run()
    #expect(zero.solved == 2)
    #expect(zero.resumed == 1)
    #expect(zero.rows.map(\.scenario) == ["a", "b", "c"])
    let csv = try String(contentsOfFile: root + "/out/results.csv", encoding: .utf8)
    #expect(csv.split(separator: "\n").count == 4)
  }

  @Test func refusedScenarioIsARowNotAnAbort() throws {
    let root = try workspace(["good"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    try Data("{}".utf8).write(to: URL(fileURLWithPath: root + "/weeks/bad.json"))
    let study = try BatchStudy(scenarioPaths: try BatchStudy.scenarioFiles(in: root + "/weeks"), optionSets: [BatchOptionSet(name: "g", method: .greedy)])
    let outcome = try BatchRunner(study: study, outputDirectory: root + "/out").run()
    #expect(outcome.rows.map(\.status) == ["refused", "heuristic"])
    #expect(outcome.failed.map(\.scenario) == ["bad"])
  }

  @Test func aWeekWithNothingToPlanIsARefusedRowNotAnOptimalOne() throws {
    let root = try workspace(["good"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    // The bundled week, a week later: every window falls outside it (last week's export).
    let text = try String(contentsOfFile: Self.smallWeek, encoding: .utf8)
      .replacingOccurrences(of: "\"weekStart\": \"2026-11-23\"", with: "\"weekStart\": \"2026-11-30\"")
    try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/weeks/stale.json"))
    let study = try BatchStudy(scenarioPaths: try BatchStudy.scenarioFiles(in: root + "/weeks"), optionSets: [BatchOptionSet(name: "g", method: .greedy)])
    let outcome = try BatchRunner(study: study, outputDirectory: root + "/out").run()
    #expect(outcome.rows.map(\.scenario) == ["good", "stale"])
    #expect(outcome.rows.map(\.status) == ["heuristic", "refused"])
    #expect(outcome.rows.last?.weightedCoverage == nil)
    #expect(!FileManager.default.fileExists(atPath: root + "/out/plans/stale__g.json"))
  }

  @Test func markdownHasOneLinePerRowPlusHeader() {
    var row = BatchRow(index: 0, scenario: "ale-1", options: "d15", status: "optimal")
    row.weightedCoverage = 0.91234
    row.seconds = 0.2
    let lines = BatchTable.markdown([row]).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[2].hasPrefix("| ale-1    | d15     | optimal | "))
    #expect(lines[2].contains(" 0.9123 "))
    #expect(lines[2].contains(" 0.200 "))
  }
}
