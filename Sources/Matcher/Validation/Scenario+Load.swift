extension Scenario {
  /// Loads and checks a scenario from JSON bytes, with the bundled rules as defaults.
  ///
  /// Decoding (`Scenario.decode`) and the pin check (`PinCheck`) composed
  /// here, above both: the pinned assignments are checked last, on the
  /// finished scenario, and a pin that breaks a rule refuses the whole scenario.
  /// - Throws: `ScenarioError` listing every problem, sorted by path.
  public static func load(_ bytes: [UInt8]) throws(ScenarioError) -> Scenario {
    let scenario = try decode(bytes)
    let pinIssues = PinCheck.issues(in: scenario)
    guard pinIssues.isEmpty else { throw ScenarioError(issues: pinIssues) }
    return scenario
  }
}
