import Foundation

extension Scenario {
  /// Largest scenario file read, a guard against hostile input (64 MiB; the
  /// whole of Wallonia's week is about a tenth of that).
  public static let maximumFileBytes = 64 << 20

  /// Loads and checks a scenario from JSON bytes, with the bundled rules as defaults.
  ///
  /// The pinned assignments are checked last, on the finished scenario
  /// (`PinCheck`): a pin that breaks a rule refuses the whole scenario.
  /// - Throws: `ScenarioError` listing every problem, sorted by path.
  public static func load(_ bytes: [UInt8]) throws(ScenarioError) -> Scenario {
    guard bytes.count <= maximumFileBytes else {
      throw ScenarioError(issues: [ScenarioIssue(.tooLarge, at: .root, "the file has \(bytes.count) bytes, at most \(maximumFileBytes) allowed")])
    }
    let decoder = ScenarioDecoder(defaultRules: BundledRules.rules, defaultPolicy: BundledRules.policy)
    let scenario = try decoder.decode(bytes)
    let pinIssues = PinCheck.issues(in: scenario)
    guard pinIssues.isEmpty else { throw ScenarioError(issues: pinIssues) }
    return scenario
  }
}
