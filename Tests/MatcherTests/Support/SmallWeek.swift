import Foundation
import Testing

@testable import Matcher

/// The small week of `scenarios/` and its checked-in plan, as a report.
enum SmallWeek {
  /// The package root (this file is `Tests/MatcherTests/Support/SmallWeek.swift`).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func bytes(_ relative: String) throws -> [UInt8] {
    Array(try Data(contentsOf: root.appendingPathComponent(relative)))
  }

  static func report(_ language: PlanReport.Language = .fr) throws -> PlanReport {
    let scenario = try Scenario.load(bytes("scenarios/small-week.json"))
    let plan = try Plan.decode(bytes("scenarios/small-week.plan.json"))
    return PlanReport(plan: plan, scenario: scenario, language: language)
  }
}

/// Golden files in `Tests/MatcherTests/Golden/`, compared byte for byte;
/// `RECORD_GOLDEN=1` rewrites them in the source tree.
enum Golden {
  static let directory = SmallWeek.root.appendingPathComponent("Tests/MatcherTests/Golden")

  static func check(_ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try Data(bytes).write(to: url)
      return
    }
    // The source tree first (just re-recorded files are there), the bundled copy otherwise.
    let bundled = Bundle.module.resourceURL.map { $0.appendingPathComponent("Golden/\(name)") }
    let source = FileManager.default.fileExists(atPath: url.path) ? url : (bundled ?? url)
    let expected = Array(try Data(contentsOf: source))
    if expected != bytes {
      let actual = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(name)")
      try? Data(bytes).write(to: actual)
      Issue.record("\(name) differs from the golden file; actual output in \(actual.path) (RECORD_GOLDEN=1 re-records)", sourceLocation: sourceLocation)
    }
  }
}
