/// Slows failed logins down: each failure for a name waits longer than the last.
///
/// The wait is `base × 2^(failures − 1)` seconds, capped at `maximum`; a success
/// clears the name's count. Keyed by the name typed, so that guessing one
/// account's password costs seconds per try even from many connections.
actor LoginThrottle {
  private var failures: [String: Int] = [:]
  let base: Double
  let maximum: Double

  init(base: Double, maximum: Double) {
    self.base = base
    self.maximum = maximum
  }

  /// Records a failure for `name` and returns how long to wait before answering.
  func failed(_ name: String) -> Duration {
    let count = (failures[name] ?? 0) + 1
    failures[name] = count
    let seconds = min(maximum, base * Double(1 << min(count - 1, 20)))
    return .milliseconds(Int64(seconds * 1000))
  }

  /// Clears `name`'s failures after a good password.
  func succeeded(_ name: String) { failures[name] = nil }
}
