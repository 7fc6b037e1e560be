import Office

/// A form field as the register templates show it: its value, its problem, and how to draw it.
struct FormField: Sendable {
  /// One choice of a select or a row of check boxes.
  struct Option: Sendable {
    var id: String
    var name: String
    var selected: Bool
    var field: String
  }

  var name: String
  var label: String
  var value: String = ""
  var type: String = "text"
  var step: String? = nil
  var problem: String? = nil
  var options: [Option] = []
  var isText = true
  var isArea = false
  var isSelect = false
  var isChecks = false

  /// A text-like input (`text`, `date`, `number`, `time`, `tel`).
  static func text(_ name: String, _ label: String, _ value: String?, type: String = "text", step: String? = nil) -> FormField {
    FormField(name: name, label: label, value: value ?? "", type: type, step: step)
  }

  /// A select among `choices` (id, name).
  static func select(_ name: String, _ label: String, _ value: String?, _ choices: [(String, String)]) -> FormField {
    var field = FormField(name: name, label: label, isText: false, isSelect: true)
    field.options = choices.map { Option(id: $0.0, name: $0.1, selected: $0.0 == value, field: name) }
    return field
  }

  /// Check boxes, several may be ticked.
  static func checks(_ name: String, _ label: String, _ values: [String], _ choices: [(String, String)]) -> FormField {
    var field = FormField(name: name, label: label, isText: false, isChecks: true)
    field.options = choices.map { Option(id: $0.0, name: $0.1, selected: values.contains($0.0), field: name) }
    return field
  }

  /// A multi-line text.
  static func area(_ name: String, _ label: String, _ value: String?) -> FormField {
    FormField(name: name, label: label, value: value ?? "", isText: false, isArea: true)
  }
}

/// The values of a register form page.
struct FormPage: Error, Sendable {
  /// A hidden field carried back on save.
  struct Hidden: Sendable {
    var name: String
    var value: String
  }
  var title: String
  var back: String
  var action: String
  var hidden: [Hidden] = []
  var fields: [FormField]
  var archiveAction: String? = nil
  var archiveLabel: String = ""
  /// Problems that belong to no field of the form (shown above it).
  var leftover: [String] = []

  /// Puts each problem beside its field (a problem for `slots[2].to` goes beside `slots`); returns those left over.
  mutating func place(_ problems: [FieldProblem], language: WebLanguage) -> [String] {
    var leftover: [String] = []
    for problem in problems {
      let base = String(problem.field.prefix { $0 != "[" && $0 != "." })
      if let index = fields.firstIndex(where: { $0.name == problem.field || $0.name == base }) {
        let message = problem.message(french: language == .fr)
        fields[index].problem = [fields[index].problem, message].compactMap { $0 }.joined(separator: " ; ")
      } else {
        leftover.append(problem.field + (language == .fr ? " : " : ": ") + problem.message(french: language == .fr))
      }
    }
    return leftover
  }
}
