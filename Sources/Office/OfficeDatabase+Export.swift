import GRDB
import Matcher

/// A week exported from the register: the scenario, its document, and who was placed approximately.
public struct ExportedWeek: Sendable {
  public var scenario: Scenario
  /// The `ale-scenario/1` document, as `office export` writes it.
  public var bytes: [UInt8]
  /// Ids of workers and users placed at their commune's centre: their distances are approximate.
  public var approximate: [String]
}

extension OfficeDatabase {
  /// The register's rules and policy: the bundled ones with the stored overrides.
  func rulesAndPolicy(_ db: Database, monday: Day) throws -> (rules: RuleSet, policy: Policy, overrides: (rules: JSONObject, policy: JSONObject)) {
    func object(_ key: String) throws -> JSONObject {
      guard let text = try SettingRecord.fetchOne(db, key: key)?.value,
        case .object(let object)? = try? JSONValue.parse(Array(text.utf8))
      else { return JSONObject() }
      return object
    }
    let overrides = (rules: try object("rules"), policy: try object("policy"))
    // An empty week under the overrides: the scenario loader resolves them exactly as for a real week.
    var root = JSONObject([("format", .string("ale-scenario/1")), ("id", .string("office-rules")), ("weekStart", .string(monday.description))])
    if !overrides.rules.members.isEmpty { root.append("rules", .object(overrides.rules)) }
    if !overrides.policy.members.isEmpty { root.append("policy", .object(overrides.policy)) }
    for key in ["agencies", "workers", "users", "requests"] { root.append(key, .array([])) }
    do {
      let empty = try Scenario.load(JSONWriter.bytes(.object(root)))
      return (empty.rules, empty.policy, overrides)
    } catch {
      throw OfficeError.invalid(error.issues.map { "stored overrides: \($0)" })
    }
  }

  /// The register's rule set (the bundled one with the stored overrides).
  /// The rule set the register plans with (the default, with the register's overrides).
  public func rules() throws -> RuleSet { try writer.read { db in try registerRules(db) } }

  func registerRules(_ db: Database) throws -> RuleSet {
    // 1970-01-05 was a Monday; the overrides do not depend on the week.
    try rulesAndPolicy(db, monday: Day(ordinal: 4)).rules
  }

  /// The `ale-scenario/1` week starting on `monday`, as `validate` and `plan` read it.
  /// - Throws: `OfficeError.invalid` if `monday` is not a Monday, a person
  ///   has no place, or the week is refused by the scenario loader (every problem).
  public func exportWeek(monday: Day) throws -> ExportedWeek {
    try Self.requireMonday(monday)
    return try writer.read { db in try exportWeek(monday: monday, db) }
  }

  func exportWeek(monday: Day, _ db: Database) throws -> ExportedWeek {
    let resolved = try rulesAndPolicy(db, monday: monday)
    var export = WeekExport(monday: monday, rules: resolved.rules, policy: resolved.policy, overrides: resolved.overrides)
    let built = try export.scenario(db)
    guard export.problems.isEmpty else { throw OfficeError.invalid(export.problems) }
    let bytes = built.jsonBytes(rules: resolved.overrides.rules, policy: resolved.overrides.policy)
    let scenario: Scenario
    do {
      scenario = try Scenario.load(bytes)
    } catch {
      throw OfficeError.invalid(error.issues.map { "week \(monday): \($0)" })
    }
    return ExportedWeek(scenario: scenario, bytes: bytes, approximate: export.approximate.sorted())
  }

  /// Refuses a day that is not a Monday.
  static func requireMonday(_ day: Day) throws(OfficeError) {
    guard day.weekday == 1 else {
      throw OfficeError.invalid(["--week \(day): not a Monday (weeks run Monday to Sunday; the Monday before is \(day.adding(days: 1 - day.weekday)))"])
    }
  }
}
