import Foundation

/// Real Walloon communes with approximate town-centre coordinates, and the
/// placement of the 246 agencies of the `region` profile on and around them.
///
/// Coordinates are rounded town centres (WGS 84, about ±1 km); populations
/// are rounded 2023 figures in thousands (Statbel order of magnitude). They
/// only steer where agencies sit and how big they are, see docs/generator.md.
enum WalloonCommunes {
  /// The five provinces of the French-speaking Walloon Region.
  enum Province: Int, CaseIterable {
    case hainaut, namur, liege, luxembourg, brabantWallon

    /// ALEs per province, out of 246: the province's French-speaking communes
    /// (69, 38, 75, 44, 27; the nine German-speaking ones have no Forem ALE)
    /// scaled to the seeds' 246 (a few communes share one ALE).
    var agencyQuota: Int {
      switch self {
      case .hainaut: 67
      case .namur: 37
      case .liege: 73
      case .luxembourg: 43
      case .brabantWallon: 26
      }
    }
  }

  /// One commune of the table.
  struct Commune {
    var slug: String
    var name: String
    var lat: Double
    var lon: Double
    /// Inhabitants, thousands (rounded).
    var population: Double
    var province: Province
    /// On the Sambre-Meuse industrial axis (Haine-Sambre-Meuse-Vesdre: Mons ... Verviers).
    var axis: Bool
  }

  /// Wallonia's bounding box, which every agency and home stays inside.
  static let latitudes = 49.50...50.85
  static let longitudes = 2.85...6.40

