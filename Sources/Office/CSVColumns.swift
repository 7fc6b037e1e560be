/// The columns of the office's CSV files (French names), with the record field each fills.
///
/// `field` is the name `RecordChecks` gives a problem (`birthDate`,
/// `slots[1].to` → `slots`), so a problem found on the record is reported at
/// its CSV column.
public struct CSVColumn: Sendable {
  public var key: String
  public var field: String
  public var required: Bool
  /// An example value, for the template.
  public var example: String
  /// What the column holds, for docs/office.md and the template's note.
  public var meaning: String
}

extension CSVImport.Kind {
  /// The file's columns, in template order.
  public var columns: [CSVColumn] {
    switch self {
    case .workers:
      [
        CSVColumn(key: "id", field: "id", required: true, example: "w-101", meaning: "identifiant unique"),
        CSVColumn(key: "agence", field: "agencyId", required: true, example: "ale-namur", meaning: "identifiant de l'ALE"),
        CSVColumn(key: "nom", field: "name", required: false, example: "Marie Dubois", meaning: "nom et prénom"),
        CSVColumn(key: "telephone", field: "phone", required: false, example: "0471 12 34 56", meaning: "téléphone"),
        CSVColumn(key: "rue", field: "street", required: false, example: "Rue de Fer 12", meaning: "rue et numéro"),
        CSVColumn(key: "code_postal", field: "postcode", required: false, example: "5000", meaning: "code postal belge"),
        CSVColumn(key: "commune", field: "commune", required: false, example: "Namur", meaning: "commune"),
        CSVColumn(key: "latitude", field: "lat", required: false, example: "", meaning: "vide : centre de la commune (approximatif)"),
        CSVColumn(key: "longitude", field: "lon", required: false, example: "", meaning: "vide : centre de la commune (approximatif)"),
        CSVColumn(key: "date_naissance", field: "birthDate", required: true, example: "1971-04-02", meaning: "AAAA-MM-JJ"),
        CSVColumn(key: "ris", field: "ris", required: false, example: "non", meaning: "oui si revenu d'intégration (RIS)"),
        CSVColumn(key: "cpas", field: "cpas", required: false, example: "", meaning: "CPAS qui paie (RIS), ex. cpas-namur"),
        CSVColumn(key: "chomage_depuis", field: "unemployedSince", required: false, example: "2022-09-01", meaning: "début des allocations, AAAA-MM-JJ"),
        CSVColumn(key: "demandeur_emploi_depuis", field: "jobSeekerSince", required: false, example: "2022-08-15", meaning: "inscription comme demandeur d'emploi"),
        CSVColumn(key: "activites", field: "activities", required: false, example: "gardening odd_jobs", meaning: "activités autorisées, séparées par des espaces"),
        CSVColumn(key: "distance_max_km", field: "maxDistanceKm", required: false, example: "10", meaning: "km (aller), vide : défaut"),
        CSVColumn(key: "heures_max_semaine", field: "maxHoursPerWeek", required: false, example: "12", meaning: "heures par semaine, vide : aucune"),
        CSVColumn(key: "disponibilites", field: "slots", required: false, example: "ma 08:00-12:30 je 13:00-17:00", meaning: "jour (lu ma me je ve sa di) et plage, répétés"),
        CSVColumn(key: "note", field: "note", required: false, example: "", meaning: "remarque"),
      ]
    case .users:
      [
        CSVColumn(key: "id", field: "id", required: true, example: "u-101", meaning: "identifiant unique"),
        CSVColumn(key: "agence", field: "agencyId", required: true, example: "ale-namur", meaning: "identifiant de l'ALE"),
        CSVColumn(key: "type", field: "kind", required: true, example: "private", meaning: "private, school, nonprofit, local_authority, agriculture, horticulture"),
        CSVColumn(key: "nom", field: "name", required: false, example: "Famille Lambert", meaning: "nom"),
        CSVColumn(key: "telephone", field: "phone", required: false, example: "081 22 33 44", meaning: "téléphone"),
        CSVColumn(key: "rue", field: "street", required: false, example: "Avenue Reine Astrid 5", meaning: "rue et numéro"),
        CSVColumn(key: "code_postal", field: "postcode", required: false, example: "5000", meaning: "code postal belge"),
        CSVColumn(key: "commune", field: "commune", required: false, example: "Namur", meaning: "commune"),
        CSVColumn(key: "latitude", field: "lat", required: false, example: "50.4540", meaning: "vide : centre de la commune (approximatif)"),
        CSVColumn(key: "longitude", field: "lon", required: false, example: "4.8500", meaning: "vide : centre de la commune (approximatif)"),
        CSVColumn(key: "activites", field: "activities", required: false, example: "gardening:2026-041:TI odd_jobs:2026-042", meaning: "activité:numéro d'autorisation:code chèque, séparés par des espaces"),
        CSVColumn(key: "note", field: "note", required: false, example: "", meaning: "remarque"),
      ]
    case .requests:
      [
        CSVColumn(key: "id", field: "id", required: true, example: "r-101", meaning: "identifiant (répété : une fenêtre de plus)"),
        CSVColumn(key: "utilisateur", field: "userId", required: true, example: "u-101", meaning: "identifiant de l'utilisateur"),
        CSVColumn(key: "activite", field: "activity", required: true, example: "gardening", meaning: "activité du catalogue"),
        CSVColumn(key: "heures", field: "hours", required: true, example: "3", meaning: "durée en heures"),
        CSVColumn(key: "prestataires", field: "seats", required: false, example: "1", meaning: "nombre de prestataires, défaut 1"),
        CSVColumn(key: "priorite", field: "priority", required: false, example: "1", meaning: "1 à 5, défaut 1"),
        CSVColumn(key: "date", field: "windows", required: false, example: "2026-11-24", meaning: "demande ponctuelle : la date"),
        CSVColumn(key: "de", field: "from", required: true, example: "08:00", meaning: "début de la plage HH:MM"),
        CSVColumn(key: "a", field: "to", required: true, example: "18:00", meaning: "fin de la plage HH:MM"),
        CSVColumn(key: "jours", field: "rrule", required: false, example: "", meaning: "demande répétée : jours (lu ma me je ve sa di)"),
        CSVColumn(key: "toutes_les", field: "interval", required: false, example: "", meaning: "répétée : toutes les N semaines, défaut 1"),
        CSVColumn(key: "du", field: "dtstart", required: false, example: "", meaning: "répétée : première date"),
        CSVColumn(key: "au", field: "until", required: false, example: "", meaning: "répétée : dernière date (vide : sans fin)"),
        CSVColumn(key: "sauf", field: "exdates", required: false, example: "", meaning: "répétée : dates sautées, séparées par des espaces"),
        CSVColumn(key: "note", field: "note", required: false, example: "", meaning: "remarque"),
      ]
    }
  }

  /// The template: the header, then one example row, `;` separated, UTF-8.
  public var template: String {
    let header = columns.map(\.key).joined(separator: ";")
    let example = columns.map(\.example).joined(separator: ";")
    return header + "\n" + example + "\n"
  }
}
