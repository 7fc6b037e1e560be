import Testing

@testable import Matcher

/// A worker's eligibility basis and what the week of Monday 2026-11-23 makes of it.
struct EligibilityCase: Sendable, CustomTestStringConvertible {
  var name: String
  var birthDate: String
  var ris: Bool?
  var unemployedSince: String?
  /// nil when eligible, else the message of the `ineligible` rejection.
  var rejection: String?
  var testDescription: String { name }
}

@Suite("Eligibility")
struct EligibilityTests {
  /// The planned week's Monday.
  static let monday = Day(year: 2026, month: 11, day: 23)!

  static let cases: [EligibilityCase] = [
    // Age at the Monday, with 12 months of unemployment: enough from 45, not under.
    EligibilityCase(name: "45 since the day before", birthDate: "1981-11-22", unemployedSince: "2025-11-23"),
    EligibilityCase(name: "45 on the Monday", birthDate: "1981-11-23", unemployedSince: "2025-11-23"),
    EligibilityCase(
      name: "45 the day after: still 44", birthDate: "1981-11-24", unemployedSince: "2025-11-23",
      rejection: "unemployed for 12 months, needs 24 under age 45"),
    // Under 45: 24 whole months.
    EligibilityCase(name: "24 months under 45", birthDate: "1990-01-01", unemployedSince: "2024-11-23"),
    EligibilityCase(
      name: "23 months 30 days under 45", birthDate: "1990-01-01", unemployedSince: "2024-11-24",
      rejection: "unemployed for 23 months, needs 24 under age 45"),
    EligibilityCase(
      name: "unemployed since the Monday itself", birthDate: "1990-01-01", unemployedSince: "2026-11-23",
      rejection: "unemployed for 0 months, needs 24 under age 45"),
    EligibilityCase(
      name: "unemployed only after the Monday", birthDate: "1990-01-01", unemployedSince: "2026-12-01",
      rejection: "unemployed only from 2026-12-01, needs 24 under age 45"),
    // From 45: 6 whole months.
    EligibilityCase(name: "6 months from 45", birthDate: "1970-01-01", unemployedSince: "2026-05-23"),
    EligibilityCase(
      name: "5 months 30 days from 45", birthDate: "1970-01-01", unemployedSince: "2026-05-24",
      rejection: "unemployed for 5 months, needs 6 from age 45"),
    EligibilityCase(
      name: "one month from 45", birthDate: "1970-01-01", unemployedSince: "2026-10-23",
      rejection: "unemployed for 1 month, needs 6 from age 45"),
    // RIS is enough on its own.
    EligibilityCase(name: "RIS, no unemployment date", birthDate: "1998-03-03", ris: true),
    EligibilityCase(name: "RIS, unemployed one month", birthDate: "1998-03-03", ris: true, unemployedSince: "2026-10-01"),
    EligibilityCase(
      name: "not RIS, no unemployment date", birthDate: "1998-03-03", ris: false,
      rejection: "neither on RIS nor unemployed"),
  ]

