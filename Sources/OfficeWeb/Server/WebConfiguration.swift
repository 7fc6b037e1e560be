import Foundation

/// How `match-cli serve` runs: where it listens, which database it opens, how long a plan may take.
///
/// Loopback (`127.0.0.1`, `::1`, `localhost`) is the default. Any other host makes the
/// app reachable from the network, so `WebApp.build` refuses to start it unless
/// accounts exist, and then every page needs a login.
public struct WebConfiguration: Sendable {
  /// The address to bind.
  public var host: String
  /// The port; 0 lets the system choose (tests).
  public var port: Int
  /// Seconds the solver gets when a collaborator presses "plan".
  public var planTimeLimit: Double
  /// Seconds added to a failed login's answer, doubled with each failure of the same name (up to `maximumLoginDelay`).
  public var loginDelay: Double
  /// The longest a failed login waits, in seconds.
  public var maximumLoginDelay: Double
  /// A worker is "near" a cap when the hours left are at most this fraction of it (the hours page marks them).
  public var nearCapFraction = 0.1

  /// Defaults: loopback, port 8080, 20 s plans, 1 s after a failed login (at most 8 s).
  public init(host: String = "127.0.0.1", port: Int = 8080, planTimeLimit: Double = 20, loginDelay: Double = 1, maximumLoginDelay: Double = 8) {
    self.host = host
    self.port = port
    self.planTimeLimit = planTimeLimit
    self.loginDelay = loginDelay
    self.maximumLoginDelay = maximumLoginDelay
  }

  /// Whether the host is reachable only from this machine.
  public var isLoopback: Bool {
    ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
  }
}

/// Why the app refuses to start.
public enum WebStartError: Error, CustomStringConvertible, Equatable {
  /// A non-loopback host was asked for while the database holds no account.
  case accountsRequired(host: String)

  public var description: String {
    switch self {
    case .accountsRequired(let host):
      "refusing to listen on \(host) without accounts: anyone on the network could change the register. "
        + "Add one first with `match-cli office user add NAME --db FILE`, or listen on 127.0.0.1."
    }
  }
}
