/// Every word the pages show, in French and English: one table, looked up by key.
///
/// Templates read it as `{{l.key}}`; Swift code as `WebLabels.text("key", language)`.
/// A key missing from the table shows as the key itself, which the route tests catch.
enum WebLabels {
  /// (key, French, English), sorted by area.
  static let table: [(String, String, String)] = [
    // navigation and layout
    ("app", "Bureau ALE", "ALE office"),
    ("week", "Semaine", "Week"), ("weekOf", "Semaine du", "Week of"),
    ("workers", "Travailleurs", "Workers"), ("users", "Utilisateurs", "Users"), ("requests", "Demandes", "Requests"),
    ("hours", "Heures", "Hours"), ("import", "Import CSV", "CSV import"), ("print", "Imprimer", "Print"),
    ("logout", "Se déconnecter", "Log out"), ("login", "Se connecter", "Log in"),
    ("name", "Nom", "Name"), ("password", "Mot de passe", "Password"), ("loginFailed", "Nom ou mot de passe incorrect.", "Wrong name or password."),
    ("language", "English", "Français"), ("previousWeek", "◀ Semaine précédente", "◀ Previous week"), ("nextWeek", "Semaine suivante ▶", "Next week ▶"),
    ("search", "Rechercher", "Search"), ("filter", "Filtrer", "Filter"), ("clear", "Effacer", "Clear"), ("all", "Tous", "All"),
    ("save", "Enregistrer", "Save"), ("cancel", "Annuler", "Cancel"), ("back", "Retour", "Back"), ("actions", "Actions", "Actions"),
    ("archive", "Archiver", "Archive"), ("archived", "Archivé", "Archived"), ("restore", "Réactiver", "Restore"), ("showArchived", "Afficher les archivés", "Show archived"),
    ("new", "Nouveau", "New"), ("idTaken", "cet identifiant est déjà pris", "this id is already taken"), ("edit", "Modifier", "Edit"), ("id", "Identifiant", "Id"), ("none", "aucun", "none"),
    ("problems", "Corrigez les problèmes indiqués.", "Please fix the problems shown."), ("saved", "Enregistré.", "Saved."),
    ("notFound", "Introuvable.", "Not found."), ("error", "Erreur", "Error"), ("by", "par", "by"),
    // the week
    ("worker", "Travailleur", "Worker"), ("user", "Utilisateur", "User"), ("day", "Jour", "Day"), ("activity", "Activité", "Activity"),
    ("request", "Demande", "Request"), ("date", "Date", "Date"), ("from", "De", "From"), ("to", "À", "To"), ("start", "Début", "Start"),
    ("status", "Statut", "Status"), ("draft", "Brouillon", "Draft"), ("published", "Publié", "Published"), ("recorded", "Enregistrée", "Recorded"),
    ("notPlanned", "Pas encore planifiée", "Not planned yet"),
    ("plan", "Planifier la semaine", "Plan the week"), ("replan", "Replanifier en gardant", "Re-plan keeping"),
    ("planning", "Planification en cours…", "Planning…"), ("planDone", "Planification terminée.", "Planning done."),
    ("planFailed", "La planification a échoué", "Planning failed"), ("timeLimit", "Limite de temps", "Time limit"), ("seconds", "s", "s"),
    ("publish", "Publier", "Publish"), ("publishedOn", "Plan publié", "Plan published"),
    ("coverage", "Couverture", "Coverage"), ("covered", "couvertes sur", "covered of"),
    ("uncovered", "Demandes non couvertes", "Uncovered requests"), ("noUncovered", "Toutes les demandes sont couvertes.", "Every request is covered."),
    ("why", "Pourquoi ?", "Why?"), ("whoCould", "Qui pourrait la prendre", "Who could take it"),
    ("pinned", "épinglé", "pinned"), ("pin", "Épingler", "Pin"), ("unpin", "Désépingler", "Unpin"),
    ("move", "Confier à un autre travailleur", "Move to another worker"), ("moveTo", "Confier à", "Move to"),
    ("couldTakeAt", "libre", "free on"), ("busyElsewhere", "possible en libérant une autre prestation", "possible by freeing another job"),
    ("refused", "Refusé", "Refused"), ("rule", "règle", "rule"),
    ("changes", "Ce qui a changé", "What changed"), ("whomToCall", "Qui appeler", "Whom to call"), ("noChanges", "Rien n'a changé.", "Nothing changed."),
    ("quickChange", "Un changement", "A change"), ("absence", "Absent ce jour", "Absent that day"), ("skip", "Annulé ce jour-là", "Cancelled that day"),
    ("oneOff", "Une demande ponctuelle", "A one-off request"), ("addAbsence", "Marquer l'absence", "Mark the absence"), ("addSkip", "Annuler cette date", "Cancel this date"),
    ("seats", "Places", "Seats"), ("seatsOpen", "place(s) à pourvoir", "seat(s) open"), ("priority", "Priorité", "Priority"), ("minutes", "Durée (minutes)", "Length (minutes)"),
    ("assignments", "Affectations", "Assignments"), ("nothingThisDay", "—", "—"), ("results", "résultats", "results"),
    ("mon", "lun", "Mon"), ("tue", "mar", "Tue"), ("wed", "mer", "Wed"), ("thu", "jeu", "Thu"), ("fri", "ven", "Fri"), ("sat", "sam", "Sat"), ("sun", "dim", "Sun"),
    // end of the week
    ("record", "Enregistrer la semaine", "Record the week"), ("done", "Fait", "Done"), ("noShow", "Absent (non presté)", "No-show"),
    ("cancelled", "Annulé", "Cancelled"), ("hoursDone", "Heures prestées", "Hours worked"), ("recordHelp", "Tout est « fait » par défaut : ne changez que les exceptions.", "Everything is \"done\" by default: change only the exceptions."),
    ("weekRecorded", "Semaine enregistrée.", "Week recorded."),
    // hours
    ("month", "Mois", "Month"), ("year", "Année", "Year"), ("cap", "Plafond", "Cap"), ("used", "Utilisé", "Used"), ("left", "Reste", "Left"),
    ("limit", "Limite", "Limit"),
    ("cap.month-standard", "mois, activités ordinaires", "month, standard activities"),
    ("cap.month-extended", "mois, activités étendues", "month, extended activities"),
    ("cap.month-all", "mois, toutes activités", "month, all activities"),
    ("cap.year-all", "année civile", "calendar year"),
    ("nearCap", "Proche du plafond", "Near the cap"),
    // register forms
    ("phone", "Téléphone", "Phone"), ("address", "Adresse", "Address"), ("postcode", "Code postal", "Postcode"), ("commune", "Commune", "Municipality"), ("note", "Note", "Note"), ("agency", "Agence", "Agency"),
    ("birthDate", "Date de naissance", "Birth date"), ("ris", "Bénéficiaire du RIS", "RIS beneficiary"), ("unemployedSince", "Chômeur depuis", "Unemployed since"),
    ("activities", "Activités autorisées", "Authorised activities"), ("maxDistance", "Distance max. (km)", "Max. distance (km)"),
    ("maxHours", "Heures max. par semaine", "Max. hours a week"), ("availability", "Disponibilités", "Availability"),
    ("lat", "Latitude", "Latitude"), ("lon", "Longitude", "Longitude"), ("kind", "Type", "Kind"),
    ("recurring", "Récurrente", "Recurring"), ("weekdays", "Jours", "Weekdays"), ("until", "Jusqu'au", "Until"), ("every", "Toutes les … semaines", "Every … weeks"),
    ("firstDate", "À partir du", "From"), ("windowFrom", "Heure de début", "Window from"), ("windowTo", "Heure de fin", "Window to"),
    ("csvKind", "Fichier de", "File of"), ("csvText", "Contenu CSV (ou choisissez un fichier)", "CSV content (or choose a file)"),
    ("csvCheck", "Vérifier et importer", "Check and import"), ("csvNothing", "Rien n'a été écrit.", "Nothing was written."),
    ("csvImported", "lignes importées.", "rows imported."), ("template", "Modèle", "Template"),
    // printing
    ("routeSheet", "Feuille de route", "Route sheet"), ("routeSheets", "Feuilles de route", "Route sheets"), ("userSheets", "Fiches utilisateurs", "User sheets"), ("userSheet", "Fiche utilisateur", "User sheet"), ("officeWeek", "La semaine pour le bureau", "The week for the office"),
    ("downloadCSV", "Télécharger CSV", "Download CSV"), ("downloadICS", "Télécharger iCalendar", "Download iCalendar"),
    ("printNow", "Imprimer", "Print"), ("approx", "position approximative (centre de la commune)", "approximate location (commune centre)"),
    // reasons a request stayed uncovered
    ("reason.no_authorized_worker", "aucun travailleur autorisé pour cette activité", "no worker authorised for this activity"),
    ("reason.out_of_range", "aucun travailleur assez proche", "no worker close enough"),
    ("reason.no_common_time", "aucun travailleur disponible à ce moment", "no worker free at that time"),
    ("reason.cap_exhausted", "les travailleurs possibles ont atteint leur plafond d'heures", "the possible workers reached an hour cap"),
    ("reason.outcompeted", "les travailleurs possibles sont pris par des demandes prioritaires", "the possible workers are taken by higher-priority requests"),
    ("reason.excluded", "écartée (demande exclue)", "left out (request excluded)"),
  ]

  private static let fr: [String: String] = Dictionary(table.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
  private static let en: [String: String] = Dictionary(table.map { ($0.0, $0.2) }, uniquingKeysWith: { first, _ in first })

  /// The whole table in one language, for templates (`{{l.key}}`).
  static func dictionary(_ language: WebLanguage) -> [String: String] { language == .fr ? fr : en }

  /// The label of a key the table has; nil for any other text (a `?msg=` typed by hand shows nothing).
  static func known(_ key: String, _ language: WebLanguage) -> String? { dictionary(language)[key] }

  /// One label; the key itself when missing.
  static func text(_ key: String, _ language: WebLanguage) -> String { dictionary(language)[key] ?? key }
}