  /// 129 real communes: the five provinces, every large town, the whole
  /// industrial axis, and a sparse spread over the Ardennes.
  static let table: [Commune] = {
    typealias P = Province
    let rows: [(String, String, Double, Double, Double, P, Bool)] = [
      // Hainaut
      ("charleroi", "Charleroi", 50.4108, 4.4446, 203, .hainaut, true),
      ("mons", "Mons", 50.4542, 3.9523, 96, .hainaut, true),
      ("la-louviere", "La Louvière", 50.4797, 4.1875, 81, .hainaut, true),
      ("tournai", "Tournai", 50.6056, 3.3878, 69, .hainaut, false),
      ("mouscron", "Mouscron", 50.7447, 3.2140, 59, .hainaut, false),
      ("chatelet", "Châtelet", 50.4046, 4.5250, 36, .hainaut, true),
      ("binche", "Binche", 50.4110, 4.1660, 33, .hainaut, true),
      ("ath", "Ath", 50.6297, 3.7781, 29, .hainaut, false),
      ("soignies", "Soignies", 50.5792, 4.0712, 28, .hainaut, false),
      ("fleurus", "Fleurus", 50.4836, 4.5505, 23, .hainaut, true),
      ("courcelles", "Courcelles", 50.4633, 4.3744, 31, .hainaut, true),
      ("fontaine-l-eveque", "Fontaine-l'Évêque", 50.4096, 4.3252, 18, .hainaut, true),
      ("farciennes", "Farciennes", 50.4297, 4.5530, 11, .hainaut, true),
      ("montigny-le-tilleul", "Montigny-le-Tilleul", 50.3800, 4.3750, 10, .hainaut, true),
      ("thuin", "Thuin", 50.3398, 4.2863, 15, .hainaut, false),
      ("chimay", "Chimay", 50.0483, 4.3170, 10, .hainaut, false),
      ("beaumont", "Beaumont", 50.2363, 4.2393, 7, .hainaut, false),
      ("comines-warneton", "Comines-Warneton", 50.7670, 3.0050, 18, .hainaut, false),
      ("peruwelz", "Péruwelz", 50.5091, 3.5929, 17, .hainaut, false),
      ("saint-ghislain", "Saint-Ghislain", 50.4488, 3.8186, 23, .hainaut, true),
      ("boussu", "Boussu", 50.4343, 3.7953, 20, .hainaut, true),
      ("quaregnon", "Quaregnon", 50.4403, 3.8653, 19, .hainaut, true),
      ("frameries", "Frameries", 50.4093, 3.8955, 21, .hainaut, true),
      ("colfontaine", "Colfontaine", 50.4083, 3.8510, 20, .hainaut, true),
      ("enghien", "Enghien", 50.6928, 4.0403, 14, .hainaut, false),
      ("lessines", "Lessines", 50.7118, 3.8354, 19, .hainaut, false),
      ("braine-le-comte", "Braine-le-Comte", 50.6092, 4.1454, 22, .hainaut, false),
      ("manage", "Manage", 50.5060, 4.2350, 23, .hainaut, true),
      ("morlanwelz", "Morlanwelz", 50.4553, 4.2450, 19, .hainaut, true),
      ("chapelle-lez-herlaimont", "Chapelle-lez-Herlaimont", 50.4713, 4.2834, 15, .hainaut, true),
      ("seneffe", "Seneffe", 50.5310, 4.2630, 11, .hainaut, false),
      ("leuze-en-hainaut", "Leuze-en-Hainaut", 50.6000, 3.6170, 14, .hainaut, false),
      ("antoing", "Antoing", 50.5670, 3.4490, 8, .hainaut, false),
      ("gerpinnes", "Gerpinnes", 50.3380, 4.5270, 13, .hainaut, false),
      ("aiseau-presles", "Aiseau-Presles", 50.4100, 4.5870, 11, .hainaut, true),
      ("dour", "Dour", 50.3950, 3.7780, 17, .hainaut, true),
      ("bernissart", "Bernissart", 50.4740, 3.6450, 12, .hainaut, false),
      ("estaimpuis", "Estaimpuis", 50.7050, 3.2670, 10, .hainaut, false),
      ("frasnes-lez-anvaing", "Frasnes-lez-Anvaing", 50.6670, 3.6000, 12, .hainaut, false),
      ("estinnes", "Estinnes", 50.4050, 4.1040, 8, .hainaut, false),
      // Namur
      ("namur", "Namur", 50.4669, 4.8675, 113, .namur, true),
      ("gembloux", "Gembloux", 50.5610, 4.6920, 26, .namur, false),
      ("dinant", "Dinant", 50.2606, 4.9122, 13, .namur, false),
      ("andenne", "Andenne", 50.4890, 5.0940, 27, .namur, true),
      ("sambreville", "Sambreville", 50.4400, 4.6200, 28, .namur, true),
      ("ciney", "Ciney", 50.2960, 5.1010, 16, .namur, false),
      ("rochefort", "Rochefort", 50.1630, 5.2220, 13, .namur, false),
      ("jemeppe-sur-sambre", "Jemeppe-sur-Sambre", 50.4590, 4.6620, 19, .namur, true),
      ("fosses-la-ville", "Fosses-la-Ville", 50.3950, 4.6960, 10, .namur, false),
      ("floreffe", "Floreffe", 50.4340, 4.7600, 8, .namur, true),
      ("profondeville", "Profondeville", 50.3750, 4.8680, 12, .namur, false),
      ("eghezee", "Éghezée", 50.5910, 4.9120, 16, .namur, false),
      ("beauraing", "Beauraing", 50.1100, 4.9570, 9, .namur, false),
      ("gedinne", "Gedinne", 49.9820, 4.9390, 5, .namur, false),
      ("florennes", "Florennes", 50.2510, 4.6070, 11, .namur, false),
      ("philippeville", "Philippeville", 50.1960, 4.5430, 9, .namur, false),
      ("couvin", "Couvin", 50.0520, 4.4950, 14, .namur, false),
      ("viroinval", "Viroinval", 50.0750, 4.5520, 6, .namur, false),
      ("assesse", "Assesse", 50.3680, 5.0220, 7, .namur, false),
      ("sombreffe", "Sombreffe", 50.5290, 4.6010, 8, .namur, false),
      ("fernelmont", "Fernelmont", 50.5470, 4.9780, 8, .namur, false),
      ("walcourt", "Walcourt", 50.2530, 4.4340, 18, .namur, false),
      // Liège
      ("liege", "Liège", 50.6326, 5.5797, 197, .liege, true),
      ("seraing", "Seraing", 50.5833, 5.5000, 64, .liege, true),
      ("herstal", "Herstal", 50.6667, 5.6333, 40, .liege, true),
      ("verviers", "Verviers", 50.5891, 5.8623, 55, .liege, true),
      ("huy", "Huy", 50.5190, 5.2390, 21, .liege, true),
      ("waremme", "Waremme", 50.6970, 5.2550, 15, .liege, false),
      ("spa", "Spa", 50.4920, 5.8650, 10, .liege, false),
      ("ans", "Ans", 50.6610, 5.5200, 29, .liege, true),
      ("flemalle", "Flémalle", 50.6030, 5.4590, 26, .liege, true),
      ("saint-nicolas", "Saint-Nicolas", 50.6300, 5.5330, 24, .liege, true),
      ("grace-hollogne", "Grâce-Hollogne", 50.6400, 5.4800, 23, .liege, true),
      ("chaudfontaine", "Chaudfontaine", 50.5850, 5.6400, 21, .liege, true),
      ("fleron", "Fléron", 50.6150, 5.6820, 16, .liege, true),
      ("vise", "Visé", 50.7370, 5.6930, 17, .liege, false),
      ("oupeye", "Oupeye", 50.7080, 5.6460, 25, .liege, true),
      ("esneux", "Esneux", 50.5350, 5.5680, 13, .liege, false),
      ("malmedy", "Malmedy", 50.4260, 6.0280, 13, .liege, false),
      ("stavelot", "Stavelot", 50.3940, 5.9310, 7, .liege, false),
      ("hannut", "Hannut", 50.6720, 5.0780, 17, .liege, false),
      ("amay", "Amay", 50.5490, 5.3180, 14, .liege, true),
      ("engis", "Engis", 50.5820, 5.4040, 6, .liege, true),
      ("wanze", "Wanze", 50.5400, 5.2080, 14, .liege, true),
      ("dison", "Dison", 50.6100, 5.8530, 15, .liege, true),
      ("pepinster", "Pepinster", 50.5680, 5.8060, 10, .liege, false),
      ("theux", "Theux", 50.5340, 5.8130, 12, .liege, false),
      ("herve", "Herve", 50.6400, 5.7930, 17, .liege, false),
      ("soumagne", "Soumagne", 50.6130, 5.7470, 17, .liege, false),
      ("aywaille", "Aywaille", 50.4740, 5.6750, 12, .liege, false),
      ("sprimont", "Sprimont", 50.5080, 5.6580, 15, .liege, false),
      ("hamoir", "Hamoir", 50.4280, 5.5330, 4, .liege, false),
      ("nandrin", "Nandrin", 50.5070, 5.4190, 6, .liege, false),
      ("neupre", "Neupré", 50.5450, 5.4860, 10, .liege, false),
      ("beyne-heusay", "Beyne-Heusay", 50.6220, 5.6560, 12, .liege, true),
      ("trooz", "Trooz", 50.5720, 5.7000, 8, .liege, false),
      ("jalhay", "Jalhay", 50.5580, 5.9670, 9, .liege, false),
      ("welkenraedt", "Welkenraedt", 50.6600, 5.9700, 10, .liege, false),
      ("aubel", "Aubel", 50.7040, 5.8570, 4, .liege, false),
      ("stoumont", "Stoumont", 50.4080, 5.8080, 3, .liege, false),
      // Luxembourg (the Ardennes: large, thinly populated communes)
      ("arlon", "Arlon", 49.6833, 5.8167, 30, .luxembourg, false),
      ("bastogne", "Bastogne", 50.0000, 5.7170, 16, .luxembourg, false),
      ("marche-en-famenne", "Marche-en-Famenne", 50.2270, 5.3440, 18, .luxembourg, false),
      ("libramont-chevigny", "Libramont-Chevigny", 49.9200, 5.3800, 11, .luxembourg, false),
      ("neufchateau", "Neufchâteau", 49.8410, 5.4360, 8, .luxembourg, false),
      ("virton", "Virton", 49.5670, 5.5330, 11, .luxembourg, false),
      ("bouillon", "Bouillon", 49.7940, 5.0670, 5, .luxembourg, false),
      ("la-roche-en-ardenne", "La Roche-en-Ardenne", 50.1830, 5.5760, 4, .luxembourg, false),
      ("durbuy", "Durbuy", 50.3520, 5.4560, 11, .luxembourg, false),
      ("saint-hubert", "Saint-Hubert", 50.0270, 5.3740, 6, .luxembourg, false),
      ("aubange", "Aubange", 49.5670, 5.8050, 17, .luxembourg, false),
      ("messancy", "Messancy", 49.5930, 5.8190, 8, .luxembourg, false),
      ("florenville", "Florenville", 49.6990, 5.3090, 6, .luxembourg, false),
      ("vielsalm", "Vielsalm", 50.2840, 5.9170, 8, .luxembourg, false),
      ("houffalize", "Houffalize", 50.1330, 5.7880, 5, .luxembourg, false),
      ("paliseul", "Paliseul", 49.9030, 5.1350, 5, .luxembourg, false),
      ("hotton", "Hotton", 50.2670, 5.4470, 5, .luxembourg, false),
      ("etalle", "Étalle", 49.6740, 5.6000, 6, .luxembourg, false),
      // Brabant wallon
      ("wavre", "Wavre", 50.7170, 4.6010, 35, .brabantWallon, false),
      ("ottignies-louvain-la-neuve", "Ottignies-Louvain-la-Neuve", 50.6680, 4.5690, 31, .brabantWallon, false),
      ("nivelles", "Nivelles", 50.5980, 4.3290, 28, .brabantWallon, false),
      ("braine-l-alleud", "Braine-l'Alleud", 50.6830, 4.3680, 40, .brabantWallon, false),
      ("waterloo", "Waterloo", 50.7150, 4.3990, 30, .brabantWallon, false),
      ("tubize", "Tubize", 50.6900, 4.2050, 26, .brabantWallon, false),
      ("rixensart", "Rixensart", 50.7120, 4.5300, 22, .brabantWallon, false),
      ("jodoigne", "Jodoigne", 50.7240, 4.8690, 14, .brabantWallon, false),
      ("perwez", "Perwez", 50.6240, 4.8130, 9, .brabantWallon, false),
      ("genappe", "Genappe", 50.6110, 4.4510, 15, .brabantWallon, false),
      ("rebecq", "Rebecq", 50.6640, 4.1340, 11, .brabantWallon, false),
    ]
    return rows.map { Commune(slug: $0.0, name: $0.1, lat: $0.2, lon: $0.3, population: $0.4, province: $0.5, axis: $0.6) }
  }()

