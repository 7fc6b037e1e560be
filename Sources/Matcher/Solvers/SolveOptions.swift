import Logging

/// How to solve a week: method, time, gap, parallelism and GLPK tuning.
public struct SolveOptions: Sendable {
  /// `mip` (GLPK, greedy fallback) or `greedy` alone.
  public enum Method: String, Sendable, CaseIterable {
    case mip, greedy
  }

  public var method: Method = .mip
  /// Wall-clock budget for the whole week, shared by all components (seconds).
  public var timeLimit: Double = 60
  /// The time limits a caller may give, in seconds (a million: 11 days,
  /// far beyond any week's solve, and far inside what a `Duration` of
  /// milliseconds holds). The command line refuses a limit outside it
  /// (exit 64); the solver clamps one (NaN counts as 0).
  public static let timeLimitRange: ClosedRange<Double> = 0...1_000_000
  /// An absolute end for the solve, when the caller started the clock earlier
  /// (the CLI counts from process start); the earlier of this and `timeLimit` applies.
  public var deadline: ContinuousClock.Instant?
  /// Stop a component once its relative gap is at most this; nil proves optimality.
  public var mipGap: Double?
  /// Components solved at the same time (GLPK's environment is per thread).
  public var jobs: Int = 2
  /// Polled during the solve; returning true stops it like a time limit (signals).
  public var shouldStop: (@Sendable () -> Bool)?
  /// GLPK's presolver (only used when no incumbent or heuristic is given).
  public var presolve = false
  /// Hand our greedy plan to GLPK as its first incumbent.
  public var greedyIncumbent = true
  /// LP-guided rounding offered to GLPK from its callback.
  public var roundingHeuristic = true
  /// GLPK's clique, cover, MIR and Gomory cuts. Gomory cuts are on: on
  /// generated `ale` weeks they close in one node what branching alone
  /// explores for seconds (the later objective terms leave many near-ties).
  public var cliqueCuts = true
  public var coverCuts = false
  public var mirCuts = false
  public var gomoryCuts = true
  /// Components with more candidates than this are solved by column
  /// generation (LP over a growing subset, priced over all candidates).
  public var columnGenerationAbove = 10_000
  /// Before branch and cut, bound *every* component by column generation over
  /// worker weeks (`WorkerWeekBound`, docs/matcher.md §5). Without it, only
  /// components solved by column generation use that bound, and only when
  /// the LP's rounding falls short of the LP's coverage (on city weeks it
  /// never does; on region weeks it proves what the LP cannot); small
  /// components are proven optimal by GLPK alone.
  public var workerWeekBound = false
  /// Master rounds of that bound at most (then its best Lagrangian so far is
  /// the bound): a count, not the clock, so the same week gives the same bound.
  public var workerWeekRounds = 1
  /// Once the worker-week bound proves the weighted coverage, the search stops
  /// when the whole objective is within this relative gap of that bound (0.01 %).
  public var provenCoverageGap = 1e-4
  /// Assignments of a previous plan to keep where the week still allows
  /// them (`--keep`): coverage stays first, then fewest changes.
  package var keep: [Choice] = []
  /// Megabytes each component's GLPK solve may allocate beyond its model
  /// (`MIPOptions.memoryLimitMB`); a component that needs more falls back to
  /// greedy (status `heuristic`) instead of taking the machine's memory. nil: no limit.
  public var memoryLimitMB: Int?
  /// Tests only: components (by index) whose GLPK solve raises a fatal error.
  @_spi(Testing) public var faultyComponents: Set<Int> = []
  /// Where progress and GLPK's own output go (GLPK's at debug level).
  public var logger = Logger(label: "ale.matcher")

  public init() {}

  /// `NAME must be a number of seconds from 0 to 1000000`, for a refused limit.
  public static func timeLimitProblem(_ name: String) -> String {
    "\(name) must be a number of seconds from \(JSONWriter.format(timeLimitRange.lowerBound)) to \(JSONWriter.format(timeLimitRange.upperBound))"
  }
}
