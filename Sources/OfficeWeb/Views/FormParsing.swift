import Foundation
import Matcher
import Office

/// Reads typed values out of a form, gathering every problem (field, message) instead of stopping at the first.
struct FormReader {
  let form: FormData
  let language: WebLanguage
  var problems: [FieldProblem] = []

  init(_ form: FormData, language: WebLanguage) {
    self.form = form
    self.language = language
  }

  private func say(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

  /// A text; nil when empty.
  func text(_ name: String) -> String? { form[name].flatMap { $0.isEmpty ? nil : $0 } }

  /// A text that must be there.
  mutating func required(_ name: String) -> String {
    guard let value = text(name) else {
      problems.append(FieldProblem(name, say("obligatoire", "required")))
      return ""
    }
    return value
  }

  /// A date `YYYY-MM-DD`; nil when empty (a problem when `required`).
  mutating func date(_ name: String, required: Bool = false) -> String? {
    guard let value = text(name) else {
      if required { problems.append(FieldProblem(name, say("obligatoire (AAAA-MM-JJ)", "required (YYYY-MM-DD)"))) }
      return nil
    }
    guard Day(iso: value) != nil else {
      problems.append(FieldProblem(name, say("« \(value) » n'est pas une date AAAA-MM-JJ", "\"\(value)\" is not a date YYYY-MM-DD")))
      return nil
    }
    return value
  }

  /// A time `HH:MM`; nil when empty (a problem when `required`).
  mutating func time(_ name: String, required: Bool = false) -> String? {
    guard let value = text(name) else {
      if required { problems.append(FieldProblem(name, say("obligatoire (HH:MM)", "required (HH:MM)"))) }
      return nil
    }
    guard TimeOfDay(value, allowEndOfDay: true) != nil else {
      problems.append(FieldProblem(name, say("« \(value) » n'est pas une heure HH:MM", "\"\(value)\" is not a time HH:MM")))
      return nil
    }
    return value
  }

  /// A number in `range` (a comma is a decimal point); nil when empty (a problem when `required`).
  mutating func number(_ name: String, in range: ClosedRange<Double>, required: Bool = false) -> Double? {
    guard let value = text(name) else {
      if required { problems.append(FieldProblem(name, say("obligatoire", "required"))) }
      return nil
    }
    guard let number = Double(value.replacingOccurrences(of: ",", with: ".")), range.contains(number) else {
      let bounds = "\(range.lowerBound.clean)–\(range.upperBound.clean)"
      problems.append(FieldProblem(name, say("« \(value) » : un nombre entre \(bounds) est attendu", "\"\(value)\": a number between \(bounds) is expected")))
      return nil
    }
    return number
  }

  /// Weekly slots, one a line: `lundi 08:00-12:00`, `Mon 8:00-12:00` or `1 08:00-12:00`.
  mutating func slots(_ name: String) -> [(weekday: Int, from: String, to: String)] {
    var slots: [(Int, String, String)] = []
    for (index, line) in (text(name) ?? "").split(whereSeparator: \.isNewline).enumerated() {
      let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "–" }).map(String.init)
      guard parts.count == 3, let day = Self.weekday(parts[0]),
        let from = TimeOfDay(parts[1], allowEndOfDay: false), let to = TimeOfDay(parts[2], allowEndOfDay: true), from < to
      else {
        problems.append(
          FieldProblem(name, say("ligne \(index + 1) « \(line) » : attendu « lundi 08:00-12:00 »", "line \(index + 1) \"\(line)\": expected \"Monday 08:00-12:00\"")))
        continue
      }
      slots.append((day, from.description, to.description))
    }
    return slots
  }

  /// `lun`, `lundi`, `mon`, `monday` or `1` → 1 (Monday) … 7.
  static func weekday(_ text: String) -> Int? {
    if let n = Int(text), (1...7).contains(n) { return n }
    let names = [["lu", "mo"], ["ma", "tu"], ["me", "we"], ["je", "th"], ["ve", "fr"], ["sa"], ["di", "su"]]
    let prefix = String(text.lowercased().prefix(2))
    return names.firstIndex { $0.contains(prefix) }.map { $0 + 1 }
  }

  /// Slots back as the textarea shows them, in the page's language.
  static func slotText(_ slots: [WorkerSlot], language: WebLanguage) -> String {
    let keys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    return slots.sorted { ($0.weekday, $0.from) < ($1.weekday, $1.from) }
      .map { WebLabels.text(keys[$0.weekday - 1], language) + " " + $0.from + "-" + $0.to }.joined(separator: "\n")
  }
}

extension Double {
  /// `10` rather than `10.0`.
  var clean: String { self == rounded() ? String(Int(self)) : String(self) }
}
