/// One problem of a scenario file (formats.md, "What bad input gets").
public typealias ScenarioIssue = DocumentIssue

/// A refused scenario: every problem found, sorted by path.
public struct ScenarioError: DocumentError, Sendable {
  public var issues: [ScenarioIssue]
  public init(issues: [ScenarioIssue]) { self.issues = issues.sorted() }
}

