import Matcher
import Office

/// A week as the pages show it: its record, the scenario and plan to show (the draft if any, else the published one).
struct LoadedWeek: Sendable {
  var monday: Day
  var record: WeekRecord?
  /// The week's scenario: the one the shown plan was made on, else the register's export.
  var scenario: Scenario
  var plan: Plan?
  /// The plan before the last re-plan of this server, for "what changed".
  var previous: Plan?
}

/// Reads weeks from the register, keeping the last parsed version of each in memory.
///
/// A city week's plan and scenario are megabytes of JSON; parsing them on each
/// read of the week page would cost more than the page. The cache key is the
/// week's timestamps, so that any plan, publication or record (by this server,
/// the command line or the nightly job) is seen at the next read.
actor WeekLoader {
  private struct Entry {
    var stamp: String
    var week: LoadedWeek
  }
  private var cache: [Day: Entry] = [:]
  /// The plan each week showed before its last re-plan here.
  private var previous: [Day: Plan] = [:]
  let office: OfficeDatabase

  init(office: OfficeDatabase) { self.office = office }

  /// The week of `monday`; the register's export when it has no plan yet.
  func load(_ monday: Day) throws -> LoadedWeek {
    let record = try office.week(monday: monday)
    let stamp = [record?.state.rawValue, record?.plannedAt, record?.publishedAt, record?.recordedAt].map { $0 ?? "-" }.joined(separator: "|")
    if record?.plannedAt != nil, let entry = cache[monday], entry.stamp == stamp { return entry.week }
    var week: LoadedWeek
    let stored = record?.state == .draft ? try office.draftPlan(monday: monday) : try office.publishedPlan(monday: monday)
    if let stored {
      week = LoadedWeek(monday: monday, record: record, scenario: stored.scenario, plan: stored.plan)
    } else {
      week = LoadedWeek(monday: monday, record: record, scenario: try office.exportWeek(monday: monday).scenario, plan: nil)
    }
    week.previous = previous[monday]
    if record?.plannedAt != nil { cache[monday] = Entry(stamp: stamp, week: week) }
    return week
  }

  /// Remembers the plan shown before a re-plan, for "what changed".
  func remember(_ plan: Plan?, before monday: Day) {
    previous[monday] = plan
    cache[monday] = nil
  }
}
