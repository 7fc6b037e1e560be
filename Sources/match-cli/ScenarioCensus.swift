import Matcher

/// The short census `validate` prints for a valid scenario.
///
/// Counts what the file holds and what takes part in the planning, so a
/// collaborator sees at a glance whether the export is the week they meant.
/// Hours and seats count plannable requests only, as a plan's summary does.
struct ScenarioCensus {
  let scenario: Scenario

  /// Seats of the plannable requests.
  var seats: Int { scenario.plannableRequests.reduce(0) { $0 + $1.seats } }

  /// Hours × seats of the plannable requests.
  var requestedHours: Double { scenario.plannableRequests.reduce(0) { $0 + $1.hours * Double($1.seats) } }

  /// Rejected records per reason code, in formats.md's order.
  var rejectedByCode: [(String, Int)] {
    RejectionReason.allCases.map { reason in (reason.rawValue, scenario.rejected.filter { $0.reason == reason }.count) }
  }

  /// The census, one fact per line.
  var lines: [String] {
    var table = TextTable()
    let monday = scenario.weekStart
    let sunday = monday.adding(days: 6)
    table.add("scenario", scenario.id)
    table.add("week", "\(monday) (Monday) to \(sunday) (Sunday)")
    table.add("months", scenario.months.map(\.description).joined(separator: ", "))
    table.add("agencies", String(scenario.agencies.count))
    table.add("workers", String(scenario.workers.count))
    table.add("eligible", String(scenario.eligibleWorkers.count))
    table.add("users", String(scenario.users.count))
    table.add("requests", String(scenario.requests.count))
    table.add("plannable", String(scenario.plannableRequests.count))
    let rejected = scenario.rejected.count
    table.add("rejected", rejected == 0 ? "0" : "\(rejected) (\(Format.breakdown(rejectedByCode)))")
    table.add("seats", String(seats))
    table.add("requested hours", Format.number(requestedHours))
    table.add("pinned", String(scenario.pinned.count))
    let ignored = scenario.availabilityOutsideWeek.count
    table.add("ignored", ignored == 0 ? "0" : "\(ignored) availability span\(ignored == 1 ? "" : "s") outside the week")
    return table.lines
  }
}
