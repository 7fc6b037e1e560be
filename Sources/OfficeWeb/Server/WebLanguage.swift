import Matcher

/// The language of the pages: French by default, English by choice.
public enum WebLanguage: String, Sendable, CaseIterable {
  case fr, en

  /// The matching language of Matcher's reports and explanations.
  var report: PlanReport.Language { self == .fr ? .fr : .en }
}
