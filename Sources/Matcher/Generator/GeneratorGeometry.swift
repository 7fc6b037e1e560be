import Foundation

/// Small flat-Earth helpers for placing people around an agency.
///
/// Over a few km the error of an equirectangular offset is far below the
/// precision we write (4 decimals, about 11 m); distances that matter (pins)
/// are checked with `RuleArithmetic.haversineKm` on the written coordinates.
enum GeneratorGeometry {
  /// Km per degree of latitude (mean Earth radius × π / 180).
  static let kmPerDegree = RuleArithmetic.earthRadiusKm * Double.pi / 180

  /// The point `northKm` north and `eastKm` east of `point`.
  static func offset(_ point: GeoPoint, northKm: Double, eastKm: Double) -> GeoPoint {
    let lat = point.lat + northKm / kmPerDegree
    let lon = point.lon + eastKm / (kmPerDegree * cos(point.lat * Double.pi / 180))
    return GeoPoint(lat: lat, lon: lon)
  }

  /// Rounded to 4 decimals (about 11 m), the precision written to the scenario.
  static func rounded(_ point: GeoPoint) -> GeoPoint {
    GeoPoint(lat: (point.lat * 10_000).rounded() / 10_000, lon: (point.lon * 10_000).rounded() / 10_000)
  }

  /// A point drawn uniformly in the disc of `radiusKm` around `center`, rounded,
  /// and kept inside Wallonia's bounding box.
  static func scatter(around center: GeoPoint, radiusKm: Double, _ rng: inout SeededRandom) -> GeoPoint {
    let distance = radiusKm * rng.unit().squareRoot()
    let angle = rng.double(0, 2 * Double.pi)
    let point = offset(center, northKm: distance * sin(angle), eastKm: distance * cos(angle))
    let clamped = GeoPoint(
      lat: min(max(point.lat, WalloonCommunes.latitudes.lowerBound), WalloonCommunes.latitudes.upperBound),
      lon: min(max(point.lon, WalloonCommunes.longitudes.lowerBound), WalloonCommunes.longitudes.upperBound))
    return rounded(clamped)
  }
}
