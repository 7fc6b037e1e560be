/// One ALE week to plan (`ale-scenario/1`), loaded and classified.
///
/// Records keep their file order. Well-formed records that cannot take part
/// are listed in `rejected` and skipped by `eligibleWorkers` and
/// `plannableRequests`; everything else is known valid (ids unique,
/// references resolved, dates and times parsed, pins within the rules).
public struct Scenario: Sendable {
  public var id: String
  /// The Monday the week starts on.
  public var weekStart: Day
  public var rules: RuleSet
  public var policy: Policy
  public var agencies: [Agency]
  public var workers: [Worker]
  public var users: [User]
  public var requests: [Request]
  public var history: [HistoryPair]
  public var pinned: [Pin]
  /// Records left out of the planning, sorted by kind then id.
  public var rejected: [Rejection]

  public init(
    id: String, weekStart: Day, rules: RuleSet, policy: Policy, agencies: [Agency], workers: [Worker],
    users: [User], requests: [Request], history: [HistoryPair], pinned: [Pin], rejected: [Rejection]
  ) {
    self.id = id
    self.weekStart = weekStart
    self.rules = rules
    self.policy = policy
    self.agencies = agencies
    self.workers = workers
    self.users = users
    self.requests = requests
    self.history = history
    self.pinned = pinned
    self.rejected = rejected.sorted()
    reindex()
  }

  /// Position of each record by id, built once.
  public private(set) var workerIndex: [Worker.ID: Int] = [:]
  public private(set) var userIndex: [User.ID: Int] = [:]
  public private(set) var requestIndex: [Request.ID: Int] = [:]
  public private(set) var agencyIndex: [Agency.ID: Int] = [:]
  private var historyPairs = Set<HistoryPair>()
  private var rejectedWorkers = Set<String>()
  private var rejectedRequests = Set<String>()

  /// Rebuilds the id lookups; call after editing the record lists.
  public mutating func reindex() {
    workerIndex = Dictionary(workers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    userIndex = Dictionary(users.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    requestIndex = Dictionary(requests.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    agencyIndex = Dictionary(agencies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    historyPairs = Set(history)
    rejected.sort()
    rejectedWorkers = Set(rejected.filter { $0.kind == .worker }.map(\.id))
    rejectedRequests = Set(rejected.filter { $0.kind == .request }.map(\.id))
  }

  /// The seven days of the week, Monday first.
  public var days: [Day] { (0..<7).map { weekStart.adding(days: $0) } }

  /// The calendar months the week touches, in order (two when it straddles).
  public var months: [Month] { Array(Set(days.map(\.month))).sorted() }

  /// The calendar years the week touches, in order.
  public var years: [Int] { Array(Set(days.map { $0.components.year })).sorted() }

  public func worker(_ id: Worker.ID) -> Worker? { workerIndex[id].map { workers[$0] } }
  public func user(_ id: User.ID) -> User? { userIndex[id].map { users[$0] } }
  public func request(_ id: Request.ID) -> Request? { requestIndex[id].map { requests[$0] } }
  public func agency(_ id: Agency.ID) -> Agency? { agencyIndex[id].map { agencies[$0] } }

  /// Whether the worker takes part in the planning (not rejected).
  public func isEligible(_ id: Worker.ID) -> Bool { workerIndex[id] != nil && !rejectedWorkers.contains(id.rawValue) }
  /// Whether the request takes part in the planning (not rejected).
  public func isPlannable(_ id: Request.ID) -> Bool { requestIndex[id] != nil && !rejectedRequests.contains(id.rawValue) }

  /// Workers that take part, in file order.
  public var eligibleWorkers: [Worker] { workers.filter { !rejectedWorkers.contains($0.id.rawValue) } }
  /// Requests that take part, in file order.
  public var plannableRequests: [Request] { requests.filter { !rejectedRequests.contains($0.id.rawValue) } }

  /// Whether the (worker, user) pair is known: in `history` or the request's preferred workers.
  public func isContinuity(worker: Worker.ID, request: Request) -> Bool {
    request.preferredWorkers.contains(worker) || historyPairs.contains(HistoryPair(worker: worker, user: request.user))
  }
}
