/// Sentences in French or English on top of the reports' `Labels`: the
/// choice of language, the colon, and when an assignment takes place.
///
/// Shared by the change list (`PlanChanges.text`) and `explain`
/// (`Wording+Explain.swift`), so that both say things the same way.
struct Wording: Sendable {
  let labels: Labels
  let language: PlanReport.Language

  init(_ language: PlanReport.Language) {
    self.language = language
    labels = Labels(language)
  }

  /// `fr` in French, `en` in English.
  func pick(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  /// `" : "` in French, `": "` in English.
  var colon: String { pick(" : ", ": ") }

  /// `mar. 24/11/2026 09:00-12:00`.
  func when(date: Day, start: TimeOfDay, end: TimeOfDay) -> String {
    "\(labels.shortWeekday(date.weekday)) \(labels.shortDate(date)) \(start)-\(end)"
  }

  /// When `a` takes place: `mar. 24/11/2026 09:00-12:00`.
  func when(_ a: Plan.Assignment) -> String { when(date: a.date, start: a.start, end: a.end) }
}
