import GRDB

/// One row of the hours ledger: one assignment on one day, its hours, cap class and state.
///
/// Written as `planned` when a week is published, then `done` (with the
/// hours actually worked), `no_show` or `cancelled` when it is recorded.
/// `month` and `year` are the day's own, so a week straddling two months or
/// two years books each day where it belongs.
public struct LedgerEntry: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "ledgerEntry"

  /// What happened to the assignment.
  public enum State: String, Codable, Hashable, Sendable, CaseIterable {
    case planned, done
    case noShow = "no_show"
    case cancelled
  }

  public var id: Int64?
  public var weekMonday: String
  /// The scenario's request id.
  public var request: String
  public var workerId: String
  public var userId: String
  public var activity: String
  public var capClass: String
  public var date: String
  /// `YYYY-MM` of `date`.
  public var month: String
  public var year: Int
  public var start: String
  public var end: String
  public var plannedHours: Double
  /// Hours that count: planned hours while planned, hours worked once done, 0 for a no-show or a cancellation.
  public var hours: Double
  public var state: State

  /// Keeps the row id SQLite gave the new row.
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// The table's columns, for queries.

  public enum Columns {
    public static let weekMonday = Column(CodingKeys.weekMonday)
    public static let workerId = Column(CodingKeys.workerId)
    public static let userId = Column(CodingKeys.userId)
    public static let date = Column(CodingKeys.date)
    public static let month = Column(CodingKeys.month)
    public static let year = Column(CodingKeys.year)
    public static let capClass = Column(CodingKeys.capClass)
    public static let hours = Column(CodingKeys.hours)
    public static let state = Column(CodingKeys.state)
    public static let request = Column(CodingKeys.request)
  }
}
