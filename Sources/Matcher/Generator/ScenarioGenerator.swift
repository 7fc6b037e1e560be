/// Generates realistic `ale-scenario/1` weeks, from one rural ALE to all of Wallonia.
///
/// Deterministic: the same options give the same bytes, on every machine
/// (our own PRNG, no `Dictionary` or `Set` iteration, output through
/// `JSONWriter` in formats.md's key order). Every rule number comes from
/// `BundledRules`; the output loads with `Scenario.load` with no issue.
/// What is realistic and why is in docs/generator.md.
@_spi(Benchmarks) public enum ScenarioGenerator {
  /// The week as a JSON document, keys in formats.md's order.
  /// - Precondition: `weekStart` is a Monday; `demandScale`, the activity
  ///   multipliers and `maxDistanceKm` are finite and not negative.
  /// - Complexity: O(workers + users + requests); `region` takes well under a second in release.
  package static func generate(_ options: GeneratorOptions) -> JSONValue {
    week(options).json
  }

  /// The week as the bytes of a scenario file (UTF-8, ending with a newline).
  public static func bytes(_ options: GeneratorOptions) -> [UInt8] {
    JSONWriter.bytes(generate(options))
  }

  /// The week as records, before it is written.
  static func week(_ options: GeneratorOptions) -> GeneratedWeek {
    let monday = options.weekStart
    precondition(monday.weekday == 1, "weekStart \(monday) is not a Monday")
    precondition(options.demandScale.isFinite && options.demandScale >= 0, "demandScale must be finite and not negative")
    for activity in options.activityDemand.keys.sorted() {
      let factor = options.activityDemand[activity] ?? 1
      precondition(factor.isFinite && factor >= 0, "the multiplier of \(activity) must be finite and not negative")
    }
    if let distance = options.maxDistanceKm {
      precondition(distance.isFinite && distance > 0, "maxDistanceKm must be positive")
    }
    let seed = options.seed
    let rules = BundledRules.rules
    var policy = BundledRules.policy
    var overrides = JSONObject()
    if let distance = options.maxDistanceKm {
      policy.defaultMaxDistanceKm = distance
      overrides.append("defaultMaxDistanceKm", .number(distance))
    }
    let sameAgencyOnly = options.sharing.map { !$0 } ?? options.profile.sameAgencyOnly
    if sameAgencyOnly != policy.sameAgencyOnly {
      policy.sameAgencyOnly = sameAgencyOnly
      overrides.append("sameAgencyOnly", .bool(sameAgencyOnly))
    } else if options.sharing != nil {
      overrides.append("sameAgencyOnly", .bool(sameAgencyOnly))
    }

    // Sizes per agency.
    let sites = AgencySite.sites(for: options.profile)
    let weights = sites.map(\.weight)
    let workerCounts = Allocation.largestRemainder(weights, total: options.profile.targetWorkers)
    let requestCounts = Allocation.largestRemainder(weights, total: options.profile.targetRequests)
    var rejectedAt: [[Int]] = Array(repeating: [], count: sites.count)
    for number in 0..<options.profile.rejectedRequests {
      rejectedAt[(number * 97) % sites.count].append(number)
    }

    // Workers.
    let workerGenerator = WorkerGenerator(seed: seed, monday: monday, rules: rules, policy: policy)
    var workers: [GeneratedWorker] = []
    workers.reserveCapacity(options.profile.targetWorkers)
    for (agencyIndex, site) in sites.enumerated() {
      for _ in 0..<workerCounts[agencyIndex] {
        workers.append(workerGenerator.worker(workers.count, site: site, agencyIndex: agencyIndex))
      }
    }

    // Users and requests, agency by agency.
    let demand = DemandGenerator(seed: seed, monday: monday, rules: rules, options: options)
    var users: [GeneratedUser] = []
    var generated: [GeneratedRequest] = []
    for (agencyIndex, site) in sites.enumerated() {
      let base = max(0, requestCounts[agencyIndex] - rejectedAt[agencyIndex].count)
      let agencyUsers = demand.users(site: site, agencyIndex: agencyIndex, baseRequests: base, firstIndex: users.count)
      let usersOfKind = { (kind: String) in agencyUsers.enumerated().filter { $0.element.user.kind == kind }.map { users.count + $0.offset } }
      var agencyRequests = demand.requests(site: site, agencyIndex: agencyIndex, baseRequests: base, usersOfKind: usersOfKind)
      for number in rejectedAt[agencyIndex] {
        if let request = demand.rejected(number, agencyIndex: agencyIndex, usersOfKind: usersOfKind) { agencyRequests.append(request) }
      }
      var rng = SeededRandom(seed: seed, .order, agencyIndex)
      rng.shuffle(&agencyRequests)
      users += agencyUsers
      generated += agencyRequests
    }

    // Request records, with ids in file order.
    var requests: [Request] = []
    requests.reserveCapacity(generated.count)
    for (index, entry) in generated.enumerated() {
      let user = users[entry.userIndex].user
      let draft = entry.draft
      requests.append(Request(
        id: Request.ID(GeneratedIDs.request(index)), user: user.id, activity: draft.activity,
        minutes: Int((draft.hours * 60).rounded()), hours: draft.hours, windows: draft.windows, seats: draft.seats,
        priority: draft.priority, preferredWorkers: [], excludedWorkers: [], location: draft.venue ?? user.location))
    }

    // Continuity: history pairs, preferred and excluded workers.
    let holders = AgencyHolders(workers: workers, agencies: sites.count, rules: rules)
    var firstActivity = [Activity.ID?](repeating: nil, count: users.count)
    for (index, entry) in generated.enumerated() where entry.meantRejection == nil && firstActivity[entry.userIndex] == nil {
      firstActivity[entry.userIndex] = requests[index].activity
    }
    var pastWorker = [Int?](repeating: nil, count: users.count)
    var history: [HistoryPair] = []
    let privateActivities = rules.activities.filter { $0.userKinds.contains("private") }.map(\.id)
    for (index, entry) in users.enumerated() where entry.user.kind == "private" {
      var rng = SeededRandom(seed: seed, .history, index)
      // About 30 % of households have had an ALE worker before.
      guard rng.chance(0.3), !privateActivities.isEmpty else { continue }
      let activity = firstActivity[index] ?? rng.pick(privateActivities)
      let candidates = holders.workers(agency: entry.agencyIndex, activity: activity)
      guard !candidates.isEmpty else { continue }
      let worker = rng.pick(candidates)
      pastWorker[index] = worker
      history.append(HistoryPair(worker: workers[worker].worker.id, user: entry.user.id))
    }
    for (index, entry) in generated.enumerated() where entry.meantRejection == nil {
      var rng = SeededRandom(seed: seed, .links, entry.agencyIndex, entry.streamKey.activity, entry.streamKey.number)
      let activity = requests[index].activity
      let candidates = holders.workers(agency: entry.agencyIndex, activity: activity)
      guard !candidates.isEmpty else { continue }
      if let past = pastWorker[entry.userIndex], workers[past].worker.activities.contains(activity), rng.chance(0.25) {
        requests[index].preferredWorkers = [workers[past].worker.id]
      } else if rng.chance(0.02) {
        requests[index].preferredWorkers = [workers[rng.pick(candidates)].worker.id]
      }
      if rng.chance(0.03) {
        let excluded = workers[rng.pick(candidates)].worker.id
        if !requests[index].preferredWorkers.contains(excluded) { requests[index].excludedWorkers = [excluded] }
      }
    }

    // Pins.
    let planner = PinPlanner(seed: seed, rules: rules, policy: policy, monday: monday)
    let pins = planner.pins(
      count: options.profile.pins, requests: requests, plannable: generated.map { $0.meantRejection == nil },
      requestAgency: generated.map(\.agencyIndex), workers: workers, holders: holders)

    let agencies = sites.enumerated().map { index, site in
      Agency(id: site.id, name: site.name, cheques: chequeCodes(agency: index, rules: rules))
    }
    let id = "\(options.profile.rawValue)-seed\(seed)-\(monday)"
    return GeneratedWeek(
      id: id, weekStart: monday, policyOverrides: overrides, agencies: agencies, workers: workers,
      users: users.map(\.user), requests: requests, writesLocation: generated.map { $0.draft.venue != nil },
      history: history, pinned: pins)
  }

