/// A generated user and the agency it registered with.
struct GeneratedUser {
  var user: User
  var agencyIndex: Int
}

/// A generated request before it gets its id, and where its draws came from.
struct GeneratedRequest {
  var draft: RequestDraft
  /// Index of the user in the week's user list.
  var userIndex: Int
  var agencyIndex: Int
  /// The rejection this request was built to get, or nil for a plannable one.
  var meantRejection: RejectionReason?
  /// (activity position in `ActivityDemand.table`, number within its agency and activity):
  /// the request's own stream, so links stay put when demand is scaled.
  var streamKey: (activity: Int, number: Int)
}

/// Draws the users of each agency and the week's requests.
///
/// The number of requests of each activity in each agency is its expected
/// count (agency size × activity share × demand factors) rounded by largest
/// remainder; request `k` of an (agency, activity) always draws from the
/// same stream, so `--demand-scale 2` keeps the scale-1 requests and adds
/// as many again from the same distribution.
struct DemandGenerator {
  let seed: UInt64
  let monday: Day
  let rules: RuleSet
  let options: GeneratorOptions

  /// User kinds and their share of an agency's users (private about 60 %).
  static let userKinds: [(kind: String, share: Double)] = [
    ("private", 0.62), ("school", 0.10), ("nonprofit", 0.12), ("local_authority", 0.08),
    ("agriculture", 0.04), ("horticulture", 0.04),
  ]

  /// The users of one agency: about 0.7 per request of the unscaled week,
  /// at least one of each kind. `firstIndex` numbers them in the week.
  func users(site: AgencySite, agencyIndex: Int, baseRequests: Int, firstIndex: Int) -> [GeneratedUser] {
    let total = max(8, Int((Double(baseRequests) * 0.7).rounded()))
    var users: [GeneratedUser] = []
    for (kindPosition, entry) in DemandGenerator.userKinds.enumerated() {
      let count = max(1, Int((Double(total) * entry.share).rounded()))
      for number in 0..<count {
        var rng = SeededRandom(seed: seed, .user, agencyIndex, kindPosition, number)
        // Institutions sit nearer the centre of the commune than households.
        let radius = entry.kind == "private" || entry.kind == "agriculture" ? site.spreadKm : site.spreadKm * 0.6
        let location = GeneratorGeometry.scatter(around: site.center, radiusKm: radius, &rng)
        let index = firstIndex + users.count
        users.append(GeneratedUser(
          user: User(id: User.ID(GeneratedIDs.user(index)), kind: entry.kind, agency: site.id, location: location),
          agencyIndex: agencyIndex))
      }
    }
    return users
  }

  /// The plannable requests of one agency: `baseRequests` at demand factor 1.
  /// - Parameter usersOfKind: the week's user indices of this agency, by kind.
  func requests(site: AgencySite, agencyIndex: Int, baseRequests: Int, usersOfKind: (String) -> [Int]) -> [GeneratedRequest] {
    let table = ActivityDemand.table
    let known = table.map { rules.activity(Activity.ID($0.id)) }
    let shares = table.enumerated().map { known[$0.offset] == nil ? 0 : $0.element.share(urban: site.urban) }
    let shareTotal = shares.reduce(0, +)
    guard shareTotal > 0 else { return [] }
    let expected = table.enumerated().map { position, demand in
      Double(baseRequests) * shares[position] / shareTotal * options.demandFactor(Activity.ID(demand.id))
    }
    let counts = Allocation.largestRemainder(expected, total: Int(expected.reduce(0, +).rounded()))
    var requests: [GeneratedRequest] = []
    for (position, demand) in table.enumerated() where counts[position] > 0 {
      guard let activity = known[position], let kind = activity.userKinds.first else { continue }
      let candidates = usersOfKind(kind)
      guard !candidates.isEmpty else { continue }
      for number in 0..<counts[position] {
        var rng = SeededRandom(seed: seed, .request, agencyIndex, position, number)
        var draft = RequestDraft.draft(demand.id, monday: monday, &rng)
        let userIndex = rng.pick(candidates)
        if draft.venue == nil, demand.id == "event_help", rng.chance(0.5) {
          draft.venue = GeneratorGeometry.scatter(around: site.center, radiusKm: site.spreadKm * 0.5, &rng)
        }
        requests.append(GeneratedRequest(
          draft: draft, userIndex: userIndex, agencyIndex: agencyIndex, meantRejection: nil,
          streamKey: (position, number)))
      }
    }
    return requests
  }

  /// Rejected request number `number` of the week, in turn: an activity not in
  /// the catalog, a school asking for gardening, a window outside the week,
  /// a 1.25 h duration (not a whole number of 30-minute slots).
  func rejected(_ number: Int, agencyIndex: Int, usersOfKind: (String) -> [Int]) -> GeneratedRequest? {
    var rng = SeededRandom(seed: seed, .rejected, number)
    let reasons: [RejectionReason] = [.unknownActivity, .activityNotAllowed, .windowOutsideWeek, .badDuration]
    let reason = reasons[number % reasons.count]
    var draft = RequestDraft.draft("odd_jobs", monday: monday, &rng)
    var kind = "private"
    switch reason {
    case .unknownActivity:
      // Window cleaning is a classic request an ALE must turn down.
      draft.activity = Activity.ID(rules.activity("window_cleaning") == nil ? "window_cleaning" : "window_cleaning_x")
    case .activityNotAllowed:
      kind = "school"
      draft.activity = "gardening"
    case .windowOutsideWeek:
      let friday = monday.adding(days: -3)
      draft.windows.append(TimeSpan(date: friday, from: TimeOfDay(minutes: RequestDraft.at(8)), to: TimeOfDay(minutes: RequestDraft.at(18))))
    case .badDuration, .ineligible:
      draft.hours = 1.25
    }
    let candidates = usersOfKind(kind)
    guard !candidates.isEmpty else { return nil }
    return GeneratedRequest(
      draft: draft, userIndex: rng.pick(candidates), agencyIndex: agencyIndex, meantRejection: reason,
      streamKey: (-1, number))
  }
}

/// Integer shares of a total.
enum Allocation {
  /// Splits `total` in proportion to `weights` (all ≥ 0): the floors, then one
  /// more to the largest remainders (ties to the earlier position).
  static func largestRemainder(_ weights: [Double], total: Int) -> [Int] {
    let sum = weights.reduce(0, +)
    guard sum > 0, total > 0 else { return weights.map { _ in 0 } }
    let exact = weights.map { $0 / sum * Double(total) }
    var counts = exact.map { Int($0.rounded(.down)) }
    let order = exact.indices.sorted { a, b in
      let ra = exact[a] - Double(counts[a])
      let rb = exact[b] - Double(counts[b])
      return ra != rb ? ra > rb : a < b
    }
    var left = total - counts.reduce(0, +)
    for index in order where left > 0 {
      counts[index] += 1
      left -= 1
    }
    return counts
  }
}
