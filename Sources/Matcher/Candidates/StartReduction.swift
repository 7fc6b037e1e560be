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
    let length = set.request.map { week.requests[Int($0)].minutes }
    let (order, bucket) = byWorkerDay(set)

    // Clash bitsets, one flat buffer: candidate i's bits start at offset[i]
    // and span words[i] words, over its worker-day's members in `order`.
    var offset = [Int](repeating: 0, count: set.count)
    var words = [Int](repeating: 0, count: set.count)
    var total = 0
    for b in 0..<(bucket.count - 1) {
      let n = bucket[b + 1] - bucket[b]
      let w = (n + 63) / 64
      for i in order[bucket[b]..<bucket[b + 1]] {
        offset[i] = total
        words[i] = w
        total += w
      }
    }
    var clash = [UInt64](repeating: 0, count: total)
    var dayOf = [Int](repeating: 0, count: set.count)
    for b in 0..<(bucket.count - 1) {
      // The day's members copied into plain local arrays: the n² loop below
      // is the hot spot of candidate generation on large weeks.
      let members = Array(order[bucket[b]..<bucket[b + 1]])
      let request = members.map { set.request[$0] }
      let start = members.map { Int(set.start[$0]) }
      let end = members.map { Int(set.start[$0]) + length[$0] + gap }
      for (a, i) in members.enumerated() {
        dayOf[i] = b
        let base = offset[i]
        for c in 0..<members.count where request[c] != request[a] && start[a] < end[c] && start[c] < end[a] {
          clash[base + c >> 6] |= 1 << UInt64(c & 63)
        }
      }
    }
    func isEmpty(_ i: Int) -> Bool { (0..<words[i]).allSatisfy { clash[offset[i] + $0] == 0 } }
    func isSubset(_ k: Int, of i: Int) -> Bool { (0..<words[i]).allSatisfy { clash[offset[k] + $0] & ~clash[offset[i] + $0] == 0 } }
    func isEqual(_ k: Int, _ i: Int) -> Bool { (0..<words[i]).allSatisfy { clash[offset[k] + $0] == clash[offset[i] + $0] } }

    // Groups: same request, worker, month and year. The set is sorted by
    // (request, worker, day, start), so each group is a run of indices.
    var keep = [Bool](repeating: false, count: set.count)
    var first = 0
    while first < set.count {
      var end = first + 1
      let d0 = Int(set.day[first])
      while end < set.count, set.request[end] == set.request[first], set.worker[end] == set.worker[first],
        week.dayMonth[Int(set.day[end])] == week.dayMonth[d0], week.dayYear[Int(set.day[end])] == week.dayYear[d0]
      {
        end += 1
      }
      let members = first..<end
      first = end
      if let free = members.first(where: isEmpty) {
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
        for k in members where k != i && dayOf[k] == dayOf[i] && isSubset(k, of: i) {
          if k < i || !isEqual(k, i) {
            dominated = true
            break
          }
        }
        keep[i] = !dominated
      }
    }
    return set.subset((0..<set.count).filter { keep[$0] })
  }

  /// Candidate indices grouped by (worker, day), each group in index order:
  /// `order[bucket[b] ..< bucket[b + 1]]` is group `b`. A counting sort, no hashing.
  private func byWorkerDay(_ set: CandidateSet) -> (order: [Int], bucket: [Int]) {
    let keys = week.workers.count * 7
    var count = [Int](repeating: 0, count: keys + 1)
    for i in 0..<set.count { count[Int(set.worker[i]) * 7 + Int(set.day[i]) + 1] += 1 }
    for k in 0..<keys { count[k + 1] += count[k] }
    var next = count
    var order = [Int](repeating: 0, count: set.count)
    for i in 0..<set.count {
      let key = Int(set.worker[i]) * 7 + Int(set.day[i])
      order[next[key]] = i
      next[key] += 1
    }
    // Keep only non-empty groups' boundaries.
    var bucket = [0]
    for k in 0..<keys where count[k + 1] > count[k] { bucket.append(count[k + 1]) }
    return (order, bucket)
  }

  /// Indices of the left-justified candidates (and pins), in order.
  func justified(_ set: CandidateSet) -> [Int] {
    let slot = week.policy.slotMinutes
    let gap = week.policy.minGapMinutes
    let (order, bucket) = byWorkerDay(set)
    var keep = [Bool](repeating: false, count: set.count)
    var work: [Int] = []
    for b in 0..<(bucket.count - 1) {
      // One worker-day; members sorted by index, so by request, then start.
      let members = Array(order[bucket[b]..<bucket[b + 1]])
      // Runs of one request: segments [lo, hi) of `members`.
      var segments: [Range<Int>] = []
      var lo = 0
      for k in 1...members.count where k == members.count || set.request[members[k]] != set.request[members[lo]] {
        segments.append(lo..<k)
        lo = k
      }
      var segmentOf = [Int](repeating: 0, count: members.count)
      for (g, segment) in segments.enumerated() { for k in segment { segmentOf[k] = g } }
      var chosen = [Bool](repeating: false, count: members.count)
      work.removeAll(keepingCapacity: true)
      for segment in segments {
        for k in segment {
          let i = members[k]
          let runStart = k == segment.lowerBound || Int(set.start[members[k - 1]]) != Int(set.start[i]) - slot
          // Pinned and kept starts stay where they are, so they too are
          // sources for the starts that follow them.
          if runStart || set.isProtected(i) {
            chosen[k] = true
            work.append(k)
          }
        }
      }
      while let k = work.popLast() {
        let i = members[k]
        let after = Int(set.start[i]) + week.requests[Int(set.request[i])].minutes + gap
        let next = (after + slot - 1) / slot * slot
        for (g, segment) in segments.enumerated() where g != segmentOf[k] {
          // Binary search for `next` among the segment's (sorted) starts.
          var low = segment.lowerBound
          var high = segment.upperBound
          while low < high {
            let mid = (low + high) / 2
            if Int(set.start[members[mid]]) < next { low = mid + 1 } else { high = mid }
          }
          if low < segment.upperBound, Int(set.start[members[low]]) == next, !chosen[low] {
            chosen[low] = true
            work.append(low)
          }
        }
      }
      for k in members.indices where chosen[k] { keep[members[k]] = true }
    }
    return (0..<set.count).filter { keep[$0] }
  }
}
