/// Which family of hour caps an activity's hours count against.
public enum CapClass: String, Hashable, Comparable, Sendable, CaseIterable {
  case standard, extended, seasonal
  /// Order of nesting: standard, extended, seasonal.
  var rank: Int {
    switch self {
    case .standard: 0
    case .extended: 1
    case .seasonal: 2
    }
  }
  public static func < (lhs: CapClass, rhs: CapClass) -> Bool { lhs.rank < rhs.rank }
}

/// One activity of the catalog: who may ask for it and which caps it counts under.
public struct Activity: Hashable, Sendable {
  public typealias ID = Identifier<Activity>
  public var id: ID
  /// The French label from the regulation, shown in reports.
  public var label: String
  /// User kinds (`private`, `school`, ...) allowed to request it.
  public var userKinds: [String]
  public var capClass: CapClass
}

/// An hour cap: hours of some classes within one calendar month or year.
public struct Cap: Hashable, Sendable {
  public enum Period: String, Hashable, Sendable { case month, year }
  public var id: String
  public var period: Period
  /// Cap classes whose hours count toward this cap.
  public var classes: [CapClass]
  /// Hours allowed in one period, worked before the week plus planned.
  public var limit: Double

  /// Whether hours of `capClass` count toward this cap.
  public func counts(_ capClass: CapClass) -> Bool { classes.contains(capClass) }
}

/// Reimbursed travel: `eurPerKm` per km of the (round) trip beyond the free distance.
public struct TravelRule: Hashable, Sendable {
  public var eurPerKm: Double
  /// One-way distance up to which a trip costs nothing.
  public var freeUpToOneWayKm: Double
  /// Whether the reimbursed distance is the round trip (twice one way).
  public var roundTrip: Bool
}

/// Who may work: RIS beneficiaries, or unemployed long enough for their age.
public struct EligibilityRule: Hashable, Sendable {
  /// Whether RIS (social integration income) alone makes a worker eligible.
  public var ris: Bool
  public var ageThreshold: Int
  /// Months of unemployment needed below `ageThreshold`.
  public var monthsUnderThreshold: Int
  /// Months of unemployment needed from `ageThreshold` on.
  public var monthsFromThreshold: Int
}

/// Cheque prices and how a cheque's value is shared (money reports only).
public struct ChequeRules: Hashable, Sendable {
  /// Parties and their fractions (`ale`, `forem`, `cpas`), in the rule set's order.
  public typealias Fractions = [(party: String, fraction: Double)]

  /// Price code (`TE` ... `TK`) to euros, sorted by code.
  public var prices: [(code: String, eur: Double)]
  /// What the paying body keeps per cheque for its running costs.
  public var payingBodyFeeEUR: Double
  /// What the cheque issuer keeps per cheque (service fees and postage,
  /// `issuerFeeEUR`), borne by the parties of `issuerFeeShares`.
  public var issuerFeeEUR: Double
  /// The price code used when an agency gives none (`defaultCode`), if the rule set has one.
  public var defaultCode: String?
  /// Shares of the remainder when paid by a payment organisation (unemployed workers).
  public var paymentOrganisationSplit: Fractions
  /// Shares of the remainder when paid by a CPAS (RIS workers).
  public var cpasSplit: Fractions
  /// Who bears the issuer's fee, by paying body (`issuerFeeShares`); each adds up to 1.
  /// The seed: all of it from the Forem's share, or half from the Forem's and
  /// half from the CPAS's; never from the ALE's.
  public var paymentOrganisationIssuerFee: Fractions
  /// Who bears the issuer's fee when the CPAS pays (see `paymentOrganisationIssuerFee`).
  public var cpasIssuerFee: Fractions

  private var fractionLists: [Fractions] { [paymentOrganisationSplit, cpasSplit, paymentOrganisationIssuerFee, cpasIssuerFee] }

  public static func == (lhs: ChequeRules, rhs: ChequeRules) -> Bool {
    lhs.prices.elementsEqual(rhs.prices, by: { $0 == $1 })
      && lhs.payingBodyFeeEUR == rhs.payingBodyFeeEUR
      && lhs.issuerFeeEUR == rhs.issuerFeeEUR && lhs.defaultCode == rhs.defaultCode
      && lhs.fractionLists.elementsEqual(rhs.fractionLists, by: { $0.elementsEqual($1, by: { $0 == $1 }) })
  }

  public func hash(into hasher: inout Hasher) {
    for price in prices {
      hasher.combine(price.code)
      hasher.combine(price.eur)
    }
    hasher.combine(payingBodyFeeEUR)
    hasher.combine(issuerFeeEUR)
  }

  /// The price of a code, if the code exists.
  public func price(of code: String) -> Double? { prices.first(where: { $0.code == code })?.eur }
}

/// The regulatory rule set: catalog, caps, travel, eligibility, pay and cheques.
///
/// Loaded from the library's `rules.json` resource and overridden top-level
/// key by key by a scenario's `rules`. Every rule number the solver, the
/// greedy and the validator use comes from here.
public struct RuleSet: Hashable, Sendable {
  public var activities: [Activity]
  public var caps: [Cap]
  public var travel: TravelRule
  public var eligibility: EligibilityRule
  public var workerHourlyPayEUR: Double
  public var cheques: ChequeRules

  /// The catalog entry of an activity id, if the catalog has it.
  public func activity(_ id: Activity.ID) -> Activity? { activities.first(where: { $0.id == id }) }
}

/// Weights of the objective's terms after coverage (`policy.objective`).
///
/// Coverage is never traded against these: the model scales them so that
/// their whole range is worth less than one slot of weighted coverage (see
/// `ObjectiveScaling`). Units: per assigned hour, per euro, per hour.
public struct ObjectiveWeights: Hashable, Sendable {
  /// Value of one hour given to a worker the user knows (history or preferred).
  public var continuity: Double
  /// Cost of one euro of reimbursed travel.
  public var travel: Double
  /// Value of one hour given to a worker in proportion to their free cap share.
  public var fairness: Double
  /// Known keys of `policy.objective`, in documentation order.
  public static let keys = ["continuity", "travel", "fairness"]
}

/// Planning choices of the agency (`policy`): grid, gap, distance, sharing, weights.
public struct Policy: Hashable, Sendable {
  public var slotMinutes: Int
  public var minGapMinutes: Int
  /// Road distance over great-circle distance.
  public var roadFactor: Double
  /// One-way road km a worker is sent at most, unless they say otherwise.
  public var defaultMaxDistanceKm: Double
  /// Workers serve only users of their own agency.
  public var sameAgencyOnly: Bool
  /// Objective bonus per hour given to a RIS worker sent by a CPAS.
  public var risBonusPerHour: Double
  public var objective: ObjectiveWeights
}
