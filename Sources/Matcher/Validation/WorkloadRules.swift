/// The rules a set of assignments must keep together: seats, distinct
/// workers, no overlap, the minimum gap, the caps and the weekly maximum.
///
/// Shared by `PlanValidator` (the plan's assignments) and `PinCheck` (the
/// scenario's pins). Each violation is reported at the entry that breaks the
/// rule given the entries before it in list order.
struct WorkloadRules: Sendable {
  /// The scenario and the validator's own classification of it.
  let context: ValidationContext

  /// One assignment and where it sits in its document.
  struct Entry: Sendable {
    /// The assignment, as in a plan (pins are dressed as one).
    var assignment: Plan.Assignment
    /// `assignments[3]` or `pinned[0]`.
    var path: String
  }

  /// The ledger of the entries whose worker and request are known, hours from the request.
  func ledger(of entries: [Entry]) -> HourLedger {
    var ledger = HourLedger()
    for entry in entries {
      guard context.scenario.worker(entry.assignment.worker) != nil,
        let request = context.scenario.request(entry.assignment.request), let capClass = context.capClass(of: request)
      else { continue }
      ledger.add(request.hours, of: capClass, on: entry.assignment.date, for: entry.assignment.worker)
    }
    return ledger
  }

  /// Every joint rule the entries break.
  /// - Complexity: O(n + Σ k²) for n entries and k entries per worker and day.
  func violations(of entries: [Entry]) -> [Violation] {
    let scenario = context.scenario
    let rules = AssignmentRules(context: context)
    var found: [Violation] = []
    var seated: [Request.ID: [(worker: Worker.ID, path: String)]] = [:]
    var day: [Worker.ID: [Day: [(block: AssignmentRules.Block, entry: Entry)]]] = [:]
    for entry in entries {
      let a = entry.assignment
      guard scenario.worker(a.worker) != nil, let request = scenario.request(a.request), let block = rules.block(of: a) else { continue }
      let earlier = seated[a.request] ?? []
      if let twin = earlier.first(where: { $0.worker == a.worker }) {
        found.append(Violation(.distinctWorkers, at: entry.path, "worker \(a.worker) already holds a seat of \(a.request) at \(twin.path)"))
      }
      if earlier.count + 1 > request.seats {
        found.append(Violation(.seats, at: entry.path, "\(a.request) gets a worker beyond its \(request.seats) seat\(request.seats == 1 ? "" : "s")"))
      }
      seated[a.request, default: []].append((a.worker, entry.path))

      let gap = scenario.policy.minGapMinutes
      for other in day[a.worker]?[block.date] ?? [] {
        let (first, second) = other.block.start <= block.start ? (other.block, block) : (block, other.block)
        let what = "\(a.request) \(block.text) and \(other.entry.assignment.request) \(other.block.text) at \(other.entry.path)"
        if second.start < first.end {
          found.append(Violation(.overlap, at: entry.path, "worker \(a.worker) has overlapping jobs on \(block.date): \(what)"))
        } else if second.start - first.end < gap {
          found.append(Violation(.minGap, at: entry.path, "worker \(a.worker) has \(second.start - first.end) min between jobs on \(block.date), less than \(gap): \(what)"))
        }
      }
      day[a.worker, default: [:]][block.date, default: []].append((block, entry))
    }

    let ledger = ledger(of: entries)
    var byWorker: [Worker.ID: [Entry]] = [:]
    for entry in entries where scenario.request(entry.assignment.request) != nil {
      byWorker[entry.assignment.worker, default: []].append(entry)
    }
    for id in byWorker.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      guard let worker = scenario.worker(id) else { continue }
      let mine = byWorker[id] ?? []
      for breach in ledger.breaches(of: worker, caps: scenario.rules.caps) {
        let last = mine.last { entry in
          guard let request = scenario.request(entry.assignment.request), let capClass = context.capClass(of: request) else { return false }
          return breach.counts(capClass, on: entry.assignment.date)
        }
        found.append(Violation(.cap, at: last?.path ?? "assignments", "worker \(id)'s \(breach.periodText) reaches \(ValidationContext.text(breach.total)) h, limit \(ValidationContext.text(breach.cap.limit))"))
      }
      if let limit = worker.maxHoursPerWeek, ledger.exceedsWeek(of: worker) {
        found.append(Violation(.weeklyHours, at: mine.last?.path ?? "assignments", "worker \(id) gets \(ValidationContext.text(ledger.weekHours(of: id))) h this week, more than their \(ValidationContext.text(limit)) h"))
      }
    }
    return found
  }
}