  /// The commune with this slug. - Precondition: it is in the table.
  static func commune(_ slug: String) -> Commune {
    guard let commune = table.first(where: { $0.slug == slug }) else { preconditionFailure("no commune \(slug) in the table") }
    return commune
  }
}

/// An agency of a generated week and where its people live.
struct AgencySite {
  var id: Agency.ID
  var name: String
  var center: GeoPoint
  /// Radius (km) of the disc around `center` where workers and users live.
  var spreadKm: Double
  /// Relative number of workers and requests (population, boosted on the industrial axis).
  var weight: Double
  /// A town of 50 000 inhabitants or more: less farm work, more childcare and office work.
  var urban: Bool

  /// The agencies of a profile, in a fixed order that does not depend on the seed.
  ///
  /// `ale` is Ciney (rural Condroz), `city` is Charleroi; `region` and
  /// `stress` place one agency on each commune of the table and synthesise
  /// the rest of each province's quota around them.
  /// - Complexity: O(n²) in the 246 agencies, for the spacing check.
  static func sites(for profile: GeneratorProfile) -> [AgencySite] {
    switch profile {
    case .ale:
      return [site(WalloonCommunes.commune("ciney"), spreadKm: 6)]
    case .city:
      return [site(WalloonCommunes.commune("charleroi"), spreadKm: 6)]
    case .region, .stress:
      return regionSites()
    }
  }

