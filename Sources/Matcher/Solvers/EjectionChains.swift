/// Raises a plan's weighted coverage by ejection chains (augmenting paths).
///
/// On city weeks the compact LP's coverage bound is met by some plan (on
/// `city` seed 1 GLPK finds it after about 200 s), but the incumbents GLPK
/// reaches in seconds fall one or two coverage units short: a request left
/// out could be seated if a worker gave up one job, which another worker
/// could take over, and so on (docs/matcher.md, "Proof at city scale").
/// This search seats a request with a free seat by such a chain: candidate
/// `i` of the request enters, the planned jobs in its way leave (those of
/// its worker that day that overlap or come closer than the gap, plus at
/// most one more of that worker when a cap or the weekly maximum still
/// blocks it), and each request that lost a seat is seated again the same
/// way, one level deeper. A request may stay out at the end of a chain only
/// if the chain still gains at least one coverage unit (`allowance`). A
/// chain that fails is undone entirely, so the plan stays feasible at every
/// step (`GreedyState` checks each entry) and its weighted coverage only
/// grows; pinned jobs never leave.
///
/// The work is bounded by a count of expansions, not by the clock, so the
/// same plan in gives the same plan out.
/// - Complexity: at most `budget` expansions, each a fit check and a scan
///   of one worker's planned jobs.
struct EjectionChains {
  let week: PlanningWeek
  /// Candidates tried, over the whole call.
  var budget = 150_000
  /// Levels of a chain below the request it seats.
  var maxDepth = 4
  /// Jobs tried, one at a time, when a cap or the weekly maximum blocks a candidate.
  var maxCapOptions = 2
  /// Expansions each request may use at least, in one pass.
  var shareMin = 1_000

  /// `chosen`, improved; `chains` counts the chains kept (each gains coverage).
  func improve(_ set: CandidateSet, chosen: [Int], scaling: ObjectiveScaling) -> (chosen: [Int], chains: Int) {
    var search = Search(week: week, set: set, scaling: scaling, maxCapOptions: maxCapOptions)
    for i in chosen { search.take(i) }
    search.log.removeAll()
    var chains = 0
    var improved = true
    while improved, search.expansions < budget {
      improved = false
      let open = search.requestsWithFreeSeats()
      for r in open where search.seated[r] < week.seats[r] {
        guard search.expansions < budget else { break }
        // Cheap chains first: iterative deepening, each request with its share of the budget.
        let share = search.expansions + max(shareMin, (budget - search.expansions) / max(1, open.count))
        for depth in 1...maxDepth {
          var chain: Set<Int> = [r]
          var allowance = search.units[r] - 1
          let mark = search.log.count
          search.limit = share
          if search.seat(r, depth: depth, chain: &chain, allowance: &allowance) {
            search.log.removeAll()
            chains += 1
            improved = true
            break
          }
          search.rollback(to: mark)
          if search.expansions >= share { break }
        }
      }
    }
    return (search.inPlan.indices.filter { search.inPlan[$0] }, chains)
  }

  /// The mutable state of one `improve` call, with an undo log.
  private struct Search {
    let week: PlanningWeek
    let set: CandidateSet
    let maxCapOptions: Int
    var state: GreedyState
    var inPlan: [Bool]
    var seated: [Int]
    /// Coverage units of each request (priority × slots; the same for all its candidates).
    var units: [Int]
    /// Per request, its candidates, best objective first.
    var candidates: [[Int]]
    /// Per worker, the planned candidates.
    var planned: [Int32: [Int]] = [:]
    /// (candidate, entered) per step since the last commit.
    var log: [(candidate: Int, entered: Bool)] = []
    var expansions = 0
    var limit = 0

