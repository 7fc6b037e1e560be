/// How far a request got through the eligibility funnel with its best worker.
///
/// The reason a request stays unseated is the first stage no worker gets
/// past (formats.md); `fits` means some worker passes every stage.
enum FunnelStage: Int, Comparable, Sendable {
  case none = 0  // no eligible worker holds the activity
  case authorised  // some worker holds it, none in reach
  case inReach  // in reach, no availability fits a window
  case commonTime  // fits in time, no hours left under a cap
  case withinCaps  // fits every cap, but only excluded workers
  case fits  // some worker could take it on their own

  static func < (lhs: FunnelStage, rhs: FunnelStage) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The reason code for a request whose best worker stopped at this stage.
  var reason: UnassignedReason {
    switch self {
    case .none: .noAuthorizedWorker
    case .authorised: .outOfRange
    case .inReach: .noCommonTime
    case .commonTime: .capExhausted
    case .withinCaps: .excluded
    case .fits: .outcompeted
    }
  }
}

/// What each candidate filter removed, for the log.
struct FilterStats: Sendable, CustomStringConvertible {
  /// (worker, request) pairs looked at: eligible workers × plannable requests.
  var pairs = 0
  var notAuthorised = 0
  var otherAgency = 0
  var tooFar = 0
  /// Pairs with no start fitting a window and an availability interval.
  var noCommonTime = 0
  /// Starts found on the grid inside a window and an availability interval.
  var starts = 0
  /// Starts that alone would break a cap or the weekly maximum.
  var overCap = 0
  /// Starts of excluded workers.
  var excluded = 0
  /// Starts dropped as dominated or interchangeable (see `StartReduction`).
  var dominated = 0
  /// Candidates kept.
  var kept = 0

  var description: String {
    "pairs \(pairs): not authorised \(notAuthorised), other agency \(otherAgency), too far \(tooFar), no common time \(noCommonTime); "
      + "starts \(starts): over a cap \(overCap), excluded \(excluded), dominated \(dominated); kept \(kept)"
  }
}

/// Every (worker, request, day, start) that could be chosen on its own.
///
/// Struct of arrays indexed by candidate, sorted by (request, worker, day,
/// start) so that the IP's columns and the greedy's ties are deterministic.
struct CandidateSet: Sendable {
  var worker: ContiguousArray<Int32> = []
  var request: ContiguousArray<Int32> = []
  var day: ContiguousArray<Int8> = []
  /// Start in minutes after midnight.
  var start: ContiguousArray<Int16> = []
  var pinned: ContiguousArray<Bool> = []
  /// Matches an assignment of the previous plan (`SolveOptions.keep`): worth keeping.
  var kept: ContiguousArray<Bool> = []
  /// Weighted coverage of the candidate: priority × hours.
  var coverage: ContiguousArray<Double> = []
  /// Unscaled value of the later objective terms (continuity, travel, fairness, RIS bonus).
  var secondary: ContiguousArray<Double> = []
  /// Per request, the funnel stage reached by its best worker.
  var stage: ContiguousArray<FunnelStage> = []
  var stats = FilterStats()

  var count: Int { worker.count }

  /// Pinned or kept: the start reductions never drop it.
  func isProtected(_ i: Int) -> Bool { pinned[i] || kept[i] }

  mutating func append(worker w: Int, request r: Int, day d: Int, start s: Int, pinned p: Bool, kept k: Bool = false, coverage c: Double, secondary v: Double) {
    worker.append(Int32(w))
    request.append(Int32(r))
    day.append(Int8(d))
    start.append(Int16(s))
    pinned.append(p)
    kept.append(k)
    coverage.append(c)
    secondary.append(v)
  }

  /// The candidates at `indices`, in that order (stage and stats kept).
  func subset(_ indices: [Int]) -> CandidateSet {
    var result = CandidateSet()
    result.stage = stage
    result.stats = stats
    for i in indices {
      result.append(worker: Int(worker[i]), request: Int(request[i]), day: Int(day[i]), start: Int(start[i]), pinned: pinned[i], kept: kept[i], coverage: coverage[i], secondary: secondary[i])
    }
    return result
  }
}
