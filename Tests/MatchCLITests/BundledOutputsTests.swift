import Foundation
import Testing

/// The outputs shipped in `scenarios/` are what the program writes today
/// (issue 12 item 21): a change to the solver or the plan format that
/// alters them fails here. Re-record with
/// `RECORD_GOLDEN=1 swift test --filter BundledOutputsTests`.
@Suite struct BundledOutputsTests {
  /// `text` with the solve's wall-clock seconds written as 0, the one field that varies.
  static func zeroingSeconds(_ text: String) -> String {
    text.replacingOccurrences(of: #""seconds": [0-9.eE+-]+"#, with: #""seconds": 0"#, options: .regularExpression)
  }

  @Test(arguments: [("scenarios/small-week.json", "scenarios/small-week.plan.json")])
  func bundledPlanIsWhatPlanWrites(_ scenario: String, _ bundled: String) throws {
    let run = try CLI.run(["plan", scenario, "--quiet"])
    try #require(run.status == 0, "\(run)")
    let written = Self.zeroingSeconds(run.stdout)
    let url = CLI.packageRoot.appendingPathComponent(bundled)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try Data(written.utf8).write(to: url)
    }
    #expect(try CLI.text(bundled) == written, "\(bundled) is not what plan writes; re-record with RECORD_GOLDEN=1")
  }
}
