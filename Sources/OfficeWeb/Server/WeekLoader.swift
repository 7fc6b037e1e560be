import Matcher
import Office

/// A week as the pages show it: its record, the scenario and plan to show (the draft if any, else the published one).
struct LoadedWeek: Sendable {
  var monday: Day
  var record: WeekRecord?
  /// The week's scenario: the one the shown plan was made on, else the register's export.
  var scenario: Scenario
  var plan: Plan?
  /// The week's version: its state and timestamps (a new plan, publication or record changes it).
  var stamp: String = ""
  /// The plan before the last re-plan of this server, for "what changed".
  var previous: Plan?
}

/// Reads weeks from the register, keeping the last parsed version of each in memory.
///
/// A city week's plan and scenario are megabytes of JSON; parsing them on each
/// read of the week page would cost more than the page. The cache key is the
/// week's state and timestamps, so that a plan, publication or record by the
/// command line or the nightly job is seen at the next read, plus a generation
/// this server bumps when its own plan ends (two plans may share a second).
actor WeekLoader {
  private struct Entry {
    var stamp: String
    var week: LoadedWeek
  }
  private var cache: [Day: Entry] = [:]
  private var generation: [Day: Int] = [:]
  /// The plan each week showed before its last re-plan here.
  private var previous: [Day: Plan] = [:]
  let office: OfficeDatabase

  init(office: OfficeDatabase) { self.office = office }

  /// The week of `monday`; the register's export when it has no plan yet.
  func load(_ monday: Day) throws -> LoadedWeek {
    let record = try office.week(monday: monday)
    let stamp = [String(generation[monday] ?? 0), record?.state.rawValue, record?.plannedAt, record?.publishedAt, record?.recordedAt]
      .map { $0 ?? "-" }.joined(separator: "|")
    if record?.plannedAt != nil, let entry = cache[monday], entry.stamp == stamp { return entry.week }
    var week: LoadedWeek
    let stored = record?.state == .draft ? try office.draftPlan(monday: monday) : try office.publishedPlan(monday: monday)
    if let stored {
      week = LoadedWeek(monday: monday, record: record, scenario: stored.scenario, plan: stored.plan)
    } else {
      week = LoadedWeek(monday: monday, record: record, scenario: try office.exportWeek(monday: monday).scenario, plan: nil)
    }
    week.previous = previous[monday]
    week.stamp = stamp
    if record?.plannedAt != nil { cache[monday] = Entry(stamp: stamp, week: week) }
    return week
  }

  /// Rendered grids by week version, filter and language, the oldest dropped past `fragmentLimit`.
  private var fragments: [String: String] = [:]
  private var fragmentOrder: [String] = []
  let fragmentLimit = 64

  /// The grid's HTML for `key`, made by `render` the first time.
  func fragment(_ key: String, render: () -> String) -> String {
    if let html = fragments[key] { return html }
    let html = render()
    fragments[key] = html
    fragmentOrder.append(key)
    if fragmentOrder.count > fragmentLimit { fragments[fragmentOrder.removeFirst()] = nil }
    return html
  }

  /// Forgets the week's parsed version: this server just stored a new plan for it.
  func invalidate(_ monday: Day) {
    generation[monday, default: 0] += 1
    cache[monday] = nil
  }

  /// Remembers the plan shown before a re-plan, for "what changed".
  func remember(_ plan: Plan?, before monday: Day) {
    previous[monday] = plan
    cache[monday] = nil
  }
}
