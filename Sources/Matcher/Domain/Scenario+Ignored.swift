/// Parts of a valid scenario that the planning ignores, to be said aloud
/// (a warning, a count in `validate`'s census) rather than dropped in silence.
package struct IgnoredSpan: Hashable, Sendable, CustomStringConvertible {
  /// The worker whose availability it is, with their position in `workers`.
  package var worker: Worker.ID
  package var workerIndex: Int
  /// Position of the span in the worker's `availability`.
  package var spanIndex: Int
  package var span: TimeSpan
  package var weekStart: Day

  /// `workers[3] (w-x).availability[2].date: 2026-12-01 is outside the week … : ignored`.
  package var description: String {
    "workers[\(workerIndex)] (\(worker)).availability[\(spanIndex)].date: \(span.date) is outside the week "
      + "(\(weekStart) to \(weekStart.adding(days: 6))): this availability is ignored"
  }
}

extension Scenario {
  /// Availability spans of workers on dates outside the planned week, in
  /// file order: the planning never reads them (formats.md: dates outside
  /// the week have no meaning for a week's plan).
  /// - Complexity: O(s) in the availability spans.
  package var availabilityOutsideWeek: [IgnoredSpan] {
    let sunday = weekStart.adding(days: 6)
    var ignored: [IgnoredSpan] = []
    for (workerIndex, worker) in workers.enumerated() {
      for (spanIndex, span) in worker.availability.enumerated() where span.date < weekStart || span.date > sunday {
        ignored.append(IgnoredSpan(worker: worker.id, workerIndex: workerIndex, spanIndex: spanIndex, span: span, weekStart: weekStart))
      }
    }
    return ignored
  }
}
