import Testing

@testable import Matcher

@Suite("RuleSet")
struct RuleSetTests {
  /// domain.md's catalog: user kind, activity id, French label, cap class.
  static let catalog: [(kind: String, id: String, label: String, capClass: CapClass)] = [
    ("private", "odd_jobs", "Petit bricolage", .standard),
    ("private", "admin_help", "Aide administrative", .standard),
    ("private", "gardening", "Jardinage", .extended),
    ("private", "childcare", "Garde d'enfants", .extended),
    ("private", "elderly_companionship", "Accompagnement de personnes âgées", .extended),
    ("private", "pet_care", "Soins aux animaux (garde)", .extended),
    ("school", "school_care", "Accueil avant et après l'école", .extended),
    ("school", "extracurricular_help", "Aide aux activités parascolaires", .extended),
    ("school", "child_escort", "Accompagnement d'enfants à des activités", .extended),
    ("school", "school_bus_escort", "Accompagnement en bus scolaire", .extended),
    ("nonprofit", "office_work", "Travaux administratifs", .standard),
    ("nonprofit", "premises_cleaning", "Nettoyage des locaux", .standard),
    ("nonprofit", "event_help", "Aide aux événements", .standard),
    ("nonprofit", "sports_grounds", "Entretien des terrains de sport et vestiaires", .standard),
    ("local_authority", "library_help", "Aide à la bibliothèque communale", .standard),
    ("local_authority", "social_support", "Accompagnement de personnes socialement défavorisées", .standard),
    ("local_authority", "environment", "Protection de l'environnement", .standard),
    ("local_authority", "neighbourhood", "Besoins des quartiers", .standard),
    ("local_authority", "school_traffic", "Circulation à la sortie des écoles", .standard),
    ("local_authority", "prevention_safety", "Prévention et sécurité", .standard),
    ("agriculture", "farm_seasonal", "Travaux agricoles saisonniers", .seasonal),
    ("horticulture", "horticulture", "Travaux horticoles", .seasonal),
  ]

  // MARK: The bundled rules

  @Test("the bundled catalog is domain.md's 22 activities")
  func catalog() {
    let activities = BundledRules.rules.activities
    #expect(activities.count == 22)
    #expect(activities.map(\.id.rawValue) == Self.catalog.map(\.id))
    for (activity, row) in zip(activities, Self.catalog) {
      #expect(activity.label == row.label, "\(row.id)")
      #expect(activity.userKinds == [row.kind], "\(row.id)")
      #expect(activity.capClass == row.capClass, "\(row.id)")
    }
  }

