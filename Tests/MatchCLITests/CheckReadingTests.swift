import Foundation
import Testing

/// `match-cli check` reads plans as formats.md allows (issue 12 item 11):
/// keys in any order, `unassigned`, `rejected`, `workers` and each
/// worker's months in any order, a reason code listed twice. Only
/// `assignments` has an order. Runs the built binary.
@Suite struct CheckReadingTests {
  /// `scenario` planned, then rewritten as another program might: keys
  /// sorted alphabetically, the three lists and the months reversed, the
  /// first unassigned reason given twice.
  static func reshuffledPlan(of scenario: String) throws -> String {
    let path = try CLI.temporaryFile("", name: "plan.json")
    let run = try CLI.run(["plan", scenario, "-o", path, "--quiet"])
    try #require(run.status == 0, "\(run)")
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    var plan = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in ["unassigned", "rejected", "workers"] {
      let list = try #require(plan[key] as? [Any])
      try #require(list.count > 1, "\(key) needs two entries to be reordered")
      plan[key] = Array(list.reversed())
    }
    var workers = try #require(plan["workers"] as? [[String: Any]])
    for index in workers.indices {
      workers[index]["months"] = ((workers[index]["months"] as? [Any]) ?? []).reversed() as [Any]
    }
    plan["workers"] = workers
    var unassigned = try #require(plan["unassigned"] as? [[String: Any]])
    let reasons = try #require(unassigned[0]["reasons"] as? [String])
    unassigned[0]["reasons"] = reasons + reasons
    plan["unassigned"] = unassigned
    let bytes = try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys, .prettyPrinted])
    try bytes.write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test(arguments: ["scenarios/small-week.json", "scenarios/straddle-week.json"])
  func acceptsAnyOrderButTheAssignments(_ scenario: String) throws {
    let plan = try Self.reshuffledPlan(of: scenario)
    let run = try CLI.run(["check", scenario, plan])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("OK\n"), "\(run)")
  }

  @Test func assignmentsOutOfOrderAreStillAViolation() throws {
    let plan = try Self.reshuffledPlan(of: "scenarios/small-week.json")
    let data = try Data(contentsOf: URL(fileURLWithPath: plan))
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    object["assignments"] = ((object["assignments"] as? [Any]) ?? []).reversed() as [Any]
    try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: URL(fileURLWithPath: plan))
    let run = try CLI.run(["check", "scenarios/small-week.json", plan])
    #expect(run.status == 1, "\(run)")
    #expect(run.stdout.contains("[order]"), "\(run)")
  }
}
