import Foundation
import Matcher

/// The week on one screen: a row per worker, a column per day, the uncovered requests below.
///
/// Built from the week's scenario (as the register exports it) and its plan; rows
/// and lists are sorted by id, so the same week gives the same page.
struct WeekGrid {
  /// One assignment in a cell: a link to its actions.
  struct Item {
    var time: String
    var userName: String
    var activity: String
    var href: String
    var pinned: Bool
  }
  /// One day of one worker.
  struct Cell { var items: [Item] }
  /// One worker's week.
  struct Row {
    var workerID: String
    var workerName: String
    var hours: String
    var cells: [Cell]
  }
  /// A request left (partly) open, with its reason in plain words.
  struct Uncovered {
    var requestID: String
    var userName: String
    var activity: String
    var when: String
    var seats: Int
    var reasons: String
    var href: String
  }
  /// A day column's heading.
  struct DayHead {
    var iso: String
    var label: String
  }

  var week: String
  var days: [DayHead]
  var rows: [Row]
  var uncovered: [Uncovered]
  /// Assignments the filter kept.
  var shown: Int

  init(scenario: Scenario, plan: Plan, filter: WeekFilter, language: WebLanguage) {
    let names = Names(scenario: scenario, language: language)
    let dates = scenario.days
    let iso = scenario.weekStart.description
    week = iso
    days = dates.map { DayHead(iso: $0.description, label: names.day($0)) }
    var byWorker: [Worker.ID: [Plan.Assignment]] = [:]
    var shown = 0
    for a in plan.assignments.sorted()
    where filter.keeps(
      worker: a.worker, workerName: names.worker(a.worker), user: a.user, userName: names.user(a.user), days: [a.date], activity: a.activity)
    {
      byWorker[a.worker, default: []].append(a)
      shown += 1
    }
    self.shown = shown
    rows = byWorker.keys.sorted().map { worker in
      let jobs = byWorker[worker] ?? []
      let cells = dates.map { day in
        Cell(
          items: jobs.filter { $0.date == day }.sorted { ($0.start, $0.request) < ($1.start, $1.request) }.map { a in
            Item(
              time: "\(a.start)–\(a.end)", userName: names.user(a.user), activity: names.activity(a.activity),
              href: "/week/assignment?week=\(iso)&request=\(a.request.rawValue.urlQuery)&worker=\(a.worker.rawValue.urlQuery)",
              pinned: a.pinned)
          })
      }
      let hours = jobs.reduce(0) { $0 + $1.hours }
      return Row(workerID: worker.rawValue, workerName: names.worker(worker), hours: Self.hours(hours, language), cells: cells)
    }
    uncovered = plan.unassigned.sorted { $0.request < $1.request }.compactMap { open in
      guard let request = scenario.request(open.request) else { return nil }
      let dates = request.windows.map(\.date)
      guard
        filter.keeps(
          worker: nil, workerName: "", user: request.user, userName: names.user(request.user), days: dates, activity: request.activity),
        filter.worker.isEmpty
      else { return nil }
      let when = request.windows.map { "\(names.day($0.date)) \($0.from)–\($0.to)" }.joined(separator: ", ")
      let reasons = open.reasons.map { WebLabels.text("reason." + $0.rawValue, language) }.joined(separator: " ; ")
      return Uncovered(
        requestID: request.id.rawValue, userName: names.user(request.user), activity: names.activity(request.activity),
        when: when, seats: open.seatsMissing, reasons: reasons,
        href: "/week/request?week=\(iso)&request=\(request.id.rawValue.urlQuery)")
    }
  }

  /// Hours with at most two decimals: `2,5 h` in French, `2.5 h` in English.
  static func hours(_ value: Double, _ language: WebLanguage) -> String {
    let rounded = (value * 100).rounded() / 100
    let text = rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
    return (language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text) + " h"
  }
}

extension String {
  /// Percent-escaped for a query value (ids are plain, but a register may hold anything).
  var urlQuery: String {
    let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    return addingPercentEncoding(withAllowedCharacters: allowed) ?? self
  }
}