  /// A scenario whose only worker `w-x` has this basis.
  static func scenario(_ item: EligibilityCase, rules: String? = nil) -> String {
    var fields = [#""id": "w-x""#, #""agency": "ale-namur""#, #""home": { "lat": 50.4669, "lon": 4.8675 }"#]
    fields.append(#""birthDate": "\#(item.birthDate)""#)
    if let ris = item.ris { fields.append(#""ris": \#(ris)"#) }
    if let since = item.unemployedSince { fields.append(#""unemployedSince": "\#(since)""#) }
    fields += [#""activities": ["gardening"]"#, #""availability": []"#]
    return Fixture.scenario(rules: rules, workers: "[ { " + fields.joined(separator: ", ") + " } ]")
  }

  @Test("eligibility at the boundaries, through the loader", arguments: cases)
  func loader(_ item: EligibilityCase) throws {
    let scenario = try Fixture.load(text: Self.scenario(item))
    if let message = item.rejection {
      #expect(scenario.rejected == [Rejection(kind: .worker, id: "w-x", reason: .ineligible, message: message)])
      #expect(scenario.eligibleWorkers.isEmpty)
    } else {
      #expect(scenario.rejected == [])
      #expect(scenario.eligibleWorkers.map(\.id) == ["w-x"])
    }
  }

  @Test("eligibility at the boundaries, from the rule arithmetic", arguments: cases)
  func arithmetic(_ item: EligibilityCase) throws {
    let worker = Worker(
      id: "w-x", agency: "ale-namur", home: GeoPoint(lat: 50.4669, lon: 4.8675),
      birthDate: try #require(Day(iso: item.birthDate)), ris: item.ris ?? false,
      unemployedSince: item.unemployedSince.flatMap(Day.init(iso:)), activities: ["gardening"], availability: [],
      maxDistanceKm: 15, maxHoursPerWeek: nil, worked: [])
    let expected: RuleArithmetic.Eligibility = item.rejection.map { .ineligible($0) } ?? .eligible
    #expect(RuleArithmetic.eligibility(of: worker, at: Self.monday, rules: BundledRules.rules) == expected)
  }

  @Test("rules.eligibility overrides the thresholds")
  func override() throws {
    // 36 years old, unemployed 12 months: ineligible by default (needs 24)...
    let worker = EligibilityCase(name: "", birthDate: "1990-01-01", unemployedSince: "2025-11-23")
    let byDefault = try Fixture.load(text: Self.scenario(worker))
    #expect(byDefault.rejected.map(\.message) == ["unemployed for 12 months, needs 24 under age 45"])

    // ...eligible when the rule asks for 12 months under 45.
    let lowered = try Fixture.load(text: Self.scenario(worker, rules: """
      { "eligibility": { "ris": true, "ageThreshold": 45, "monthsUnderThreshold": 12, "monthsFromThreshold": 6 } }
      """))
    #expect(lowered.rejected == [])
    #expect(lowered.rules.eligibility.monthsUnderThreshold == 12)

    // ...and eligible when the threshold age is lowered to 35, where 6 months are enough.
    let younger = try Fixture.load(text: Self.scenario(worker, rules: """
      { "eligibility": { "ris": true, "ageThreshold": 35, "monthsUnderThreshold": 24, "monthsFromThreshold": 6 } }
      """))
    #expect(younger.rejected == [])
  }

  @Test("rules.eligibility can make a 46-year-old need more months")
  func overrideAge() throws {
    // 46 years old, unemployed 12 months: eligible by default, not when the threshold is 50.
    let worker = EligibilityCase(name: "", birthDate: "1980-01-01", unemployedSince: "2025-11-23")
    #expect(try Fixture.load(text: Self.scenario(worker)).rejected == [])
    let raised = try Fixture.load(text: Self.scenario(worker, rules: """
      { "eligibility": { "ris": true, "ageThreshold": 50, "monthsUnderThreshold": 24, "monthsFromThreshold": 6 } }
      """))
    #expect(raised.rejected.map(\.message) == ["unemployed for 12 months, needs 24 under age 50"])
  }

  @Test("rules.eligibility.ris false: RIS alone no longer qualifies")
  func overrideRIS() throws {
    let noRIS = #"{ "eligibility": { "ris": false, "ageThreshold": 45, "monthsUnderThreshold": 24, "monthsFromThreshold": 6 } }"#
    let risOnly = EligibilityCase(name: "", birthDate: "1998-03-03", ris: true)
    let scenario = try Fixture.load(text: Self.scenario(risOnly, rules: noRIS))
    #expect(scenario.rejected.map(\.message) == ["RIS does not give eligibility under this rule set and no unemployment date is given"])

    // With an unemployment date, the months decide.
    let risAndMonths = EligibilityCase(name: "", birthDate: "1998-03-03", ris: true, unemployedSince: "2024-01-01")
    #expect(try Fixture.load(text: Self.scenario(risAndMonths, rules: noRIS)).rejected == [])
  }
}