    init(week: PlanningWeek, set: CandidateSet, scaling: ObjectiveScaling, maxCapOptions: Int) {
      self.maxCapOptions = maxCapOptions
      self.week = week
      self.set = set
      state = GreedyState(week: week)
      inPlan = [Bool](repeating: false, count: set.count)
      seated = [Int](repeating: 0, count: week.requests.count)
      units = [Int](repeating: 0, count: week.requests.count)
      candidates = [[Int]](repeating: [], count: week.requests.count)
      let value = (0..<set.count).map { scaling.objective(set, $0) }
      for i in 0..<set.count {
        let r = Int(set.request[i])
        candidates[r].append(i)
        units[r] = max(units[r], scaling.coverageUnits(i))
      }
      for r in candidates.indices where candidates[r].count > 1 {
        candidates[r].sort { value[$0] != value[$1] ? value[$0] > value[$1] : $0 < $1 }
      }
    }

    /// Requests with a free seat and candidates, most coverage units first.
    func requestsWithFreeSeats() -> [Int] {
      candidates.indices.filter { !candidates[$0].isEmpty && seated[$0] < week.seats[$0] }
        .sorted { units[$0] != units[$1] ? units[$0] > units[$1] : $0 < $1 }
    }

    mutating func take(_ i: Int) {
      state.take(set, i)
      inPlan[i] = true
      seated[Int(set.request[i])] += 1
      planned[set.worker[i], default: []].append(i)
      log.append((i, true))
    }

    mutating func drop(_ i: Int) {
      state.remove(set, i)
      inPlan[i] = false
      seated[Int(set.request[i])] -= 1
      planned[set.worker[i]]?.removeAll { $0 == i }
      log.append((i, false))
    }

    /// Undoes every step after `mark`, newest first.
    mutating func rollback(to mark: Int) {
      while log.count > mark {
        let step = log.removeLast()
        if step.entered { drop(step.candidate) } else { take(step.candidate) }
        log.removeLast()
      }
    }

    /// Seats request `r` once more, by a chain at most `depth` levels deep;
    /// on failure the state is as it was.
    mutating func seat(_ r: Int, depth: Int, chain: inout Set<Int>, allowance: inout Int) -> Bool {
      for i in candidates[r] where !inPlan[i] && state.fits(set, i) {
        take(i)
        return true
      }
      guard depth > 0 else { return false }
      let gap = week.policy.minGapMinutes
      for i in candidates[r] where !inPlan[i] {
        expansions += 1
        if expansions >= limit { return false }
        let w = set.worker[i]
        let mine = planned[w] ?? []
        if mine.contains(where: { Int(set.request[$0]) == r }) { continue }
        let d = set.day[i]
        let s = Int(set.start[i])
        let e = s + week.minutes[r]
        let overlap = mine.filter { j in
          guard set.day[j] == d else { return false }
          let sj = Int(set.start[j])
          return s < sj + week.minutes[Int(set.request[j])] + gap && sj < e + gap
        }
        if overlap.contains(where: { set.pinned[$0] || chain.contains(Int(set.request[$0])) }) { continue }
        let mark = log.count
        for j in overlap { drop(j) }
        var options: [[Int]] = []
        if state.fits(set, i) {
          options.append(overlap)
        } else {
          // A cap or the weekly maximum: one more of the worker's jobs leaves.
          for j in mine where !overlap.contains(j) && !set.pinned[j] && !chain.contains(Int(set.request[j])) {
            drop(j)
            if state.fits(set, i) { options.append(overlap + [j]) }
            take(j)
            log.removeLast(2)
            if options.count == maxCapOptions { break }
          }
        }
        rollback(to: mark)
        for leaving in options {
          let before = log.count
          let savedAllowance = allowance
          for j in leaving { drop(j) }
          take(i)
          let requests = leaving.map { Int(set.request[$0]) }
          let added = requests.filter { chain.insert($0).inserted }
          var ok = true
          for rj in requests {
            if seat(rj, depth: depth - 1, chain: &chain, allowance: &allowance) { continue }
            if units[rj] <= allowance {
              allowance -= units[rj]
            } else {
              ok = false
              break
            }
          }
          if ok { return true }
          rollback(to: before)
          allowance = savedAllowance
          for rj in added { chain.remove(rj) }
          if expansions >= limit { return false }
        }
      }
      return false
    }
  }
}
