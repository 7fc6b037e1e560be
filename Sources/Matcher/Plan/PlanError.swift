/// A refused plan file (`ale-plan/1`): every problem found, sorted by path.
public struct PlanError: DocumentError, Sendable {
  public var issues: [DocumentIssue]
  public init(issues: [DocumentIssue]) { self.issues = issues.sorted() }
}
