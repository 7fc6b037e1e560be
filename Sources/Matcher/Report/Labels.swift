/// The words of the reports in one language: headings, day and month names,
/// a plain sentence per reason code, and activity labels.
///
/// French is the catalog's language, so French activity labels come from the
/// rule set; English ones are kept here, by activity id, and an activity this
/// table does not know falls back to its catalog label.
package struct Labels: Sendable {
  let language: PlanReport.Language

  package init(_ language: PlanReport.Language) { self.language = language }

  func pick(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  /// English labels of the default catalog (domain.md), by activity id.
  static let englishActivities: [String: String] = [
    "odd_jobs": "Small odd jobs",
    "admin_help": "Administrative help",
    "gardening": "Gardening",
    "childcare": "Childcare",
    "elderly_companionship": "Companionship for elderly people",
    "pet_care": "Pet care",
    "school_care": "Before- and after-school care",
    "extracurricular_help": "Help with extracurricular activities",
    "child_escort": "Escorting children to activities",
    "school_bus_escort": "School bus escort",
    "office_work": "Office work",
    "premises_cleaning": "Cleaning of premises",
    "event_help": "Help at events",
    "sports_grounds": "Upkeep of sports grounds and changing rooms",
    "library_help": "Help at the municipal library",
    "social_support": "Support for socially disadvantaged people",
    "environment": "Environmental protection",
    "neighbourhood": "Neighbourhood needs",
    "school_traffic": "Traffic at school gates",
    "prevention_safety": "Prevention and safety",
    "farm_seasonal": "Seasonal farm work",
    "horticulture": "Horticultural work",
  ]

  /// The activity's label in this language (the catalog's French label, or the id if unknown).
  func activity(_ id: Activity.ID, rules: RuleSet) -> String {
    if language == .en, let english = Labels.englishActivities[id.rawValue] { return english }
    return rules.activity(id)?.label ?? id.rawValue
  }

  /// Weekday name, ISO numbering (1 = Monday).
  func weekday(_ number: Int) -> String {
    let fr = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    let index = min(max(number - 1, 0), 6)
    return language == .fr ? fr[index] : en[index]
  }

  /// Short weekday name for grid headers.
  func shortWeekday(_ number: Int) -> String {
    let fr = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let index = min(max(number - 1, 0), 6)
    return language == .fr ? fr[index] : en[index]
  }

  /// `mardi 24/11/2026` or `Tuesday 24/11/2026`.
  func longDate(_ day: Day) -> String { weekday(day.weekday) + " " + shortDate(day) }

  /// `24/11/2026`, the Belgian order in both languages.
  func shortDate(_ day: Day) -> String {
    let c = day.components
    return Day.pad(c.day, 2) + "/" + Day.pad(c.month, 2) + "/" + String(c.year)
  }

  /// `novembre 2026` / `November 2026`.
  func month(_ month: Month) -> String {
    let fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    let index = min(max(month.month - 1, 0), 11)
    return (language == .fr ? fr[index] : en[index]) + " " + String(month.year)
  }

  /// A number with `decimals` places, decimal comma in French; trailing zeros kept.
  func number(_ value: Double, decimals: Int) -> String {
    ReportNumber.fixed(value, decimals: decimals, mark: language == .fr ? "," : ".")
  }

  /// Hours without useless zeros: `3 h`, `1,5 h`.
  func hours(_ value: Double) -> String {
    ReportNumber.short(value, mark: language == .fr ? "," : ".") + " h"
  }

  /// Euros to the cent: `2,15 €` / `€2.15`.
  func euros(_ value: Double) -> String {
    language == .fr ? number(value, decimals: 2) + " €" : "€" + number(value, decimals: 2)
  }

  /// Euros to four decimals, for per-cheque amounts.
  func euros4(_ value: Double) -> String {
    language == .fr ? number(value, decimals: 4) + " €" : "€" + number(value, decimals: 4)
  }

  /// Kilometres to the hundredth.
  func kilometres(_ value: Double) -> String { number(value, decimals: 2) + " km" }

  /// A plain sentence for an unassigned reason code.
  func sentence(_ reason: UnassignedReason) -> String {
    switch reason {
    case .noAuthorizedWorker:
      pick("aucun travailleur éligible n'est autorisé pour cette activité", "no eligible worker is authorised for this activity")
    case .outOfRange:
      pick("des travailleurs sont autorisés, mais aucun n'habite assez près", "authorised workers exist, but none lives close enough")
    case .noCommonTime:
      pick("aucun travailleur proche n'est disponible pendant les plages demandées", "no nearby worker is available during the requested times")
    case .capExhausted:
      pick("les travailleurs qui conviennent n'ont plus d'heures sous un plafond", "the workers who fit have no hours left under a cap")
    case .outcompeted:
      pick(
        "les travailleurs qui conviennent ont été pris par des travaux de plus grande valeur (priorité × heures)",
        "the workers who fit were taken by jobs of higher value (priority × hours)")
    case .excluded:
      pick("seuls des travailleurs exclus par l'utilisateur conviennent", "only workers the user excluded fit")
    }
  }

  /// A plain sentence for a rejection reason code.
  func sentence(_ reason: RejectionReason) -> String {
    switch reason {
    case .ineligible: pick("ne remplit pas les conditions pour travailler en ALE", "does not meet the conditions to work in an ALE")
    case .unknownActivity: pick("activité absente du catalogue", "activity not in the catalog")
    case .activityNotAllowed: pick("activité non permise pour ce type d'utilisateur", "activity not allowed for this kind of user")
    case .windowOutsideWeek: pick("plage horaire en dehors de la semaine", "time window outside the week")
    case .badDuration: pick("durée incompatible avec la grille ou les plages", "duration does not fit the time grid or the windows")
    }
  }

  /// `demande` / `request`, `travailleur` / `worker`.
  func kind(_ kind: Rejection.Kind) -> String {
    switch kind {
    case .request: pick("demande", "request")
    case .worker: pick("travailleur", "worker")
    }
  }

  /// The paying body's name.
  func body(_ body: PayingBody) -> String {
    switch body {
    case .paymentOrganisation: pick("organisme de paiement (chômeurs)", "payment organisation (unemployed workers)")
    case .cpas: pick("CPAS (bénéficiaires du RIS)", "CPAS (RIS beneficiaries)")
    }
  }

  /// The name of a party receiving a share (`ale`, `forem`, `cpas`).
  func party(_ id: String) -> String {
    switch id {
    case "ale": "ALE"
    case "forem": "Forem"
    case "cpas": "CPAS"
    default: id
    }
  }

  /// A party's share, saying what part of the issuer's fee was taken from it:
  /// `Forem (moins 50 % des frais de l'éditeur)`.
  func share(_ party: String, bearing fraction: Double) -> String {
    let name = self.party(party)
    guard fraction > 0 else { return name }
    guard fraction < 1 else { return name + pick(" (moins les frais de l'éditeur)", " (less the issuer's fees)") }
    let percent = ReportNumber.short(fraction * 100, mark: language == .fr ? "," : ".") + " %"
    return name + pick(" (moins \(percent) des frais de l'éditeur)", " (less \(percent) of the issuer's fees)")
  }

  /// The heading of the seed's table: what the CPAS receives per cheque, in all.
  func cpasPerCheque(rules: RuleSet) -> String {
    let cpas = rules.cheques.cpasSplit.first(where: { $0.party == "cpas" })?.fraction ?? 0
    let percent = ReportNumber.short(cpas * 100, mark: language == .fr ? "," : ".") + " %"
    return pick(
      "Ce que reçoit le CPAS par chèque, en tout (\(percent) du solde, moins sa part des frais de l'éditeur, plus ses frais de fonctionnement)",
      "What the CPAS receives per cheque, in all (\(percent) of the remainder, less its part of the issuer's fees, plus its running costs)")
  }

  /// The warning that opens a report of a plan that no longer holds for its scenario.
  func stale(_ violations: Int) -> String {
    pick(
      "ATTENTION : ce plan ne tient plus pour le scénario tel qu'il est aujourd'hui (\(violations) problème\(violations == 1 ? "" : "s")). "
        + "Le scénario a changé depuis le plan : refaites le plan, ou voyez le détail avec match-cli check.",
      "WARNING: this plan no longer holds for the scenario as it is now (\(violations) problem\(violations == 1 ? "" : "s")). "
        + "The scenario changed since the plan: plan again, or see the detail with match-cli check.")
  }

  // Headings and short words.
  var title: String { pick("Plan de la semaine", "Week plan") }
  var weekOf: String { pick("semaine du", "week of") }
  var status: String { pick("statut", "status") }
  var coverage: String { pick("Couverture", "Coverage") }
  var requested: String { pick("demandées", "requested") }
  var weighted: String { pick("pondérée", "weighted") }
  var travel: String { pick("Déplacements remboursés", "Travel reimbursed") }
  var travelShort: String { pick("déplacement", "travel") }
  var assignmentsHeading: String { pick("Prestations", "Assignments") }
  var noAssignment: String { pick("aucune prestation", "no assignment") }
  var unassignedHeading: String { pick("Demandes non couvertes", "Unassigned requests") }
  var rejectedHeading: String { pick("Enregistrements écartés", "Rejected records") }
  var capsHeading: String { pick("Heures par travailleur et plafonds (après le plan)", "Hours per worker against caps (after the plan)") }
  var gridHeading: String { pick("Semaine par travailleur", "Week per worker") }
  var usersHeading: String { pick("Prestations par utilisateur", "Assignments per user") }
  var totalsHeading: String { pick("Totaux", "Totals") }
  var moneyHeading: String { pick("Argent (chèques ALE)", "Money (ALE cheques)") }
  var none: String { pick("aucune", "none") }
  var worker: String { pick("travailleur", "worker") }
  var user: String { pick("utilisateur", "user") }
  var request: String { pick("demande", "request") }
  var activityWord: String { pick("activité", "activity") }
  var seatsMissing: String { pick("place(s) manquante(s)", "seat(s) missing") }
  var planned: String { pick("prévues cette semaine", "planned this week") }
  /// `" : "` in French typography, `": "` in English.
  var colon: String { pick(" : ", ": ") }
  var period: String { pick("période", "period") }
  var year: String { pick("année", "year") }
  var pinned: String { pick("fixée", "pinned") }
  var chequesByActivity: String { pick("Chèques par activité et code de prix", "Cheques by activity and price code") }
  var code: String { pick("code", "code") }
  var price: String { pick("prix", "price") }
  var cheques: String { pick("chèques", "cheques") }
  var amount: String { pick("montant", "amount") }
  var paidByUsers: String { pick("Payé par les utilisateurs (chèques)", "Paid by users (cheques)") }
  var workerPay: String { pick("Rémunération des travailleurs", "Worker pay") }
  var payingBodyFee: String { pick("frais de fonctionnement de l'organisme payeur", "paying body's running costs") }
  var issuerFee: String { pick("frais de l'éditeur des chèques", "cheque issuer's fees") }
  var sharesOf: String { pick("Répartition", "Split") }
  var perBody: String { pick("par organisme payeur", "per paying body") }
  var cpasInAll: String { pick("CPAS en tout (sa part et ses frais de fonctionnement)", "CPAS in all (its share and its running costs)") }
  var requestsWord: String { pick("demandes", "requests") }
  var seatsWord: String { pick("places", "seats") }
  var continuity: String { pick("continuité (travailleur connu)", "continuity (known worker)") }
  var capWord: String { pick("plafond", "cap") }
  var contactsHeading: String { pick("Contacts", "Contacts") }
  var phone: String { pick("tél.", "phone") }
  var generated: String { pick("Rapport produit par match-cli report", "Report made by match-cli report") }
}

/// Deterministic number formatting, independent of the machine's locale: the one
/// way a number is rounded for display (reports, batch tables, `match-cli` summaries).
package enum ReportNumber {
  /// `value` rounded half away from zero to `decimals` places, with `mark` as decimal mark.
  package static func fixed(_ value: Double, decimals: Int, mark: String) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale + 1e-9).rounded(.toNearestOrAwayFromZero)
    guard scaled.isFinite, scaled < 9e15 else { return String(value) }
    let units = Int(scaled)
    let divisor = Int(scale)
    let whole = units / divisor
    let fraction = units % divisor
    let sign = value < 0 && units != 0 ? "-" : ""
    guard decimals > 0 else { return sign + String(whole) }
    return sign + String(whole) + mark + Day.pad(fraction, decimals)
  }

  /// Up to two decimals, trailing zeros dropped: `3`, `1,5`, `2,25`.
  static func short(_ value: Double, mark: String) -> String {
    var text = fixed(value, decimals: 2, mark: mark)
    if text.contains(mark) {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(mark) { text.removeLast(mark.count) }
    }
    return text
  }
}
