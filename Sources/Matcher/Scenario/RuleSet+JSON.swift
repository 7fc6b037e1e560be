import Foundation

extension RuleSet {
  /// Top-level keys of a rule set (formats.md), in documentation order.
  static let keys = ["activities", "caps", "travel", "eligibility", "workerHourlyPayEUR", "cheques"]

  /// Decodes a rule set object. With `defaults`, a missing key keeps the
  /// default's value (a scenario's `rules` replaces top-level keys whole);
  /// without, every key is required (the bundled resource).
  static func decode(_ value: JSONValue, at path: JSONPath, log: IssueLog, defaults: RuleSet?) -> RuleSet? {
    guard let reader = ObjectReader(value, at: path, log: log, allowed: keys) else { return nil }
    let required = defaults == nil
    let before = log.issues.count
    let activities = reader.array("activities", required: required).map { decodeActivities($0, at: path + "activities", log: log) } ?? defaults?.activities
    let caps = reader.array("caps", required: required).map { decodeCaps($0, log: log) } ?? defaults?.caps
    let travel = reader.object("travel", required: required, allowed: ["eurPerKm", "freeUpToOneWayKm", "roundTrip"]).flatMap { travel in
      zip3(travel.number("eurPerKm", in: 0...1000), travel.number("freeUpToOneWayKm", in: 0...10_000), travel.bool("roundTrip"))
        .map { TravelRule(eurPerKm: $0, freeUpToOneWayKm: $1, roundTrip: $2) }
    } ?? defaults?.travel
    let eligibility = EligibilityRule.decode(reader, "eligibility", required: required, defaults: defaults?.eligibility) ?? defaults?.eligibility
    let pay = reader.number("workerHourlyPayEUR", required: required, in: 0...10_000) ?? defaults?.workerHourlyPayEUR
    let cheques = reader.object("cheques", required: required, allowed: ["prices", "payingBodyFeeEUR", "issuerFeeEUR", "issuerFeeShares", "defaultCode", "split"]).flatMap { decodeCheques($0, defaults: defaults?.cheques) } ?? defaults?.cheques
    guard log.issues.count == before, let activities, let caps, let travel, let eligibility, let pay, let cheques else { return nil }
    return RuleSet(activities: activities, caps: caps, travel: travel, eligibility: eligibility, workerHourlyPayEUR: pay, cheques: cheques)
  }

  private static func decodeActivities(_ elements: [(value: JSONValue, path: JSONPath)], at path: JSONPath, log: IssueLog) -> [Activity] {
    var activities: [Activity] = []
    var seen = Set<String>()
    for element in elements {
      guard let reader = ObjectReader(element.value, at: element.path, log: log, allowed: ["id", "label", "userKinds", "capClass"]) else { continue }
      let id = reader.string("id")
      let label = reader.string("label")
      let kinds = reader.strings("userKinds")
      let capClass = reader.capClass("capClass")
      guard let id, let label, let kinds, let capClass else { continue }
      guard seen.insert(id).inserted else {
        log.add(.duplicateID, at: element.path + "id", "activity \"\(id)\" appears more than once")
        continue
      }
      activities.append(Activity(id: Activity.ID(id), label: label, userKinds: kinds, capClass: capClass))
    }
    return activities
  }

  private static func decodeCaps(_ elements: [(value: JSONValue, path: JSONPath)], log: IssueLog) -> [Cap] {
    var caps: [Cap] = []
    var seen = Set<String>()
    for element in elements {
      guard let reader = ObjectReader(element.value, at: element.path, log: log, allowed: ["id", "period", "classes", "limit"]) else { continue }
      let id = reader.string("id")
      let period: Cap.Period? = reader.string("period").flatMap { text in
        guard let period = Cap.Period(rawValue: text) else {
          log.add(.badValue, at: element.path + "period", "\"\(text)\" is not month or year")
          return nil
        }
        return period
      }
      var classes: [CapClass]?
      if let elements = reader.array("classes") {
        classes = []
        for item in elements {
          guard case .string(let text) = item.value, let capClass = CapClass(rawValue: text) else {
            log.add(.badValue, at: item.path, "expected standard, extended or seasonal")
            continue
          }
          classes?.append(capClass)
        }
      }
      let limit = reader.number("limit", in: 0...100_000)
      guard let id, let period, let classes, let limit else { continue }
      guard seen.insert(id).inserted else {
        log.add(.duplicateID, at: element.path + "id", "cap \"\(id)\" appears more than once")
        continue
      }
      caps.append(Cap(id: id, period: period, classes: classes.sorted(), limit: limit))
    }
    return caps
  }

