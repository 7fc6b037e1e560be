/// Improves a plan by swaps, after GLPK and the greedy completion.
///
/// For each request with a free seat, in index order, and each of its
/// candidates `i` not in the plan: if exactly one planned candidate `j` of
/// the same worker and day is in its way (overlap or closer than the gap),
/// `j` leaves, `i` enters if it then fits every rule, and `j`'s request is
/// re-seated by its best candidate that fits. The swap stays only if the
/// objective strictly grows (coverage first: the objective is
/// lexicographic), else everything is put back. Passes repeat until one
/// changes nothing, at most `maxPasses`: the whole search took 7 ms on the
/// city week and 10 ms on region's largest agency, so it does not watch
/// the clock. Every step keeps the plan feasible (`GreedyState` checks
/// each entry), and the result is completed again by the caller's greedy,
/// so it stays maximal.
/// - Complexity: per pass, O(Σ over short requests of their candidates ×
///   the worker-day's planned blocks + re-seating candidates).
struct SwapSearch {
  let week: PlanningWeek

  func improve(
    _ set: CandidateSet, chosen: [Int], scaling: ObjectiveScaling, maxPasses: Int = 5
  ) -> (chosen: [Int], swaps: Int) {
    var state = GreedyState(week: week)
    var inPlan = [Bool](repeating: false, count: set.count)
    var seated = [Int](repeating: 0, count: week.requests.count)
    // Planned candidates per worker-day, and each request's candidates (a run: the set is sorted by request).
    var planned: [Int: [Int]] = [:]
    var range = [Range<Int>](repeating: 0..<0, count: week.requests.count)
    var first = 0
    while first < set.count {
      var end = first + 1
      while end < set.count, set.request[end] == set.request[first] { end += 1 }
      range[Int(set.request[first])] = first..<end
      first = end
    }
    func enter(_ i: Int) {
      state.take(set, i)
      inPlan[i] = true
      seated[Int(set.request[i])] += 1
      planned[Int(set.worker[i]) * 7 + Int(set.day[i]), default: []].append(i)
    }
    func leave(_ i: Int) {
      state.remove(set, i)
      inPlan[i] = false
      seated[Int(set.request[i])] -= 1
      planned[Int(set.worker[i]) * 7 + Int(set.day[i])]?.removeAll { $0 == i }
    }
    for i in chosen { enter(i) }
    let gap = week.policy.minGapMinutes
    var swaps = 0
    for _ in 0..<maxPasses {
      var changed = false
      for r in range.indices where seated[r] < week.seats[r] {
        for i in range[r] where !inPlan[i] && seated[r] < week.seats[r] {
          if state.fits(set, i) {
            enter(i)
            changed = true
            continue
          }
          let s = Int(set.start[i])
          let e = s + week.minutes[r]
          let blockers = (planned[Int(set.worker[i]) * 7 + Int(set.day[i])] ?? []).filter { j in
            let sj = Int(set.start[j])
            return s < sj + week.minutes[Int(set.request[j])] + gap && sj < e + gap
          }
          guard blockers.count == 1, let j = blockers.first, !set.pinned[j] else { continue }
          leave(j)
          guard state.fits(set, i) else {
            enter(j)
            continue
          }
          enter(i)
          // Re-seat j's request with its best candidate that now fits.
          var best: Int?
          let rj = Int(set.request[j])
          for k in range[rj] where k != j && !inPlan[k] && state.fits(set, k) {
            if best.map({ scaling.objective(set, k) > scaling.objective(set, $0) }) ?? true { best = k }
          }
          let gain = scaling.objective(set, i) + (best.map { scaling.objective(set, $0) } ?? 0) - scaling.objective(set, j)
          if gain > 0 {
            if let best { enter(best) }
            swaps += 1
            changed = true
          } else {
            leave(i)
            enter(j)
          }
        }
      }
      if !changed { break }
    }
    return (inPlan.indices.filter { inPlan[$0] }, swaps)
  }
}
