/// Drops candidate starts that no optimum needs.
///
/// Two candidates of the same worker and request in the same month and year
/// differ, for the model, only in which of the worker's other candidates
/// they clash with (overlap or closer than `minGapMinutes`, same day): they
/// take the same seat, count the same hours under the same cap slots and
/// have the same objective value (no term depends on the start). Let
/// `clash(i)` be the set of candidates of *other* requests that `i` clashes
/// with. If `clash(k) ⊆ clash(i)`, then in any feasible plan using `i`,
/// putting `k` in its place keeps the plan feasible (`k` clashes only with
/// what `i` clashed with, none of which is in the plan) with the same
/// objective; so `i` can be dropped without losing an optimum. Repeating
/// the swap one candidate at a time turns any optimum into one that uses
/// only kept candidates, because we keep, in each group, every candidate
/// not strictly dominated and, among those with equal clash sets, the
/// earliest (day, start). Since clash sets on different days are disjoint,
/// a candidate on another day can dominate only with an empty clash set:
/// then a single clash-free start is kept for the whole group.
///
/// The same argument gives the greedy its maximality: if a dropped `i`
/// could still be added to a plan, so could its dominator.
/// Pinned candidates are always kept.
/// - Complexity: O(Σ over worker-days of n² / 64) with n candidates that day.
struct StartReduction {
  let week: PlanningWeek

  func reduced(_ set: CandidateSet) -> CandidateSet {
    let gap = week.policy.minGapMinutes
    // Candidates of each (worker, day).
    var byWorkerDay: [Int: [Int]] = [:]
    for i in 0..<set.count {
      byWorkerDay[Int(set.worker[i]) * 7 + Int(set.day[i]), default: []].append(i)
    }
    // Clash bitsets per candidate, over its worker-day's candidate list.
    var clash = [[UInt64]](repeating: [], count: set.count)
    var dayMembers = [Int](repeating: 0, count: set.count)
    for key in byWorkerDay.keys.sorted() {
      guard let members = byWorkerDay[key] else { continue }
      let words = (members.count + 63) / 64
      for (a, i) in members.enumerated() {
        dayMembers[i] = key
        var bits = [UInt64](repeating: 0, count: words)
        let si = Int(set.start[i])
        let ei = si + week.requests[Int(set.request[i])].minutes
        for (b, j) in members.enumerated() where set.request[j] != set.request[i] {
          let sj = Int(set.start[j])
          let ej = sj + week.requests[Int(set.request[j])].minutes
          if si < ej + gap && sj < ei + gap { bits[b >> 6] |= 1 << UInt64(b & 63) }
        }
        clash[i] = bits
        _ = a
      }
    }

    // Groups: same worker, request, month and year.
    var groups: [GroupKey: [Int]] = [:]
    for i in 0..<set.count {
      let d = Int(set.day[i])
      groups[GroupKey(worker: set.worker[i], request: set.request[i], month: week.dayMonth[d], year: week.dayYear[d]), default: []].append(i)
    }
    var keep = [Bool](repeating: false, count: set.count)
    for (_, members) in groups {
      // Members are in (day, start) order: the enumerator emits them so.
      if let free = members.first(where: { clash[$0].allSatisfy { $0 == 0 } }) {
        keep[free] = true
        for i in members where set.pinned[i] { keep[i] = true }
        continue
      }
      for i in members {
        if set.pinned[i] {
          keep[i] = true
          continue
        }
        var dominated = false
        for k in members where k != i && dayMembers[k] == dayMembers[i] {
          let subset = zip(clash[k], clash[i]).allSatisfy { $0 & ~$1 == 0 }
          guard subset else { continue }
          let equal = clash[k] == clash[i]
          if !equal || k < i {
            dominated = true
            break
          }
        }
        keep[i] = !dominated
      }
    }
    let kept = (0..<set.count).filter { keep[$0] }
    return set.subset(kept)
  }

  private struct GroupKey: Hashable {
    var worker: Int32
    var request: Int32
    var month: Int
    var year: Int
  }
}