  /// Decodes `cheques`; the optional `issuerFeeEUR`, `issuerFeeShares` and
  /// `defaultCode` fall back to `defaults` (the shipped rule set), then to no
  /// fee and no code. Each body's split and issuer-fee shares add up to 1, and
  /// the fee is borne only by parties of that body's split.
  private static func decodeCheques(_ reader: ObjectReader, defaults: ChequeRules?) -> ChequeRules? {
    var prices: [(code: String, eur: Double)]?
    if let object = reader.value("prices", required: true) {
      if case .object(let members) = object {
        prices = []
        for member in members.members {
          guard case .number(let eur) = member.value, eur > 0 else {
            reader.log.add(.badValue, at: reader.path + "prices" + member.key, "expected a price in euros above 0")
            continue
          }
          prices?.append((member.key, eur))
        }
        prices?.sort { $0.code < $1.code }
      } else {
        reader.log.add(.wrongType, at: reader.path + "prices", "expected an object, got \(object.typeDescription)")
      }
    }
    let fee = reader.number("payingBodyFeeEUR", in: 0...1000)
    let issuerFee = reader.number("issuerFeeEUR", required: false, in: 0...1000) ?? defaults?.issuerFeeEUR ?? 0
    let defaultCode = reader.string("defaultCode", required: false) ?? defaults?.defaultCode
    let split = reader.object("split", allowed: ["paymentOrganisation", "cpas"])
    let organisation = split.flatMap { fractions($0, "paymentOrganisation", parties: ["ale", "forem"], required: true) }
    let cpas = split.flatMap { fractions($0, "cpas", parties: ["ale", "forem", "cpas"], required: true) }
    var organisationFee = defaults?.paymentOrganisationIssuerFee ?? []
    var cpasFee = defaults?.cpasIssuerFee ?? []
    if let bearers = reader.object("issuerFeeShares", required: defaults == nil && issuerFee > 0, allowed: ["paymentOrganisation", "cpas"]) {
      for key in ["paymentOrganisation", "cpas"] where issuerFee > 0 && !bearers.has(key) {
        reader.log.add(.missing, at: bearers.path + key, "who bears the issuer's fee when paid this way (fractions adding up to 1)")
      }
      organisationFee = fractions(bearers, "paymentOrganisation", parties: ["ale", "forem"], required: false) ?? []
      cpasFee = fractions(bearers, "cpas", parties: ["ale", "forem", "cpas"], required: false) ?? []
    }
    guard let prices, let fee, let organisation, let cpas else { return nil }
    return ChequeRules(
      prices: prices, payingBodyFeeEUR: fee, issuerFeeEUR: issuerFee, defaultCode: defaultCode,
      paymentOrganisationSplit: organisation, cpasSplit: cpas,
      paymentOrganisationIssuerFee: organisationFee, cpasIssuerFee: cpasFee)
  }

  /// The fractions of `object[key]`, parties from `parties` (those given, in
  /// that order), each in 0...1 and adding up to 1; nil after logging otherwise.
  private static func fractions(_ object: ObjectReader, _ key: String, parties: [String], required: Bool) -> ChequeRules.Fractions? {
    let before = object.log.issues.count
    guard let reader = object.object(key, required: required, allowed: parties), object.log.issues.count == before else { return nil }
    let given = required ? parties : parties.filter { reader.has($0) }
    let values = given.map { reader.number($0, required: required, in: 0...1) }
    guard values.allSatisfy({ $0 != nil }) else { return nil }
    let list = zip(given, values).map { (party: $0, fraction: $1 ?? 0) }
    let total = list.reduce(0) { $0 + $1.fraction }
    guard abs(total - 1) < 1e-9 else {
      object.log.add(.badValue, at: reader.path, "the fractions add up to \(JSONWriter.format((total * 1e6).rounded() / 1e6)), expected 1")
      return nil
    }
    return list
  }
}

