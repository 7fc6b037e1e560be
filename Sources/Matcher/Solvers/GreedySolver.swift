/// A fast constructive plan: candidates by value density, each taken when it still fits.
///
/// Used three ways: alone (`--solver greedy`), as GLPK's first incumbent,
/// and to complete any solution into a maximal one. Candidates are visited
/// by objective per hour (priority first, then the scaled later terms),
/// ties broken toward requests with fewer candidates, then by index; a
/// candidate is taken if its request has a free seat, the worker is not
/// already on that request, its block keeps `minGapMinutes` from the
/// worker's other blocks that day, and every cap slot and the weekly
/// maximum still hold. Constraints only tighten as candidates are taken, so
/// one pass leaves a *maximal* plan: no skipped candidate could be added at
/// the end (and, by `StartReduction`'s argument, no dropped start either).
/// - Complexity: O(n log n) for n candidates, plus the fit checks.
struct GreedySolver {
  let week: PlanningWeek

  /// The visiting order: by density, scarcity, then index.
  func order(_ set: CandidateSet, scaling: ObjectiveScaling) -> [Int] {
    var perRequest = [Int](repeating: 0, count: week.requests.count)
    for r in set.request { perRequest[Int(r)] += 1 }
    let density = (0..<set.count).map { i in scaling.objective(set, i) / week.hours[Int(set.request[i])] }
    let rivals = set.request.map { perRequest[Int($0)] }
    return (0..<set.count).sorted { a, b in
      if density[a] != density[b] { return density[a] > density[b] }
      if rivals[a] != rivals[b] { return rivals[a] < rivals[b] }
      return a < b
    }
  }

  /// Indices of the chosen candidates, sorted: `initial` first (each kept
  /// if it fits with those before it — a solver's solution always does;
  /// the caller checks), then the pins, then every candidate that still
  /// fits, visited in `order`.
  func solve(_ set: CandidateSet, scaling: ObjectiveScaling, initial: [Int] = [], order given: [Int]? = nil) -> [Int] {
    var state = GreedyState(week: week)
    var chosen: [Int] = []
    var taken = [Bool](repeating: false, count: set.count)
    for i in initial where !taken[i] && state.fits(set, i) {
      state.take(set, i)
      taken[i] = true
      chosen.append(i)
    }
    for i in set.pinned.indices where set.pinned[i] && !taken[i] {
      precondition(state.fits(set, i), "pinned candidate \(i) breaks a rule")
      state.take(set, i)
      taken[i] = true
      chosen.append(i)
    }
    for i in given ?? order(set, scaling: scaling) where !taken[i] && state.fits(set, i) {
      state.take(set, i)
      taken[i] = true
      chosen.append(i)
    }
    return chosen.sorted()
  }
}

/// What a partial plan has used: seats, workers per request, blocks per worker-day, cap hours.
struct GreedyState {
  let week: PlanningWeek
  private var seatsUsed: [Int32: Int] = [:]
  private var onRequest = Set<Int64>()
  private var blocks: [Int: [(start: Int, end: Int)]] = [:]
  private var capUsed: [Int: Double] = [:]
  private var weekUsed: [Int32: Double] = [:]

  init(week: PlanningWeek) { self.week = week }

  /// Whether candidate `i` can join the plan.
  func fits(_ set: CandidateSet, _ i: Int) -> Bool {
    let r = set.request[i]
    let w = set.worker[i]
    if (seatsUsed[r] ?? 0) >= week.seats[Int(r)] { return false }
    if onRequest.contains(Int64(w) << 32 | Int64(r)) { return false }
    let d = Int(set.day[i])
    let s = Int(set.start[i])
    let e = s + week.minutes[Int(r)]
    let gap = week.policy.minGapMinutes
    for block in blocks[Int(w) * 7 + d] ?? [] where s < block.end + gap && block.start < e + gap { return false }
    let hours = week.hours[Int(r)]
    if (weekUsed[w] ?? 0) + hours > week.weekLimit[Int(w)] + PlanningWeek.hourTolerance { return false }
    let capClass = week.activity[Int(r)].capClass
    for slot in week.slotsCounting[d][capClass.rank] {
      let used = capUsed[Int(w) * week.slotCount + slot] ?? 0
      if used + hours > week.freeHours[Int(w)][slot] + PlanningWeek.hourTolerance { return false }
    }
    return true
  }

  /// Forgets candidate `i`, which was taken: the exact reverse of `take`.
  mutating func remove(_ set: CandidateSet, _ i: Int) {
    let r = set.request[i]
    let w = set.worker[i]
    let hours = week.hours[Int(r)]
    seatsUsed[r, default: 0] -= 1
    onRequest.remove(Int64(w) << 32 | Int64(r))
    let d = Int(set.day[i])
    let s = Int(set.start[i])
    if let k = blocks[Int(w) * 7 + d]?.firstIndex(where: { $0.start == s && $0.end == s + week.minutes[Int(r)] }) {
      blocks[Int(w) * 7 + d]?.remove(at: k)
    }
    weekUsed[w, default: 0] -= hours
    for slot in week.slotsCounting[d][week.activity[Int(r)].capClass.rank] {
      capUsed[Int(w) * week.slotCount + slot, default: 0] -= hours
    }
  }

  /// Records candidate `i` as chosen.
  mutating func take(_ set: CandidateSet, _ i: Int) {
    let r = set.request[i]
    let w = set.worker[i]
    let hours = week.hours[Int(r)]
    seatsUsed[r, default: 0] += 1
    onRequest.insert(Int64(w) << 32 | Int64(r))
    let d = Int(set.day[i])
    let s = Int(set.start[i])
    blocks[Int(w) * 7 + d, default: []].append((s, s + week.minutes[Int(r)]))
    weekUsed[w, default: 0] += hours
    for slot in week.slotsCounting[d][week.activity[Int(r)].capClass.rank] {
      capUsed[Int(w) * week.slotCount + slot, default: 0] += hours
    }
  }
}
