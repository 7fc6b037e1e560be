import Foundation
import Matcher

/// The plans running in the background, one at most per week.
///
/// A solve runs on a thread of its own, never on the server's threads, so that
/// every other page keeps answering while GLPK works; the page polls `status`.
actor PlanJobs {
  /// Where a week's plan job is.
  enum State: Sendable, Equatable {
    case running(started: ContinuousClock.Instant, limit: Double)
    case done(message: String)
    case failed(message: String)
  }

  private var states: [Day: State] = [:]

  /// The week's job, if one ran since the server started.
  func state(of week: Day) -> State? { states[week] }

  /// Starts `work` on its own thread unless the week already has a job running; false if it had.
  ///
  /// `work` returns the message shown when it is done, or throws the one shown when it fails.
  /// `finished` runs once the work is over, before the state leaves `running` (so that a page that sees the job done reads the new plan).
  func start(week: Day, limit: Double, work: @escaping @Sendable () throws -> String, finished: @escaping @Sendable () async -> Void) -> Bool {
    if case .running = states[week] { return false }
    states[week] = .running(started: .now, limit: limit)
    let thread = Thread {
      let outcome: State
      do { outcome = .done(message: try work()) } catch { outcome = .failed(message: String(describing: error)) }
      Task {
        await finished()
        await self.finish(week: week, outcome)
      }
    }
    thread.name = "plan \(week)"
    thread.stackSize = 16 << 20
    thread.start()
    return true
  }

  /// Waits until the week's job is no longer running (tests, and the load script's end).
  func wait(for week: Day) async {
    while case .running = states[week] { try? await Task.sleep(for: .milliseconds(50)) }
  }

  private func finish(week: Day, _ outcome: State) { states[week] = outcome }

  /// The status as JSON for the page's script: `{"state":"running","elapsed":1.5,"limit":20}`.
  func json(for week: Day) -> String {
    switch states[week] {
    case .running(let started, let limit)?:
      let elapsed = Double((ContinuousClock.now - started).components.attoseconds) / 1e18 + Double((ContinuousClock.now - started).components.seconds)
      return #"{"state":"running","elapsed":\#(elapsed),"limit":\#(limit)}"#
    case .done?: return #"{"state":"done"}"#
    case .failed?: return #"{"state":"failed"}"#
    case nil: return #"{"state":"idle"}"#
    }
  }
}
