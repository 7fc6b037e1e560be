import Matcher

/// One worker's hours against every cap, for a month and its year.
public struct WorkerHours: Hashable, Sendable {
  /// One cap's use.
  public struct CapUse: Hashable, Sendable {
    /// The rule set's cap id (`month-standard`, …, `year-all`).
    public var cap: String
    public var limit: Double
    /// Hours counted by the cap: done, planned (published weeks) and opening balances.
    public var used: Double
    public var remaining: Double { limit - used }
  }

  public var worker: String
  public var name: String?
  public var month: Month
  /// The month's hours by cap class.
  public var monthHours: [CapClass: Double]
  /// Hours of the month already done (recorded weeks), the rest being planned or opening balances.
  public var monthDone: Double
  /// The year's hours, every month counted.
  public var yearHours: Double
  /// Every cap of the rule set, in its order.
  public var caps: [CapUse]

  /// The cap with the fewest hours left.
  public var tightest: CapUse? { caps.min { ($0.remaining, $0.cap) < ($1.remaining, $1.cap) } }
}
