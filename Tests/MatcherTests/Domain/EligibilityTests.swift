import Testing

@testable import Matcher

/// A worker's eligibility basis and what the week of Monday 2026-11-23 makes of it.
struct EligibilityCase: Sendable, CustomTestStringConvertible {
  var name: String
  var birthDate: String
  var ris: Bool?
  var unemployedSince: String?
  var jobSeekerSince: String? = nil
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
    // Path 2: a job seeker for 12 whole months, on allowance (6 months here, short of the 24 under 45).
    EligibilityCase(
      name: "job seeker 12 months, on allowance", birthDate: "1996-01-01", unemployedSince: "2026-05-01",
      jobSeekerSince: "2025-11-23"),
    EligibilityCase(
      name: "job seeker 11 months 30 days: the closest path is the job seeker's", birthDate: "1996-01-01",
      unemployedSince: "2026-05-01", jobSeekerSince: "2025-11-24",
      rejection: "registered as a job seeker for 11 months, needs 12 with an unemployment allowance"),
    EligibilityCase(
      name: "job seeker 22 months, allowance from after the Monday", birthDate: "1996-01-01",
      unemployedSince: "2026-12-01", jobSeekerSince: "2025-01-01",
      rejection: "registered as a job seeker for 22 months, but on unemployment allowance only from 2026-12-01"),
    EligibilityCase(
      name: "job seeker 10 months, allowance 23 months: the allowance path is closer", birthDate: "1996-01-01",
      unemployedSince: "2024-12-23", jobSeekerSince: "2026-01-23",
      rejection: "unemployed for 23 months, needs 24 under age 45"),
    EligibilityCase(
      name: "one month short on both paths: the slide's order decides", birthDate: "1996-01-01",
      unemployedSince: "2024-12-23", jobSeekerSince: "2025-12-23",
      rejection: "registered as a job seeker for 11 months, needs 12 with an unemployment allowance"),
    EligibilityCase(
      name: "job seeker registered only after the Monday: 12 months missing, against 23", birthDate: "1996-01-01",
      unemployedSince: "2026-10-01", jobSeekerSince: "2026-12-01",
      rejection: "registered as a job seeker only from 2026-12-01, needs 12 with an unemployment allowance"),
    EligibilityCase(
      name: "job seeker 12 months from 45 with 5 months of allowance", birthDate: "1970-01-01",
      unemployedSince: "2026-06-01", jobSeekerSince: "2025-11-23"),
  ]

  /// A scenario whose only worker `w-x` has this basis.
  static func scenario(_ item: EligibilityCase, rules: String? = nil) -> String {
    var fields = [#""id": "w-x""#, #""agency": "ale-namur""#, #""home": { "lat": 50.4669, "lon": 4.8675 }"#]
    fields.append(#""birthDate": "\#(item.birthDate)""#)
    if let ris = item.ris { fields.append(#""ris": \#(ris)"#) }
    if let since = item.unemployedSince { fields.append(#""unemployedSince": "\#(since)""#) }
    if let since = item.jobSeekerSince { fields.append(#""jobSeekerSince": "\#(since)""#) }
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
    var worker = Worker(
      id: "w-x", agency: "ale-namur", home: GeoPoint(lat: 50.4669, lon: 4.8675),
      birthDate: try #require(Day(iso: item.birthDate)), ris: item.ris ?? false,
      unemployedSince: item.unemployedSince.flatMap(Day.init(iso:)), activities: ["gardening"], availability: [],
      maxDistanceKm: 15, maxHoursPerWeek: nil, worked: [])
    worker.jobSeekerSince = item.jobSeekerSince.flatMap(Day.init(iso:))
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
    #expect(lowered.rules.eligibility.allowanceUnderAge.months == 12)
    // The older flat shape has no word for the job-seeker path: it keeps the shipped one.
    #expect(lowered.rules.eligibility.jobSeeker == BundledRules.rules.eligibility.jobSeeker)

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

  /// The four paths in the rule set's own shape, each with another number or switched off.
  static func paths(ris: Bool = true, jobSeeker: String = #""months": 12"#, from: String = #""age": 45, "months": 6"#, under: String = #""age": 45, "months": 24"#) -> String {
    """
    { "eligibility": { "ris": { "enabled": \(ris) }, "jobSeeker": { \(jobSeeker) },
                       "allowanceFromAge": { \(from) }, "allowanceUnderAge": { \(under) } } }
    """
  }

  @Test("the job-seeker path switched off: 12 months as a job seeker no longer qualify")
  func jobSeekerOff() throws {
    let worker = Self.cases.first { $0.name == "job seeker 12 months, on allowance" }!
    #expect(try Fixture.load(text: Self.scenario(worker, rules: Self.paths())).rejected == [])
    let off = try Fixture.load(text: Self.scenario(worker, rules: Self.paths(jobSeeker: #""enabled": false, "months": 12"#)))
    #expect(off.rejected.map(\.message) == ["unemployed for 6 months, needs 24 under age 45"])
    // ...and 18 months asked instead of 12.
    let longer = try Fixture.load(text: Self.scenario(worker, rules: Self.paths(jobSeeker: #""months": 18"#)))
    #expect(longer.rejected.map(\.message) == ["registered as a job seeker for 12 months, needs 18 with an unemployment allowance"])
  }

  @Test("the from-45 path switched off: a 46-year-old has no open path")
  func fromAgeOff() throws {
    let worker = EligibilityCase(name: "", birthDate: "1980-01-01", unemployedSince: "2025-11-23")
    let off = try Fixture.load(text: Self.scenario(worker, rules: Self.paths(from: #""enabled": false, "age": 45, "months": 6"#)))
    #expect(off.rejected.map(\.message) == ["no eligibility path of this rule set is open at age 46"])
    // At 50 instead of 45, the 46-year-old is under the age and needs 24 months.
    let fifty = try Fixture.load(text: Self.scenario(worker, rules: Self.paths(from: #""age": 50, "months": 6"#, under: #""age": 50, "months": 24"#)))
    #expect(fifty.rejected.map(\.message) == ["unemployed for 12 months, needs 24 under age 50"])
  }

  @Test("the under-45 path with 12 months, or switched off")
  func underAge() throws {
    let worker = EligibilityCase(name: "", birthDate: "1990-01-01", unemployedSince: "2025-11-23")
    #expect(try Fixture.load(text: Self.scenario(worker, rules: Self.paths(under: #""age": 45, "months": 12"#))).rejected == [])
    let boundary = EligibilityCase(name: "", birthDate: "1990-01-01", unemployedSince: "2025-11-24")
    #expect(
      try Fixture.load(text: Self.scenario(boundary, rules: Self.paths(under: #""age": 45, "months": 12"#))).rejected.map(\.message)
        == ["unemployed for 11 months, needs 12 under age 45"])
    let off = try Fixture.load(text: Self.scenario(worker, rules: Self.paths(under: #""enabled": false, "age": 45, "months": 24"#)))
    #expect(off.rejected.map(\.message) == ["no eligibility path of this rule set is open at age 36"])
  }

  @Test("the RIS path switched off: RIS alone no longer qualifies, in the paths' shape")
  func risOff() throws {
    let risOnly = EligibilityCase(name: "", birthDate: "1998-03-03", ris: true)
    #expect(
      try Fixture.load(text: Self.scenario(risOnly, rules: Self.paths(ris: false))).rejected.map(\.message)
        == ["RIS does not give eligibility under this rule set and no unemployment date is given"])
    // On RIS and a job seeker for two years, but without an allowance: path 2 is closed too.
    let risSeeker = EligibilityCase(name: "", birthDate: "1998-03-03", ris: true, jobSeekerSince: "2024-11-01")
    #expect(
      try Fixture.load(text: Self.scenario(risSeeker, rules: Self.paths(ris: false))).rejected.map(\.message)
        == ["registered as a job seeker for 24 months, but not on unemployment allowance"])
  }

  /// The generator still makes the workers it means to be ineligible, and only those, under other paths.
  @Test("generated workers land on their intended side under switched-off paths")
  func generatorFollowsThePaths() throws {
    var rules = BundledRules.rules
    rules.eligibility.allowanceUnderAge.enabled = false
    rules.eligibility.allowanceFromAge.months = 30
    let monday = try #require(Day(iso: "2026-11-23"))
    let generator = WorkerGenerator(seed: 11, monday: monday, rules: rules, policy: BundledRules.policy)
    let site = AgencySite(id: "ale-namur", name: "ALE de Namur", center: GeoPoint(lat: 50.4669, lon: 4.8675), spreadKm: 5, weight: 1, urban: true)
    for index in 0..<120 {
      let generated = generator.worker(index, site: site, agencyIndex: 0)
      let eligible = RuleArithmetic.shortfall(of: generated.worker, at: monday, rules: rules) == nil
      #expect(eligible != generated.meantIneligible, "worker \(index)")
    }
  }
}
