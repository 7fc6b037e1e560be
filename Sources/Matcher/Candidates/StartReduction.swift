/// Drops candidate starts that no optimum needs, in two exact steps.
///
/// **1. Left-justified starts.** Take any feasible plan and one worker's
/// day, jobs in time order. Shift the first job to the earliest start of
/// its run of allowed starts (consecutive grid starts that fit a window and
/// an availability interval), then each next job to the earliest allowed
/// start of its run that keeps `minGapMinutes` after the previous job. Jobs
/// only move earlier, so nothing else breaks; seats, caps and the objective
/// do not depend on the start. Every start is then either the first start of
/// a run, or the first grid point at or after (the previous job's justified
/// start + its length + the gap). `justified` computes exactly that set,
/// per worker and day, as a fixpoint; the other starts go.
///
/// **2. Dominated starts.** Two remaining candidates of the same worker and
/// request in the same month and year differ, for the model, only in which
/// of the worker's other candidates they clash with (overlap or closer than
/// the gap, same day). Let `clash(i)` be the set of candidates of *other*
/// requests that `i` clashes with. If `clash(k) ⊆ clash(i)`, then in any
/// feasible plan using `i`, putting `k` in its place keeps the plan
/// feasible with the same objective; so `i` can go. Swapping one candidate
/// at a time turns any optimum into one that uses only kept candidates: we
/// keep every candidate not strictly dominated and, among equal clash sets,
/// the earliest (day, start). Clash sets on different days are disjoint, so
/// across days only an empty clash set dominates: then one clash-free start
/// is kept for the whole group.
///
/// The same arguments give the greedy its maximality against *all* starts:
/// a start that could still be added to a plan built from kept candidates
/// can be left-justified against the plan's previous job (a kept start) and
/// then replaced by its dominator, both still addable.
/// Pinned candidates, and candidates matching the previous plan under
/// `--keep` (their objective differs), are always kept, and their starts
/// are sources of step 1 like the first starts of runs.
/// - Complexity: O(Σ over worker-days of n² / 64) with n candidates that day.
struct StartReduction {
  let week: PlanningWeek

  func reduced(_ input: CandidateSet) -> CandidateSet {
    let set = input.subset(justified(input))
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
        for i in members where set.isProtected(i) { keep[i] = true }
        continue
      }
      for i in members {
        if set.isProtected(i) {
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

  /// Indices of the left-justified candidates (and pins), in order.
  func justified(_ set: CandidateSet) -> [Int] {
    let slot = week.policy.slotMinutes
    let gap = week.policy.minGapMinutes
    var byWorkerDay: [Int: [Int]] = [:]
    for i in 0..<set.count {
      byWorkerDay[Int(set.worker[i]) * 7 + Int(set.day[i]), default: []].append(i)
    }
    var keep = [Bool](repeating: false, count: set.count)
    for key in byWorkerDay.keys.sorted() {
      guard let members = byWorkerDay[key] else { continue }
      // Allowed starts per request (members come sorted by request, then start).
      var allowed: [Int32: Set<Int>] = [:]
      var index: [Int32: [Int: Int]] = [:]
      for i in members {
        allowed[set.request[i], default: []].insert(Int(set.start[i]))
        index[set.request[i], default: [:]][Int(set.start[i])] = i
      }
      var chosen: [Int32: Set<Int>] = [:]
      var work: [(request: Int32, start: Int)] = []
      for (request, starts) in allowed {
        for s in starts where !starts.contains(s - slot) {  // first start of a run
          chosen[request, default: []].insert(s)
          work.append((request, s))
        }
      }
      // Pinned and kept starts stay where they are, so they too are sources
      // for the starts that follow them.
      for i in members where set.isProtected(i) && chosen[set.request[i], default: []].insert(Int(set.start[i])).inserted {
        work.append((set.request[i], Int(set.start[i])))
      }
      while let (request, start) = work.popLast() {
        let after = start + week.requests[Int(request)].minutes + gap
        let next = (after + slot - 1) / slot * slot
        for (other, starts) in allowed where other != request && starts.contains(next) {
          if chosen[other, default: []].insert(next).inserted { work.append((other, next)) }
        }
      }
      for (request, starts) in chosen {
        for s in starts { if let i = index[request]?[s] { keep[i] = true } }
      }
      for i in members where set.isProtected(i) { keep[i] = true }
    }
    return (0..<set.count).filter { keep[$0] }
  }
}
