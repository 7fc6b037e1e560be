/// Why the register refused a command: the input is wrong, or the week is not in the state the command needs.
///
/// The command line turns `invalid`, `fields` and `wrongState` into exit 65
/// (nothing written), `planFailedValidation` into 70 and `cannotWrite` into 73.
public enum OfficeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Every problem of the input, each naming where it is (file, line, column, record, field).
  case invalid([String])
  /// Problems of a form's fields, for the web app to show beside each field.
  case fields([FieldProblem])
  /// The week is not in the state the command needs ("week 2026-11-23 has no draft to publish").
  case wrongState(String)
  /// A solved plan failed the validator (a bug): nothing stored.
  case planFailedValidation([String])
  /// A file could not be written.
  case cannotWrite(String, String)

  public var description: String {
    switch self {
    case .invalid(let problems): problems.joined(separator: "\n")
    case .fields(let problems): problems.map(\.description).joined(separator: "\n")
    case .wrongState(let message): message
    case .planFailedValidation(let violations): (["the plan failed validation; nothing stored"] + violations).joined(separator: "\n")
    case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
    }
  }

  /// The problems one per line.
  public var lines: [String] { description.split(separator: "\n").map(String.init) }
}

/// A problem with one field of a form: the web app shows `message` beside `field`.
public struct FieldProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The record's field (`birthDate`, `postcode`, `slots[2].to`).
  public var field: String
  /// What is wrong, in English (the command line's language).
  public var message: String
  /// The same in French, for the web app's forms; nil where only English was written.
  public var french: String?

  /// A record with these fields (ids and dates as the register stores them).
  public init(_ field: String, _ message: String, french: String? = nil) {
    self.field = field
    self.message = message
    self.french = french
  }

  /// The message in French when asked and written, else in English.
  public func message(french inFrench: Bool) -> String { inFrench ? french ?? message : message }

  public var description: String { "\(field): \(message)" }
}