  @Test("the bundled caps are domain.md's four nested caps")
  func caps() {
    #expect(BundledRules.rules.caps == [
      Cap(id: "month-standard", period: .month, classes: [.standard], limit: 45),
      Cap(id: "month-extended", period: .month, classes: [.standard, .extended], limit: 70),
      Cap(id: "month-all", period: .month, classes: [.standard, .extended, .seasonal], limit: 150),
      Cap(id: "year-all", period: .year, classes: [.standard, .extended, .seasonal], limit: 630),
    ])
  }

  @Test("the bundled cheques, travel, eligibility and pay are domain.md's")
  func cheques() {
    let rules = BundledRules.rules
    #expect(rules.cheques.prices.map(\.code) == ["TE", "TF", "TG", "TH", "TI", "TJ", "TK"])
    #expect(rules.cheques.prices.map(\.eur) == [5.95, 6.20, 6.45, 6.70, 6.95, 7.20, 7.45])
    #expect(rules.cheques.price(of: "TH") == 6.70)
    #expect(rules.cheques.price(of: "TZ") == nil)
    #expect(rules.cheques.payingBodyFeeEUR == 0.1116)
    #expect(rules.cheques.paymentOrganisationSplit.map(\.party) == ["ale", "forem"])
    #expect(rules.cheques.paymentOrganisationSplit.map(\.fraction) == [0.25, 0.75])
    #expect(rules.cheques.cpasSplit.map(\.party) == ["ale", "forem", "cpas"])
    #expect(rules.cheques.cpasSplit.map(\.fraction) == [0.25, 0.30, 0.45])
    // The seed: the issuer's fee comes out of the Forem's share, or half the Forem's and half the CPAS's.
    #expect(rules.cheques.issuerFeeEUR == 0.9066)
    #expect(rules.cheques.paymentOrganisationIssuerFee.map(\.party) == ["forem"])
    #expect(rules.cheques.paymentOrganisationIssuerFee.map(\.fraction) == [1])
    #expect(rules.cheques.cpasIssuerFee.map(\.party) == ["forem", "cpas"])
    #expect(rules.cheques.cpasIssuerFee.map(\.fraction) == [0.5, 0.5])
    #expect(rules.travel == TravelRule(eurPerKm: 0.15, freeUpToOneWayKm: 5, roundTrip: true))
    // The Forem's slide: RIS; 12 months a job seeker on allowance; allowance 6 months from 45, 24 under.
    #expect(
      rules.eligibility
        == EligibilityRule(
          ris: .init(enabled: true), jobSeeker: .init(enabled: true, months: 12),
          allowanceFromAge: .init(enabled: true, age: 45, months: 6), allowanceUnderAge: .init(enabled: true, age: 45, months: 24)))
    #expect(rules.workerHourlyPayEUR == 4.10)
  }

  @Test("the bundled policy has formats.md's defaults")
  func policy() {
    let policy = BundledRules.policy
    #expect(policy.slotMinutes == 30)
    #expect(policy.minGapMinutes == 30)
    #expect(policy.roadFactor == 1.3)
    #expect(policy.defaultMaxDistanceKm == 15)
    #expect(policy.sameAgencyOnly == true)
    #expect(policy.risBonusPerHour == 0)
  }

  @Test("a scenario without rules or policy gets the bundled ones")
  func noOverrides() throws {
    let scenario = try Fixture.load(text: Fixture.scenario(rules: "{}", policy: "{}"))
    #expect(scenario.rules == BundledRules.rules)
    #expect(scenario.policy == BundledRules.policy)
  }

  // MARK: Overrides

  @Test("rules.caps replaces the four caps whole, and nothing else")
  func capsOverride() throws {
    let scenario = try Fixture.load(text: Fixture.scenario(rules: """
      { "caps": [ { "id": "month-tight", "period": "month", "classes": ["extended", "standard"], "limit": 20 } ] }
      """))
    #expect(scenario.rules.caps == [Cap(id: "month-tight", period: .month, classes: [.standard, .extended], limit: 20)])
    #expect(scenario.rules.activities == BundledRules.rules.activities)
    #expect(scenario.rules.travel == BundledRules.rules.travel)
    #expect(scenario.rules.eligibility == BundledRules.rules.eligibility)
    #expect(scenario.rules.cheques == BundledRules.rules.cheques)
  }

  @Test("rules.travel and rules.activities replace their keys whole")
  func otherRuleOverrides() throws {
    let scenario = try Fixture.load(text: Fixture.scenario(
      rules: """
        { "travel": { "eurPerKm": 0.2, "freeUpToOneWayKm": 0, "roundTrip": false },
          "activities": [ { "id": "gardening", "label": "Jardinage", "userKinds": ["private", "school"], "capClass": "seasonal" } ] }
        """,
      workers: Fixture.workers.replacingOccurrences(of: #""gardening", "odd_jobs""#, with: #""gardening""#)))
    #expect(scenario.rules.travel == TravelRule(eurPerKm: 0.2, freeUpToOneWayKm: 0, roundTrip: false))
    #expect(scenario.rules.activities.map(\.id) == ["gardening"])
    #expect(scenario.rules.activity("gardening")?.capClass == .seasonal)
    #expect(scenario.rules.activity("odd_jobs") == nil)
    #expect(scenario.rules.caps == BundledRules.rules.caps)
  }

  @Test("a catalog override decides what requests are allowed")
  func catalogOverrideRejects() throws {
    // odd_jobs is no longer in the catalog: the request for it is rejected, and the worker may not hold it.
    let scenario = try Fixture.load(text: Fixture.scenario(
      rules: #"{ "activities": [ { "id": "gardening", "label": "Jardinage", "userKinds": ["private"], "capClass": "extended" } ] }"#,
      workers: Fixture.workers.replacingOccurrences(of: #""gardening", "odd_jobs""#, with: #""gardening""#),
      requests: """
        [ \(Fixture.request),
          { "id": "r-2", "user": "u-1", "activity": "odd_jobs", "hours": 1, "windows": [ { "date": "2026-11-24", "from": "08:00", "to": "18:00" } ] } ]
        """))
    #expect(scenario.rejected.map(\.reason) == [.unknownActivity])
    #expect(Fixture.issues(Fixture.scenario(
      rules: #"{ "activities": [ { "id": "gardening", "label": "Jardinage", "userKinds": ["private"], "capClass": "extended" } ] }"#))
      == [#"workers[0].activities[1]: unknown activity "odd_jobs""#])
  }

  @Test("policy overrides change their key and keep the others")
  func policyOverride() throws {
    let scenario = try Fixture.load(text: Fixture.scenario(policy: """
      { "slotMinutes": 15, "sameAgencyOnly": false, "roadFactor": 1.5, "risBonusPerHour": 0.25 }
      """))
    #expect(scenario.policy.slotMinutes == 15)
    #expect(scenario.policy.sameAgencyOnly == false)
    #expect(scenario.policy.roadFactor == 1.5)
    #expect(scenario.policy.risBonusPerHour == 0.25)
    #expect(scenario.policy.minGapMinutes == BundledRules.policy.minGapMinutes)
    #expect(scenario.policy.defaultMaxDistanceKm == BundledRules.policy.defaultMaxDistanceKm)
    #expect(scenario.policy.objective == BundledRules.policy.objective)
  }

  @Test("policy.defaultMaxDistanceKm is the distance of workers who give none")
  func defaultDistance() throws {
    let scenario = try Fixture.load(text: Fixture.scenario(policy: #"{ "defaultMaxDistanceKm": 8 }"#))
    #expect(scenario.workers[0].maxDistanceKm == 8)
  }

  @Test("objective weights: missing keys keep their default")
  func objectiveWeights() throws {
    let defaults = BundledRules.policy.objective
    let one = try Fixture.load(text: Fixture.scenario(policy: #"{ "objective": { "travel": 2 } }"#))
    #expect(one.policy.objective == ObjectiveWeights(continuity: defaults.continuity, travel: 2, fairness: defaults.fairness))
    let none = try Fixture.load(text: Fixture.scenario(policy: #"{ "objective": {} }"#))
    #expect(none.policy.objective == defaults)
    let all = try Fixture.load(text: Fixture.scenario(policy: #"{ "objective": { "continuity": 3, "travel": 0, "fairness": 1.5 } }"#))
    #expect(all.policy.objective == ObjectiveWeights(continuity: 3, travel: 0, fairness: 1.5))
  }

  // MARK: Bad overrides

  static let badOverrides: [BadScenario] = [
    BadScenario(
      "a negative cap limit",
      Fixture.scenario(rules: #"{ "caps": [ { "id": "m", "period": "month", "classes": ["standard"], "limit": -5 } ] }"#),
      [#"rules.caps[0].limit: -5 is out of range 0...100000"#]),
    BadScenario(
      "a cap without a limit, another over a week",
      Fixture.scenario(rules: """
        { "caps": [ { "id": "m", "period": "month", "classes": ["standard"] },
                    { "id": "w", "period": "week", "classes": ["standard", "casual"], "limit": 10 } ] }
        """),
      [
        #"rules.caps[0].limit: required field is missing"#,
        #"rules.caps[1].classes[1]: expected standard, extended or seasonal"#,
        #"rules.caps[1].period: "week" is not month or year"#,
      ]),
    BadScenario(
      "two caps with one id",
      Fixture.scenario(rules: """
        { "caps": [ { "id": "m", "period": "month", "classes": ["standard"], "limit": 45 },
                    { "id": "m", "period": "year", "classes": ["standard"], "limit": 450 } ] }
        """),
      [#"rules.caps[1].id: cap "m" appears more than once"#]),
    BadScenario(
      "caps is an object",
      Fixture.scenario(rules: #"{ "caps": { "month-standard": 45 } }"#),
      [#"rules.caps: expected an array, got an object"#]),
    BadScenario(
      "a typo in a rules key",
      Fixture.scenario(rules: #"{ "cap": [] }"#),
      [#"rules.cap: unknown key (did you mean "caps"?)"#]),
    BadScenario(
      "eligibility replaced whole, so all its keys are needed",
      Fixture.scenario(rules: #"{ "eligibility": { "monthsUnderThreshold": 12 } }"#),
      [
        #"rules.eligibility.ageThreshold: required field is missing"#,
        #"rules.eligibility.monthsFromThreshold: required field is missing"#,
        #"rules.eligibility.ris: required field is missing"#,
      ]),
    BadScenario(
      "eligibility paths: a path missing, a month count out of range, a misspelt key",
      Fixture.scenario(rules: """
        { "eligibility": { "ris": { "enabled": false }, "jobSeeker": { "months": -1 },
                           "allowanceFromAge": { "age": 45, "month": 6 } } }
        """),
      [
        #"rules.eligibility.allowanceFromAge.month: unknown key (did you mean "months"?)"#,
        #"rules.eligibility.allowanceFromAge.months: required field is missing"#,
        #"rules.eligibility.allowanceUnderAge: required field is missing"#,
        #"rules.eligibility.jobSeeker.months: -1 is out of range 0...1200"#,
      ]),
    BadScenario(
      "an activity with an unknown cap class",
      Fixture.scenario(rules: #"{ "activities": [ { "id": "gardening", "label": "Jardinage", "userKinds": ["private"], "capClass": "weekly" } ] }"#),
      [#"rules.activities[0].capClass: "weekly" is not standard, extended or seasonal"#]),
    BadScenario(
      "a cheque price of zero",
      Fixture.scenario(rules: """
        { "cheques": { "prices": { "TE": 0 }, "payingBodyFeeEUR": 0.1116,
                       "split": { "paymentOrganisation": { "ale": 0.25, "forem": 0.75 },
                                  "cpas": { "ale": 0.25, "forem": 0.3, "cpas": 0.45 } } } }
        """),
      [#"rules.cheques.prices.TE: expected a price in euros above 0"#]),
    BadScenario(
      "a share above 1",
      Fixture.scenario(rules: """
        { "cheques": { "prices": { "TE": 5.95 }, "payingBodyFeeEUR": 0.1116,
                       "split": { "paymentOrganisation": { "ale": 25, "forem": 0.75 },
                                  "cpas": { "ale": 0.25, "forem": 0.3, "cpas": 0.45 } } } }
        """),
      [#"rules.cheques.split.paymentOrganisation.ale: 25 is out of range 0...1"#]),
    BadScenario(
      "a split that does not add up to 1, issuer-fee shares of a party outside the split",
      Fixture.scenario(rules: """
        { "cheques": { "prices": { "TE": 5.95 }, "payingBodyFeeEUR": 0.1116, "issuerFeeEUR": 0.9,
                       "issuerFeeShares": { "paymentOrganisation": { "cpas": 1 }, "cpas": { "forem": 0.5, "cpas": 0.4 } },
                       "split": { "paymentOrganisation": { "ale": 0.25, "forem": 0.7 },
                                  "cpas": { "ale": 0.25, "forem": 0.3, "cpas": 0.45 } } } }
        """),
      [
        #"rules.cheques.issuerFeeShares.cpas: the fractions add up to 0.9, expected 1"#,
        #"rules.cheques.issuerFeeShares.paymentOrganisation.cpas: unknown key"#,
        #"rules.cheques.split.paymentOrganisation: the fractions add up to 0.95, expected 1"#,
      ]),
    BadScenario(
      "a slot that does not divide a day",
      Fixture.scenario(policy: #"{ "slotMinutes": 7 }"#),
      [#"policy.slotMinutes: 7 does not divide a day"#]),
    BadScenario(
      "a slot of zero minutes",
      Fixture.scenario(policy: #"{ "slotMinutes": 0 }"#),
      [#"policy.slotMinutes: 0 is out of range 1...1440"#]),
    BadScenario(
      "a road factor below 1, sameAgencyOnly as a string",
      Fixture.scenario(policy: #"{ "roadFactor": 0.9, "sameAgencyOnly": "yes" }"#),
      [#"policy.roadFactor: 0.9 is out of range 1...10"#, #"policy.sameAgencyOnly: expected true or false, got a string"#]),
    BadScenario(
      "a typo in an objective weight, and a negative weight",
      Fixture.scenario(policy: #"{ "objective": { "fairnes": 1, "travel": -1 } }"#),
      [#"policy.objective.fairnes: unknown key (did you mean "fairness"?)"#, #"policy.objective.travel: -1 is out of range 0...1000"#]),
    BadScenario(
      "rules is an array",
      Fixture.scenario(rules: "[]"),
      [#"rules: expected an object, got an array"#]),
  ]

  @Test("bad overrides are reported at their path", arguments: badOverrides)
  func badOverride(_ bad: BadScenario) {
    #expect(Fixture.issues(bad.text) == bad.expected)
  }

  @Test("a rule set without defaults needs every key")
  func bundledIsComplete() throws {
    // Without defaults every key is required: dropping one from an otherwise full rule set is reported.
    let log = IssueLog()
    let full = try JSONParser.parse(Array("""
      { "activities": [], "caps": [], "travel": { "eurPerKm": 0.15, "freeUpToOneWayKm": 5, "roundTrip": true },
        "eligibility": { "ris": {}, "jobSeeker": { "months": 12 }, "allowanceFromAge": { "age": 45, "months": 6 },
                         "allowanceUnderAge": { "age": 45, "months": 24 } },
        "workerHourlyPayEUR": 4.1 }
      """.utf8))
    #expect(RuleSet.decode(full, at: .root, log: log, defaults: nil) == nil)
    #expect(log.issues.map(\.description) == ["cheques: required field is missing"])
  }
}
