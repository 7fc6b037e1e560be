/// When one component's search must stop: its share of the budget while
/// other components wait for a thread, the solve's own deadline once none
/// waits.
///
/// A component's share (`Solver.budget`) exists only to free its thread for
/// the components still queued. Once the queue is empty, stopping it early
/// frees nothing: the time left would go unused (a `region` week stopped at
/// 9 s of a 60 s limit). So a running component's end moves to the solve's
/// deadline as soon as the last component has started. The solve's deadline
/// is the user's `--time-limit`. A stop there, a signal, or a stop at the
/// share are all `timeLimitHit`: each makes the plan depend on timing (and a
/// share depends on `--jobs`), and formats.md promises the same bytes unless
/// a time limit was hit.
struct ComponentDeadline: Sendable {
  /// The end of the component's share, fixed when it starts.
  let share: ContinuousClock.Instant
  /// The end of the whole solve (the user's limit, less the CLI's reserve).
  let solve: ContinuousClock.Instant
  /// True once every component has started (none waits for a thread).
  let queueDrained: @Sendable () -> Bool

  /// The end that applies now: the share while components wait, else the solve's.
  var current: ContinuousClock.Instant { queueDrained() ? solve : min(share, solve) }

  /// Whether `now` is past the end that applies now.
  func hasPassed(_ now: ContinuousClock.Instant = .now) -> Bool { now >= current }
}
