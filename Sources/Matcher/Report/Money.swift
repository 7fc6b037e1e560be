/// Who pays the worker and receives the cheque: the payment organisation for
/// unemployed workers, the CPAS for RIS beneficiaries.
package enum PayingBody: String, Hashable, Sendable, CaseIterable, Comparable {
  case paymentOrganisation = "payment_organisation"
  case cpas

  /// The body paying `worker`.
  static func of(_ worker: Worker?) -> PayingBody { worker?.ris == true ? .cpas : .paymentOrganisation }

  package static func < (lhs: Self, rhs: Self) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}

/// Where the euros of one cheque go (domain.md "Money"), from the rule set only.
///
/// The remainder `price − pay − payingBodyFee` is split by the paying body's
/// split (`ale`/`forem`, or `ale`/`forem`/`cpas`); the cheque issuer's fee is
/// then taken from the parties of `issuerFeeShares` (the seed: the Forem, or
/// half the Forem and half the CPAS), so that
/// price = worker pay + paying body's fee + issuer's fee + Σ shares.
package struct ChequeBreakdown: Hashable, Sendable {
  package var code: String
  package var priceEUR: Double
  package var workerPayEUR: Double
  package var payingBodyFeeEUR: Double
  package var issuerFeeEUR: Double
  /// What each party keeps of the remainder, its part of the issuer's fee
  /// deducted, by party id in the rule set's order.
  package var shares: [Share]

  /// One party's share of a cheque.
  package struct Share: Hashable, Sendable {
    package var party: String
    package var eur: Double
  }

  /// The breakdown of one cheque of `code` paid through `body`; nil if the code has no price.
  package init?(code: String, body: PayingBody, rules: RuleSet) {
    guard let price = rules.cheques.price(of: code) else { return nil }
    self.code = code
    priceEUR = price
    workerPayEUR = rules.workerHourlyPayEUR
    payingBodyFeeEUR = rules.cheques.payingBodyFeeEUR
    let issuerFee = rules.cheques.issuerFeeEUR
    issuerFeeEUR = issuerFee
    let remainder = price - workerPayEUR - payingBodyFeeEUR
    let split = body == .cpas ? rules.cheques.cpasSplit : rules.cheques.paymentOrganisationSplit
    let bearers = Self.issuerFeeBearers(body, rules: rules)
    shares = split.map { part in
      let borne = bearers.first(where: { $0.party == part.party })?.fraction ?? 0
      return Share(party: part.party, eur: remainder * part.fraction - issuerFee * borne)
    }
  }

  /// Who bears the issuer's fee when `body` pays, with their fractions of it.
  package static func issuerFeeBearers(_ body: PayingBody, rules: RuleSet) -> ChequeRules.Fractions {
    body == .cpas ? rules.cheques.cpasIssuerFee : rules.cheques.paymentOrganisationIssuerFee
  }

  /// The share of `party` (`ale`, `forem`, `cpas`), 0 if it has none.
  package func share(of party: String) -> Double { shares.first(where: { $0.party == party })?.eur ?? 0 }
}