extension Policy {
  /// Top-level keys of a policy (formats.md), in documentation order.
  static let keys = ["slotMinutes", "minGapMinutes", "roadFactor", "defaultMaxDistanceKm", "sameAgencyOnly", "risBonusPerHour", "objective"]

  /// Decodes a policy object; with `defaults`, missing keys keep the default
  /// (and missing weights inside `objective` keep the default weight).
  static func decode(_ value: JSONValue, at path: JSONPath, log: IssueLog, defaults: Policy?) -> Policy? {
    guard let reader = ObjectReader(value, at: path, log: log, allowed: keys) else { return nil }
    let required = defaults == nil
    let before = log.issues.count
    let slot = reader.integer("slotMinutes", required: required, in: 1...1440)
    if let slot, 1440 % slot != 0 {
      log.add(.badValue, at: path + "slotMinutes", "\(slot) does not divide a day")
    }
    let gap = reader.integer("minGapMinutes", required: required, in: 0...1440) ?? defaults?.minGapMinutes
    let road = reader.number("roadFactor", required: required, in: 1...10) ?? defaults?.roadFactor
    let distance = reader.number("defaultMaxDistanceKm", required: required, in: 0...10_000) ?? defaults?.defaultMaxDistanceKm
    let same = reader.bool("sameAgencyOnly", required: required) ?? defaults?.sameAgencyOnly
    let bonus = reader.number("risBonusPerHour", required: required, in: 0...1000) ?? defaults?.risBonusPerHour
    var objective = defaults?.objective
    if let weights = reader.object("objective", required: required, allowed: ObjectiveWeights.keys) {
      let continuity = weights.number("continuity", required: required, in: 0...1000) ?? defaults?.objective.continuity
      let travel = weights.number("travel", required: required, in: 0...1000) ?? defaults?.objective.travel
      let fairness = weights.number("fairness", required: required, in: 0...1000) ?? defaults?.objective.fairness
      if let continuity, let travel, let fairness {
        objective = ObjectiveWeights(continuity: continuity, travel: travel, fairness: fairness)
      }
    }
    guard log.issues.count == before, let slot = slot ?? defaults?.slotMinutes, let gap, let road, let distance, let same, let bonus, let objective else { return nil }
    return Policy(slotMinutes: slot, minGapMinutes: gap, roadFactor: road, defaultMaxDistanceKm: distance, sameAgencyOnly: same, risBonusPerHour: bonus, objective: objective)
  }
}

extension ObjectReader {
  /// A cap class name: standard, extended or seasonal.
  func capClass(_ key: String) -> CapClass? {
    guard let text = string(key) else { return nil }
    guard let capClass = CapClass(rawValue: text) else {
      log.add(.badValue, at: path + key, "\"\(text)\" is not standard, extended or seasonal")
      return nil
    }
    return capClass
  }
}

/// The three values together, when all three are there.
func zip3<A, B, C>(_ a: A?, _ b: B?, _ c: C?) -> (A, B, C)? {
  guard let a, let b, let c else { return nil }
  return (a, b, c)
}

/// The rule set and policy shipped with the library (`rules.json`,
/// `policy.json`), compiled into it: no bundle is looked for at run time.
package enum BundledRules {
  /// The default Wallonia rule set.
  package static var rules: RuleSet { loaded.rules }
  /// The default planning policy.
  package static var policy: Policy { loaded.policy }

  private static let loaded: (rules: RuleSet, policy: Policy) = {
    let log = IssueLog()
    let rules = resource("rules").flatMap { RuleSet.decode($0, at: .root, log: log, defaults: nil) }
    let policy = resource("policy").flatMap { Policy.decode($0, at: .root, log: log, defaults: nil) }
    guard let rules, let policy else {
      preconditionFailure("the bundled rules.json / policy.json are broken: \(log.issues.map(\.description))")
    }
    return (rules, policy)
  }()

  /// The embedded resource `name` (`EmbeddedResources`, generated from
  /// `Resources/NAME.json` at build time), parsed.
  private static func resource(_ name: String) -> JSONValue? {
    guard let text = EmbeddedResources.all[name] else {
      preconditionFailure("the library's \(name).json was not embedded")
    }
    return try? JSONParser.parse(Array(text.utf8))
  }
}
