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
    let minutes = week.minutes
    let (order, bucket) = byWorkerDay(set)

    // Clash bitsets, one flat buffer: candidate i's bits start at offset[i]
    // and span words[i] words; bit p stands for the p-th member of i's
    // worker-day in (start, index) order.
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
    var members: [Int] = []
    var request: [Int32] = []
    var start: [Int] = []
    var upper: [Int] = []
    var sameRequest: [Int] = []
    var active: [UInt64] = []
    var leaving: [[Int]] = []
    for b in 0..<(bucket.count - 1) {
      // The day's members in start order: bit p stands for members[p]. Two
      // candidates of different requests clash when their blocks (plus the
      // gap) overlap. In start order, the members that p clashes with are
      // the ones after it that start before p's block ends, a contiguous
      // range [p + 1, upper[p]), and the ones before it whose range reaches
      // p, kept in `active` as p sweeps. Rows are filled a word at a time,
      // then p's own request is cleared: O(n² / 64) per worker-day with n
      // members, the hot spot of candidate generation on large weeks.
      members.removeAll(keepingCapacity: true)
      // Sorted by (start, index) as one integer key (index < 2³², start < 2¹⁶).
      members.append(contentsOf: order[bucket[b]..<bucket[b + 1]].map { Int(set.start[$0]) << 32 | $0 })
      members.sort()
      for p in members.indices { members[p] &= 0xFFFF_FFFF }
      let n = members.count
      request.removeAll(keepingCapacity: true)
      start.removeAll(keepingCapacity: true)
      for i in members {
        request.append(set.request[i])
        start.append(Int(set.start[i]))
      }
      upper.removeAll(keepingCapacity: true)
      for p in 0..<n {
        let end = start[p] + minutes[Int(request[p])] + gap
        var low = p + 1
        var high = n
        while low < high {
          let mid = (low + high) / 2
          if start[mid] < end { low = mid + 1 } else { high = mid }
        }
        upper.append(low)
      }
      // Positions grouped by request (stable sort), for clearing a row's own request.
      sameRequest.removeAll(keepingCapacity: true)
      sameRequest.append(contentsOf: 0..<n)
      sameRequest.sort { (request[$0], $0) < (request[$1], $1) }
      var groupOf = [Int](repeating: 0, count: n)
      var groupStart = [0]
      for q in 0..<n {
        if q > 0, request[sameRequest[q]] != request[sameRequest[q - 1]] { groupStart.append(q) }
        groupOf[sameRequest[q]] = groupStart.count - 1
      }
      groupStart.append(n)

      let w = (n + 63) / 64
      active.removeAll(keepingCapacity: true)
      active.append(contentsOf: repeatElement(0, count: w))
      if leaving.count < n + 1 { leaving.append(contentsOf: repeatElement([], count: n + 1 - leaving.count)) }
      for p in 0...n { leaving[p].removeAll(keepingCapacity: true) }
      clash.withUnsafeMutableBufferPointer { clash in
        for p in 0..<n {
          let i = members[p]
          dayOf[i] = b
          let row = offset[i]
          // Earlier members whose block reaches p.
          for c in leaving[p] { active[c >> 6] &= ~(1 << UInt64(c & 63)) }
          for k in 0..<w { clash[row + k] = active[k] }
          // Later members starting before p's block ends: bits [p + 1, upper[p]).
          var lo = p + 1
          let hi = upper[p]
          while lo < hi {
            let word = lo >> 6
            let top = min(hi, (word + 1) << 6)
            let width = top - lo
            let mask: UInt64 = width == 64 ? ~0 : ((1 << UInt64(width)) - 1) << UInt64(lo & 63)
            clash[row + word] |= mask
            lo = top
          }
          for q in groupStart[groupOf[p]]..<groupStart[groupOf[p] + 1] {
            let c = sameRequest[q]
            clash[row + c >> 6] &= ~(1 << UInt64(c & 63))
          }
          if upper[p] > p + 1 {
            active[p >> 6] |= 1 << UInt64(p & 63)
            leaving[upper[p]].append(p)
          }
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
    let minutes = week.minutes
    let (order, bucket) = byWorkerDay(set)
    var keep = [Bool](repeating: false, count: set.count)
    var work: [Int] = []
    var byStart: [Int] = []
    for b in 0..<(bucket.count - 1) {
      // One worker-day; members sorted by index, so by request, then start.
      let members = Array(order[bucket[b]..<bucket[b + 1]])
      // Runs of one request: segment g is members[k] for segmentOf[k] == g.
      var segmentOf = [Int](repeating: 0, count: members.count)
      for k in members.indices.dropFirst() {
        segmentOf[k] = segmentOf[k - 1] + (set.request[members[k]] != set.request[members[k - 1]] ? 1 : 0)
      }
      // Positions in (start, position) order, to find every member starting at a given minute.
      byStart.removeAll(keepingCapacity: true)
      byStart.append(contentsOf: members.indices.map { Int(set.start[members[$0]]) << 32 | $0 })
      byStart.sort()
      for q in byStart.indices { byStart[q] &= 0xFFFF_FFFF }
      var chosen = [Bool](repeating: false, count: members.count)
      work.removeAll(keepingCapacity: true)
      for k in members.indices {
        let i = members[k]
        let runStart = k == 0 || segmentOf[k - 1] != segmentOf[k] || Int(set.start[members[k - 1]]) != Int(set.start[i]) - slot
        // Pinned and kept starts stay where they are, so they too are
        // sources for the starts that follow them.
        if runStart || set.isProtected(i) {
          chosen[k] = true
          work.append(k)
        }
      }
      while let k = work.popLast() {
        let i = members[k]
        let after = Int(set.start[i]) + minutes[Int(set.request[i])] + gap
        let next = (after + slot - 1) / slot * slot
        // Binary search for the first member starting at or after `next`;
        // each other request has at most one start there.
        var low = 0
        var high = byStart.count
        while low < high {
          let mid = (low + high) / 2
          if Int(set.start[members[byStart[mid]]]) < next { low = mid + 1 } else { high = mid }
        }
        while low < byStart.count, Int(set.start[members[byStart[low]]]) == next {
          let m = byStart[low]
          if segmentOf[m] != segmentOf[k], !chosen[m] {
            chosen[m] = true
            work.append(m)
          }
          low += 1
        }
      }
      for k in members.indices where chosen[k] { keep[members[k]] = true }
    }
    return (0..<set.count).filter { keep[$0] }
  }
}
