import ArgumentParser
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signal that interrupted the run (SIGINT or SIGTERM), 0 while none has.
///
/// A global so the C signal handler can reach it without capturing anything;
/// an atomic store is async-signal-safe, unlike a lock or a `print`.
private let caughtSignal = Atomic<Int32>(0)

/// SIGINT / SIGTERM turned into a flag the solver polls, instead of death.
///
/// The nightly job must never be killed mid-write: an interrupted solve stops
/// at GLPK's next callback (`SolveOptions.shouldStop`), the best valid plan
/// found so far is validated and written atomically, and the process exits
/// 75 (`EX_TEMPFAIL`). Each handler is one-shot (`SA_RESETHAND`): a second
/// identical signal ends the process at once, which `OutputFile`'s rename
/// makes harmless (the old plan stays).
enum InterruptTrap {
  /// Installs the handlers for SIGINT and SIGTERM; call once, before solving.
  static func install() {
    for signal in [SIGINT, SIGTERM] {
      var action = sigaction()
      #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = { caughtSignal.store($0, ordering: .relaxed) }
      #else
        action.__sigaction_handler.sa_handler = { caughtSignal.store($0, ordering: .relaxed) }
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
      sigaction(signal, &action, nil)
    }
    // A parent may hand down a mask that blocks them (a test runner's
    // worker thread, a shell's child): a blocked signal would never stop the solve.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGINT)
    sigaddset(&unblock, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
  }

  /// The signal caught so far, if any.
  static var signal: Int32? {
    let value = caughtSignal.load(ordering: .relaxed)
    return value == 0 ? nil : value
  }

  /// Whether SIGINT or SIGTERM arrived; the solver's `shouldStop`.
  @Sendable static func isInterrupted() -> Bool { caughtSignal.load(ordering: .relaxed) != 0 }

  /// `SIGINT` / `SIGTERM` / `signal N`, for the log.
  static func name(_ signal: Int32) -> String {
    switch signal {
    case SIGINT: "SIGINT"
    case SIGTERM: "SIGTERM"
    default: "signal \(signal)"
    }
  }
}

extension ExitCode {
  /// `plan --require`: the plan was written, but its status is weaker than required.
  static let weakStatus = ExitCode(3)
  /// `plan --min-coverage`: the plan was written, but its weighted coverage is below the minimum.
  static let lowCoverage = ExitCode(4)
  /// `EX_TEMPFAIL`: interrupted by SIGINT or SIGTERM; the best plan so far was written if one was ready.
  static let interrupted = ExitCode(75)
}
