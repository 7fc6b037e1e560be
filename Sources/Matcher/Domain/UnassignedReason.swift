/// Why seats of a request stayed empty: the first stage of the funnel no worker got past.
public enum UnassignedReason: String, Hashable, Sendable, CaseIterable, Comparable {
  case noAuthorizedWorker = "no_authorized_worker"
  case outOfRange = "out_of_range"
  case noCommonTime = "no_common_time"
  case capExhausted = "cap_exhausted"
  case outcompeted
  case excluded

  /// Funnel order, as formats.md lists the codes.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}