  private static func site(_ commune: WalloonCommunes.Commune, spreadKm: Double? = nil) -> AgencySite {
    let spread = spreadKm ?? (commune.population >= 50 ? 4.5 : commune.province == .luxembourg ? 7 : 5.5)
    return AgencySite(
      id: Agency.ID("ale-" + commune.slug), name: "ALE de " + commune.name,
      center: GeoPoint(lat: commune.lat, lon: commune.lon), spreadKm: spread,
      weight: commune.population * (commune.axis ? 1.3 : 1), urban: commune.population >= 50)
  }

  /// The table's communes, then per province synthetic agencies 5–11 km from
  /// one of its communes (at least 4 km from any other agency, inside the
  /// province's box), until the province has its quota.
  private static func regionSites() -> [AgencySite] {
    var sites = WalloonCommunes.table.map { site($0) }
    var rng = SeededRandom(key: 0x57A1_1043)  // geography: the same map for every seed
    var number = sites.count
    for province in WalloonCommunes.Province.allCases {
      let bases = WalloonCommunes.table.filter { $0.province == province }
      let box = (
        lat: (bases.map(\.lat).min() ?? 0) - 0.03...(bases.map(\.lat).max() ?? 0) + 0.03,
        lon: (bases.map(\.lon).min() ?? 0) - 0.03...(bases.map(\.lon).max() ?? 0) + 0.03)
      var missing = province.agencyQuota - bases.count
      var attempts = 0
      while missing > 0 {
        attempts += 1
        let base = rng.pick(bases)
        let distance = rng.double(5, 11)
        let angle = rng.double(0, 2 * Double.pi)
        let point = GeneratorGeometry.offset(GeoPoint(lat: base.lat, lon: base.lon), northKm: distance * sin(angle), eastKm: distance * cos(angle))
        let spaced = attempts > 2_000 || sites.allSatisfy { RuleArithmetic.haversineKm($0.center, point) >= 4 }
        guard box.lat.contains(point.lat), box.lon.contains(point.lon),
          WalloonCommunes.latitudes.contains(point.lat), WalloonCommunes.longitudes.contains(point.lon), spaced
        else { continue }
        number += 1
        let population = rng.double(4, 14).rounded()
        sites.append(AgencySite(
          id: Agency.ID("ale-syn-\(number)"), name: "ALE synthétique \(number) (près de \(base.name))",
          center: GeneratorGeometry.rounded(point), spreadKm: province == .luxembourg ? 7 : 5.5,
          weight: population * (base.axis ? 1.3 : 1), urban: false))
        missing -= 1
      }
    }
    return sites
  }
}
