import GLPK

/// Builds the integer program of one component from its candidates.
///
/// One binary column per candidate, objective `ObjectiveScaling`. Rows, all
/// packing rows (`Σ a·x ≤ b`), skipped when the candidates cannot break them:
/// - seats: a request takes at most `workers` candidates;
/// - distinct: a worker takes at most one seat of a multi-seat request
///   (for one seat the seats row already says so);
/// - clique: per worker and day, the maximal cliques of the interval graph
///   of blocks stretched by `minGapMinutes` — no two chosen blocks overlap
///   or come closer than the gap. Clique rows are the strongest form of
///   these conflicts: each replaces up to n(n−1)/2 pairwise rows and gives
///   a tighter LP bound;
/// - cap: per worker and cap slot (cap × month or year), planned hours of the
///   counted classes within the hours left after `worked`;
/// - week: per worker, planned hours within `maxHoursPerWeek`.
/// Pinned candidates get a lower bound of 1.
/// - Complexity: O(candidates × log) plus the clique sweep per worker-day.
struct ModelBuilder {
  let week: PlanningWeek
  let scaling: ObjectiveScaling

  func model(for set: CandidateSet) -> LinearProgram {
    var model = LinearProgram.packing(
      objective: (0..<set.count).map { scaling.objective(set, $0) }, lower: set.pinned.map { $0 ? 1 : 0 })

    var byRequest: [Int: [Int]] = [:]
    var byWorker: [Int: [Int]] = [:]
    for i in 0..<set.count {
      byRequest[Int(set.request[i]), default: []].append(i)
      byWorker[Int(set.worker[i]), default: []].append(i)
    }

    for r in byRequest.keys.sorted() {
      guard let members = byRequest[r] else { continue }
      let request = week.requests[r]
      let name = request.id.rawValue
      var byWorkerOfRequest: [Int32: [Int]] = [:]
      for i in members { byWorkerOfRequest[set.worker[i], default: []].append(i) }
      if request.seats == 1 {
        if members.count > 1 {
          model.addPackingRow("seats_\(r)", columns: members, coefficients: ones(members.count), bound: 1)
        }
      } else {
        if byWorkerOfRequest.count > request.seats {
          model.addPackingRow("seats_\(r)", columns: members, coefficients: ones(members.count), bound: Double(request.seats))
        }
        for w in byWorkerOfRequest.keys.sorted() {
          guard let own = byWorkerOfRequest[w], own.count > 1 else { continue }
          model.addPackingRow("distinct_\(r)_\(w)", columns: own, coefficients: ones(own.count), bound: 1)
        }
      }
      _ = name
    }

    let gap = week.policy.minGapMinutes
    for w in byWorker.keys.sorted() {
      guard let members = byWorker[w] else { continue }
      // Cliques per day.
      var byDay = [[Int]](repeating: [], count: 7)
      for i in members { byDay[Int(set.day[i])].append(i) }
      for d in 0..<7 where byDay[d].count > 1 {
        for (k, clique) in cliques(byDay[d], set: set, gap: gap).enumerated() {
          model.addPackingRow("clique_\(w)_\(d)_\(k)", columns: clique, coefficients: ones(clique.count), bound: 1)
        }
      }
      // Caps and weekly maximum.
      let hours = members.map { week.hours[Int(set.request[$0])] }
      for slot in 0..<week.slotCount {
        let free = week.freeHours[w][slot]
        guard free.isFinite else { continue }
        var columns: [Int] = []
        var coefficients: [Double] = []
        for (k, i) in members.enumerated() {
          let capClass = week.activity[Int(set.request[i])].capClass
          if week.slotsCounting[Int(set.day[i])][capClass.rank].contains(slot) {
            columns.append(i)
            coefficients.append(hours[k])
          }
        }
        // No row without columns: a slot already over its limit (free < 0) has
        // no candidates at all, the enumerator dropped them.
        if !columns.isEmpty, coefficients.reduce(0, +) > free + PlanningWeek.hourTolerance {
          model.addPackingRow("cap_\(w)_\(slot)", columns: columns, coefficients: coefficients, bound: free)
        }
      }
      let limit = week.weekLimit[w]
      if limit.isFinite, hours.reduce(0, +) > limit + PlanningWeek.hourTolerance {
        model.addPackingRow("week_\(w)", columns: members, coefficients: hours, bound: limit)
      }
    }
    return model
  }

  /// Maximal cliques of the interval graph of `[start, end + gap)` blocks.
  ///
  /// Two blocks clash exactly when these half-open intervals meet. Sweeping
  /// starts and ends in time order (ends first on ties), the set of open
  /// intervals just before an end that follows a start is a maximal clique.
  /// Cliques whose members all belong to one request are left out: the
  /// seats and distinct rows cover them.
  func cliques(_ members: [Int], set: CandidateSet, gap: Int) -> [[Int]] {
    var events: [(time: Int, isStart: Bool, index: Int)] = []
    for i in members {
      let s = Int(set.start[i])
      events.append((s, true, i))
      events.append((s + week.minutes[Int(set.request[i])] + gap, false, i))
    }
    events.sort { a, b in
      if a.time != b.time { return a.time < b.time }
      if a.isStart != b.isStart { return !a.isStart }  // ends first
      return a.index < b.index
    }
    var open: [Int] = []
    var result: [[Int]] = []
    var grew = false
    for event in events {
      if event.isStart {
        open.append(event.index)
        grew = true
      } else {
        if grew, open.count > 1 {
          let clique = open.sorted()
          let first = set.request[clique[0]]
          if clique.contains(where: { set.request[$0] != first }) { result.append(clique) }
        }
        grew = false
        if let position = open.firstIndex(of: event.index) { open.remove(at: position) }
      }
    }
    return result
  }

  private func ones(_ count: Int) -> [Double] { [Double](repeating: 1, count: count) }
}
