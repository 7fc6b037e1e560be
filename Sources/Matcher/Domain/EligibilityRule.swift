/// Who may work (domain.md "Who may work"): the Forem's four paths, each a
/// piece of rule-set data that can be switched off or given other numbers.
///
/// A worker is eligible when one enabled path holds on the week's Monday.
/// Months are whole calendar months from the date to the Monday; age is
/// whole years at the Monday.
public struct EligibilityRule: Hashable, Sendable {
  /// 1. On social integration income (RIS) or equivalent aid.
  public var ris: RISPath
  /// 2. Registered as an unemployed job seeker for `months` (`jobSeekerSince`) and on allowance.
  public var jobSeeker: MonthsPath
  /// 3. On unemployment allowance for `months` (`unemployedSince`) at `age` or older.
  public var allowanceFromAge: AgePath
  /// 4. On unemployment allowance for `months` under `age`.
  public var allowanceUnderAge: AgePath

  /// The RIS path: no number, only on or off.
  public struct RISPath: Hashable, Sendable {
    public var enabled: Bool
  }

  /// A path that needs a number of whole months since a date.
  public struct MonthsPath: Hashable, Sendable {
    public var enabled: Bool
    public var months: Int
  }

  /// An allowance path for an age band: from `age` on, or under `age`.
  public struct AgePath: Hashable, Sendable {
    public var enabled: Bool
    public var age: Int
    public var months: Int
  }

  /// The paths by name, in the slide's order (the JSON keys).
  public enum Path: String, Hashable, Sendable, CaseIterable {
    case ris, jobSeeker, allowanceFromAge, allowanceUnderAge
  }

  /// Whether `path` is switched on.
  public func isEnabled(_ path: Path) -> Bool {
    switch path {
    case .ris: ris.enabled
    case .jobSeeker: jobSeeker.enabled
    case .allowanceFromAge: allowanceFromAge.enabled
    case .allowanceUnderAge: allowanceUnderAge.enabled
    }
  }
}

/// Why a worker is not eligible: the enabled path that came closest, with
/// its numbers, so that a report can say it in the reader's language.
package enum EligibilityShortfall: Hashable, Sendable {
  /// On the way along `path`, counted from `since`: `months` whole months at
  /// the Monday (negative when `since` is after it), `needed` required. For
  /// the age paths, `age` is the band's bound.
  case tooFewMonths(EligibilityRule.Path, since: Day, months: Int, needed: Int, age: Int?)
  /// Registered as a job seeker long enough (`months`), but not on allowance
  /// at the Monday: it starts only at `allowanceFrom`, or no date is given.
  case noAllowance(months: Int, allowanceFrom: Day?)
  /// On RIS, the RIS path is switched off, and no date another path could count.
  case risSwitchedOff
  /// Neither on RIS nor unemployed.
  case noBasis
  /// Dates given, but no enabled path fits the worker (`age` at the Monday).
  case noPathFits(age: Int)

  /// Months still missing on the path, for choosing the closest one.
  var monthsMissing: Int {
    switch self {
    case .tooFewMonths(_, _, let months, let needed, _): max(0, needed - max(0, months))
    // Only the allowance's start is missing: nothing to wait for in months once it starts.
    case .noAllowance(_, let from): from == nil ? Int.max : 0
    default: Int.max
    }
  }

  /// The English sentence of the plan's `rejected[].message`.
  package var message: String {
    switch self {
    case .tooFewMonths(let path, let since, let months, let needed, let age):
      let what = path == .jobSeeker ? "registered as a job seeker" : "unemployed"
      let spell = months < 0 ? "\(what) only from \(since)" : "\(what) for \(months) month\(months == 1 ? "" : "s")"
      switch path {
      case .allowanceUnderAge: return "\(spell), needs \(needed) under age \(age ?? 0)"
      case .allowanceFromAge: return "\(spell), needs \(needed) from age \(age ?? 0)"
      default: return "\(spell), needs \(needed) with an unemployment allowance"
      }
    case .noAllowance(let months, let from):
      let spell = "registered as a job seeker for \(months) month\(months == 1 ? "" : "s")"
      return spell + (from.map { ", but on unemployment allowance only from \($0)" } ?? ", but not on unemployment allowance")
    case .risSwitchedOff:
      return "RIS does not give eligibility under this rule set and no unemployment date is given"
    case .noBasis:
      return "neither on RIS nor unemployed"
    case .noPathFits(let age):
      return "no eligibility path of this rule set is open at age \(age)"
    }
  }
}
