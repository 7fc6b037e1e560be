#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The rule arithmetic shared by the solvers and the validator: distance,
/// travel cost, eligibility and the rounding of money and distances.
///
/// Kept in one place so that the validator, which otherwise shares no code
/// with the solvers, recomputes the same numbers the same way.
package enum RuleArithmetic {
  /// Mean Earth radius in km (IUGG), the one domain.md fixes for haversine.
  package static let earthRadiusKm = 6371.0088

  /// Great-circle distance in km between two points.
  package static func haversineKm(_ a: GeoPoint, _ b: GeoPoint) -> Double {
    let toRadians = Double.pi / 180
    let dLat = (b.lat - a.lat) * toRadians
    let dLon = (b.lon - a.lon) * toRadians
    let s = sin(dLat / 2) * sin(dLat / 2)
      + cos(a.lat * toRadians) * cos(b.lat * toRadians) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * earthRadiusKm * asin(min(1, sqrt(s)))
  }

  /// One-way road distance estimate: haversine × the policy's road factor.
  package static func oneWayKm(from home: GeoPoint, to site: GeoPoint, policy: Policy) -> Double {
    haversineKm(home, site) * policy.roadFactor
  }

  /// Reimbursed travel for one trip of `oneWayKm`, unrounded.
  package static func travelCost(oneWayKm: Double, rules: RuleSet) -> Double {
    guard oneWayKm > rules.travel.freeUpToOneWayKm else { return 0 }
    return rules.travel.eurPerKm * oneWayKm * (rules.travel.roundTrip ? 2 : 1)
  }

  /// Rounds to cents (or hundredths of a km), half away from zero: what a plan prints.
  package static func rounded2(_ value: Double) -> Double { (value * 100).rounded(.toNearestOrAwayFromZero) / 100 }
}
