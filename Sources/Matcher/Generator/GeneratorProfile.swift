/// The scale of a generated week: one rural ALE, one city ALE, or all of Wallonia.
///
/// Sizes come from the seeds (2022: about 5 400 unemployed and 1 000 RIS
/// workers a month in the 246 Walloon ALEs, about 2 million hours a year);
/// see docs/generator.md. Each profile writes exactly its target counts at
/// `demandScale` 1 with no activity multipliers.
@_spi(Benchmarks) public enum GeneratorProfile: String, CaseIterable, Sendable {
  /// One rural agency (ALE de Ciney): 30 workers, 70 requests.
  case ale
  /// One city agency (ALE de Charleroi): 300 workers, 800 requests, all one component.
  case city
  /// The 246 Walloon ALEs: 6 400 workers, 12 700 requests.
  case region
  /// `region` with `policy.sameAgencyOnly: false`: one large component.
  case stress

  /// Workers written (eligible or not).
  public var targetWorkers: Int {
    switch self {
    case .ale: 30
    case .city: 300
    case .region, .stress: 6_400
    }
  }

  /// Requests written at `demandScale` 1, the few that must be rejected included.
  public var targetRequests: Int {
    switch self {
    case .ale: 70
    case .city: 800
    case .region, .stress: 12_700
    }
  }

  /// Requests that the loader must reject (one of each kind in turn).
  var rejectedRequests: Int {
    switch self {
    case .ale: 4
    case .city: 8
    case .region, .stress: 48
    }
  }

  /// Pinned assignments, each valid under every rule.
  var pins: Int {
    switch self {
    case .ale: 2
    case .city: 6
    case .region, .stress: 30
    }
  }

  /// Whether workers serve only their own agency's users, unless the options say otherwise.
  var sameAgencyOnly: Bool { self != .stress }
}