/// The money of a plan: cheques by activity and price code, worker pay,
/// travel, fees and the shares per paying body. For reports only; the solver
/// never reads it.
package struct PlanMoney: Hashable, Sendable {
  /// Cheques of one activity at one price code.
  package struct ChequeLine: Hashable, Sendable {
    package var activity: Activity.ID
    package var code: String
    package var priceEUR: Double
    /// One cheque per hour worked.
    package var cheques: Double
    package var amountEUR: Double { cheques * priceEUR }
  }

  /// Totals of the cheques paid through one body.
  package struct BodyTotals: Hashable, Sendable {
    package var body: PayingBody
    package var cheques: Double
    package var amountEUR: Double
    package var workerPayEUR: Double
    package var payingBodyFeeEUR: Double
    package var issuerFeeEUR: Double
    /// Sums of the shares by party, in the rule set's order.
    package var shares: [ChequeBreakdown.Share]
    /// What the CPAS receives in all when it pays: its share plus the running costs it keeps (0 otherwise).
    package var cpasIncomeEUR: Double {
      body == .cpas ? payingBodyFeeEUR + (shares.first(where: { $0.party == "cpas" })?.eur ?? 0) : 0
    }
  }

  /// Sorted by activity id, then code.
  package var lines: [ChequeLine]
  /// Bodies that paid at least one cheque, payment organisation first.
  package var bodies: [BodyTotals]
  package var travelEUR: Double
  /// Assignments whose cheque code has no price in the rule set (not counted).
  package var unpricedAssignments: Int

  package var cheques: Double { lines.reduce(0) { $0 + $1.cheques } }
  package var amountEUR: Double { lines.reduce(0) { $0 + $1.amountEUR } }
  package var workerPayEUR: Double { bodies.reduce(0) { $0 + $1.workerPayEUR } }

  /// The cheque code of `activity` for a job of `user`'s agency: the agency's
  /// exception, its default, or the rule set's `defaultCode`.
  static func code(activity: Activity.ID, user: User.ID, scenario: Scenario) -> String? {
    let agency = scenario.user(user).flatMap { scenario.agency($0.agency) }
    if let codes = agency?.cheques {
      return codes.byActivity[activity] ?? codes.defaultCode
    }
    return scenario.rules.cheques.defaultCode
  }

  /// Adds up the money of every assignment of `plan`.
  /// - Complexity: O(a) in the assignments, plus sorting the lines.
  package init(plan: Plan, scenario: Scenario) {
    let rules = scenario.rules
    var lineHours: [String: (activity: Activity.ID, code: String, price: Double, hours: Double)] = [:]
    var bodyTotals: [PayingBody: BodyTotals] = [:]
    var unpriced = 0
    for assignment in plan.assignments {
      let body = PayingBody.of(scenario.worker(assignment.worker))
      guard let code = Self.code(activity: assignment.activity, user: assignment.user, scenario: scenario),
        let cheque = ChequeBreakdown(code: code, body: body, rules: rules)
      else {
        unpriced += 1
        continue
      }
      let key = assignment.activity.rawValue + "\u{0}" + code
      lineHours[key, default: (assignment.activity, code, cheque.priceEUR, 0)].hours += assignment.hours
      let hours = assignment.hours
      var totals = bodyTotals[body] ?? BodyTotals(
        body: body, cheques: 0, amountEUR: 0, workerPayEUR: 0, payingBodyFeeEUR: 0, issuerFeeEUR: 0,
        shares: cheque.shares.map { ChequeBreakdown.Share(party: $0.party, eur: 0) })
      totals.cheques += hours
      totals.amountEUR += hours * cheque.priceEUR
      totals.workerPayEUR += hours * cheque.workerPayEUR
      totals.payingBodyFeeEUR += hours * cheque.payingBodyFeeEUR
      totals.issuerFeeEUR += hours * cheque.issuerFeeEUR
      for index in totals.shares.indices {
        totals.shares[index].eur += hours * cheque.share(of: totals.shares[index].party)
      }
      bodyTotals[body] = totals
    }
    lines = lineHours.values
      .map { ChequeLine(activity: $0.activity, code: $0.code, priceEUR: $0.price, cheques: $0.hours) }
      .sorted { ($0.activity, $0.code) < ($1.activity, $1.code) }
    bodies = PayingBody.allCases.compactMap { bodyTotals[$0] }
    travelEUR = plan.assignments.reduce(0) { $0 + $1.travelCostEUR }
    unpricedAssignments = unpriced
  }

  /// What a CPAS receives in all per cheque of each price code, rounded to
  /// 0.0001 €, in code order: its share (45 % of the remainder less its part
  /// of the issuer's fee) plus the paying body's fee it keeps. The seed's
  /// "tableau croisé" (000_*).
  package static func cpasPerCheque(rules: RuleSet) -> [(code: String, eur: Double)] {
    rules.cheques.prices.compactMap { price in
      ChequeBreakdown(code: price.code, body: .cpas, rules: rules).map {
        (price.code, (($0.share(of: "cpas") + $0.payingBodyFeeEUR) * 10_000).rounded(.toNearestOrAwayFromZero) / 10_000)
      }
    }
  }
}
