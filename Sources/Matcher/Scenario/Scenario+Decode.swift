extension Scenario {
  /// Largest scenario file read, a guard against hostile input (64 MiB; the
  /// whole of Wallonia's week is about a tenth of that).
  public static let maximumFileBytes = 64 << 20

  /// Decodes a scenario from JSON bytes, with the bundled rules as defaults,
  /// without checking its pins against the rules (that is `Scenario.load`).
  /// - Throws: `ScenarioError` listing every problem, sorted by path.
  static func decode(_ bytes: [UInt8]) throws(ScenarioError) -> Scenario {
    guard bytes.count <= maximumFileBytes else {
      throw ScenarioError(issues: [ScenarioIssue(.tooLarge, at: .root, "the file has \(bytes.count) bytes, at most \(maximumFileBytes) allowed")])
    }
    let decoder = ScenarioDecoder(defaultRules: BundledRules.rules, defaultPolicy: BundledRules.policy)
    return try decoder.decode(bytes)
  }
}