  /// The agency's cheque price codes: a default drawn toward the middle of
  /// the price list, and for one agency in five a dearer code for gardening.
  /// Seed-independent, like the map.
  private static func chequeCodes(agency: Int, rules: RuleSet) -> ChequeCodes? {
    let codes = rules.cheques.prices.map(\.code)
    guard !codes.isEmpty else { return nil }
    var rng = SeededRandom(key: SeededRandom.mix(0xC4E9_0E5, UInt64(agency)))
    let middle = Double(codes.count - 1) / 2
    let position = rng.weightedIndex(codes.indices.map { 1 + middle - abs(Double($0) - middle) })
    var byActivity: [Activity.ID: String] = [:]
    if rng.chance(0.2), position + 1 < codes.count { byActivity["gardening"] = codes[position + 1] }
    return ChequeCodes(defaultCode: codes[position], byActivity: byActivity)
  }
}

/// A generated week as records, ready to be written.
struct GeneratedWeek {
  var id: String
  var weekStart: Day
  /// The `policy` keys the options override, in formats.md's order; empty when none.
  var policyOverrides: JSONObject
  var agencies: [Agency]
  var workers: [GeneratedWorker]
  var users: [User]
  var requests: [Request]
  /// Per request: whether its location differs from its user's (written only then).
  var writesLocation: [Bool]
  var history: [HistoryPair]
  var pinned: [Pin]
}
