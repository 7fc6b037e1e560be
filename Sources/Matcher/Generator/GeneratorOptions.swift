/// What to generate: a profile and a seed, plus the what-if knobs of a study.
///
/// The same options always give the same bytes.
@_spi(Benchmarks) public struct GeneratorOptions: Sendable, Hashable {
  /// The scale of the week (one ALE ... all of Wallonia).
  public var profile: GeneratorProfile
  /// Every random draw derives from this seed.
  public var seed: UInt64
  /// The Monday the week starts on; 2026-11-30 gives a week over two months.
  public var weekStart: Day
  /// Multiplies the number of requests of every activity (1 = the profile's demand).
  public var demandScale: Double
  /// Per-activity multipliers of the number of requests, by activity id; activities not listed keep 1.
  public var activityDemand: [String: Double]
  /// Written as `policy.defaultMaxDistanceKm` (one-way road km) when given.
  public var maxDistanceKm: Double?
  /// Written as `policy.sameAgencyOnly = !sharing` when given; the profile decides otherwise.
  public var sharing: Bool?

  /// The default week: Monday 2026-11-23 (week 48, inside November).
  public static let defaultWeekStart: Day = {
    guard let day = Day(year: 2026, month: 11, day: 23) else { preconditionFailure("2026-11-23 exists") }
    return day
  }()

  public init(
    profile: GeneratorProfile, seed: UInt64, weekStart: Day = GeneratorOptions.defaultWeekStart,
    demandScale: Double = 1, activityDemand: [String: Double] = [:], maxDistanceKm: Double? = nil,
    sharing: Bool? = nil
  ) {
    self.profile = profile
    self.seed = seed
    self.weekStart = weekStart
    self.demandScale = demandScale
    self.activityDemand = activityDemand
    self.maxDistanceKm = maxDistanceKm
    self.sharing = sharing
  }

  /// The multiplier of one activity's demand: `demandScale` × its own multiplier.
  func demandFactor(_ activity: Activity.ID) -> Double {
    demandScale * (activityDemand[activity.rawValue] ?? 1)
  }
}
