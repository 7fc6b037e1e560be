import GRDB

/// A planned week: draft → published → recorded, with its plans kept whole.
///
/// `draftPlan`/`draftScenario` hold the last `office plan` (the `ale-plan/1`
/// document and the `ale-scenario/1` it was planned on); publishing copies
/// them to `plan`/`scenario`. The same assignments are rows of
/// `WeekAssignment`, and published ones rows of the ledger.
public struct WeekRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "week"

  /// Where a week stands.
  public enum State: String, Codable, Hashable, Sendable, DatabaseValueConvertible {
    case draft, published, recorded
  }

  /// The Monday, ISO.
  public var monday: String
  public var state: State
  public var draftPlan: String?
  public var draftScenario: String?
  public var plan: String?
  public var scenario: String?
  /// UTC timestamps (ISO 8601) of the last plan, publication and record.
  public var plannedAt: String?
  public var publishedAt: String?
  public var recordedAt: String?

  public init(monday: String, state: State) {
    self.monday = monday
    self.state = state
  }

  public enum Columns {
    public static let monday = Column(CodingKeys.monday)
    public static let state = Column(CodingKeys.state)
  }
}
