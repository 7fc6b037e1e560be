import Testing

@testable import Matcher

/// A well-formed scenario with one record that cannot take part.
struct RejectedRecord: Sendable, CustomTestStringConvertible {
  var name: String
  var text: String
  var expected: Rejection
  var testDescription: String { name }

  init(_ name: String, _ text: String, _ expected: Rejection) {
    self.name = name
    self.text = text
    self.expected = expected
  }
}

@Suite("Loader rejections")
struct LoaderRejectionTests {
  /// One request of `hours` hours with these windows, for user u-1 (private) unless said.
  static func request(activity: String = "gardening", hours: String = "3", windows: String, user: String = "u-1") -> String {
    """
    [ \(Fixture.request),
      { "id": "r-x", "user": "\(user)", "activity": "\(activity)", "hours": \(hours), "windows": \(windows) } ]
    """
  }

  static let tuesday = #"[ { "date": "2026-11-24", "from": "08:00", "to": "18:00" } ]"#

  /// The default users plus a school, a commercial firm and an agriculture user.
  static let users = """
    [ \(Fixture.user),
      { "id": "u-school", "kind": "school", "agency": "ale-namur", "location": { "lat": 50.46, "lon": 4.86 } },
      { "id": "u-firm", "kind": "commercial", "agency": "ale-namur", "location": { "lat": 50.46, "lon": 4.86 } } ]
    """

  static let cases: [RejectedRecord] = [
    RejectedRecord(
      "ineligible: unemployed 10 months at 36",
      Fixture.scenario(workers: """
        [ \(Fixture.worker),
          { "id": "w-x", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
            "birthDate": "1990-06-15", "unemployedSince": "2026-01-01", "activities": ["gardening"],
            "availability": [ { "date": "2026-11-24", "from": "08:00", "to": "12:30" } ] } ]
        """),
      Rejection(kind: .worker, id: "w-x", reason: .ineligible, message: "unemployed for 10 months, needs 24 under age 45")),
    RejectedRecord(
      "ineligible: not on RIS, no unemployment date",
      Fixture.scenario(workers: """
        [ \(Fixture.worker),
          { "id": "w-x", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
            "birthDate": "1990-06-15", "ris": false, "activities": ["gardening"], "availability": [] } ]
        """),
      Rejection(kind: .worker, id: "w-x", reason: .ineligible, message: "neither on RIS nor unemployed")),
    RejectedRecord(
      "unknown_activity: window cleaning is not in the catalog",
      Fixture.scenario(requests: request(activity: "window_cleaning", windows: tuesday)),
      Rejection(kind: .request, id: "r-x", reason: .unknownActivity, message: #"activity "window_cleaning" is not in the catalog"#)),
    RejectedRecord(
      "activity_not_allowed: a school asking for gardening",
      Fixture.scenario(users: users, requests: request(windows: tuesday, user: "u-school")),
      Rejection(kind: .request, id: "r-x", reason: .activityNotAllowed, message: "gardening is not allowed for a school user (only private)")),
    RejectedRecord(
      "activity_not_allowed: a commercial firm",
      Fixture.scenario(users: users, requests: request(activity: "odd_jobs", windows: tuesday, user: "u-firm")),
      Rejection(kind: .request, id: "r-x", reason: .activityNotAllowed, message: "odd_jobs is not allowed for a commercial user (only private)")),
    RejectedRecord(
      "window_outside_week: the next Monday",
      Fixture.scenario(requests: request(windows: """
        [ { "date": "2026-11-24", "from": "08:00", "to": "18:00" }, { "date": "2026-11-30", "from": "08:00", "to": "18:00" } ]
        """)),
      Rejection(kind: .request, id: "r-x", reason: .windowOutsideWeek, message: "window on 2026-11-30 is outside the week 2026-11-23...2026-11-29")),
    RejectedRecord(
      "window_outside_week: the Sunday before",
      Fixture.scenario(requests: request(windows: #"[ { "date": "2026-11-22", "from": "08:00", "to": "18:00" } ]"#)),
      Rejection(kind: .request, id: "r-x", reason: .windowOutsideWeek, message: "window on 2026-11-22 is outside the week 2026-11-23...2026-11-29")),
    RejectedRecord(
      "bad_duration: 1.25 h is not a multiple of 30 minutes",
      Fixture.scenario(requests: request(hours: "1.25", windows: tuesday)),
      Rejection(kind: .request, id: "r-x", reason: .badDuration, message: "1.25 h is not a whole number of 30-minute slots")),
    RejectedRecord(
      "bad_duration: 0.1 h is 6 minutes",
      Fixture.scenario(requests: request(hours: "0.1", windows: tuesday)),
      Rejection(kind: .request, id: "r-x", reason: .badDuration, message: "0.1 h is not a whole number of 30-minute slots")),
    RejectedRecord(
      "bad_duration: 5 h is longer than a 3 h and a 4.5 h window",
      Fixture.scenario(requests: request(hours: "5", windows: """
        [ { "date": "2026-11-24", "from": "08:00", "to": "11:00" }, { "date": "2026-11-25", "from": "13:00", "to": "17:30" } ]
        """)),
      Rejection(kind: .request, id: "r-x", reason: .badDuration, message: "5 h is longer than every window")),
  ]

  @Test("a record that cannot take part is rejected, and the rest still loads", arguments: cases)
  func rejects(_ record: RejectedRecord) throws {
    let scenario = try Fixture.load(text: record.text)
    #expect(scenario.rejected == [record.expected])
    switch record.expected.kind {
    case .worker:
      let id = Worker.ID(record.expected.id)
      #expect(scenario.worker(id) != nil)  // still in the scenario...
      #expect(!scenario.isEligible(id))  // ...but not planned
      #expect(scenario.eligibleWorkers.map(\.id) == ["w-1"])
      #expect(scenario.plannableRequests.map(\.id) == ["r-1"])
    case .request:
      let id = Request.ID(record.expected.id)
      #expect(scenario.request(id) != nil)
      #expect(!scenario.isPlannable(id))
      #expect(scenario.plannableRequests.map(\.id) == ["r-1"])
      #expect(scenario.eligibleWorkers.map(\.id) == ["w-1"])
    }
    #expect(scenario.isEligible("w-1"))
    #expect(scenario.isPlannable("r-1"))
  }

  @Test("the first reason in formats.md's order wins")
  func firstReasonWins() throws {
    // Unknown activity, outside the week and a bad duration at once: unknown_activity.
    let unknown = try Fixture.load(text: Fixture.scenario(requests: Self.request(
      activity: "window_cleaning", hours: "1.25", windows: #"[ { "date": "2026-12-24", "from": "08:00", "to": "09:00" } ]"#)))
    #expect(unknown.rejected.map(\.reason) == [.unknownActivity])
    // Not allowed and outside the week: activity_not_allowed.
    let notAllowed = try Fixture.load(text: Fixture.scenario(users: Self.users, requests: Self.request(
      windows: #"[ { "date": "2026-12-24", "from": "08:00", "to": "18:00" } ]"#, user: "u-school")))
    #expect(notAllowed.rejected.map(\.reason) == [.activityNotAllowed])
    // Outside the week and too long: window_outside_week.
    let outside = try Fixture.load(text: Fixture.scenario(requests: Self.request(
      hours: "4", windows: #"[ { "date": "2026-12-24", "from": "08:00", "to": "09:00" } ]"#)))
    #expect(outside.rejected.map(\.reason) == [.windowOutsideWeek])
  }

  @Test("durations that fit are not rejected")
  func durationsThatFit() throws {
    // 1.5 h on the 30-minute grid, exactly as long as its 08:00-09:30 window; 2.5 h, in a window to 24:00.
    let scenario = try Fixture.load(text: Fixture.scenario(requests: """
      [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 1.5,
          "windows": [ { "date": "2026-11-24", "from": "08:00", "to": "09:30" } ] },
        { "id": "r-2", "user": "u-1", "activity": "gardening", "hours": 2.5,
          "windows": [ { "date": "2026-11-29", "from": "21:30", "to": "24:00" } ] } ]
      """))
    #expect(scenario.rejected == [])
    #expect(scenario.plannableRequests.map(\.minutes) == [90, 150])
  }

  @Test("the slot of the policy decides what is a whole number of slots")
  func slotFromPolicy() throws {
    // 1.5 h is three 30-minute slots, but not a whole number of 60-minute slots.
    let scenario = try Fixture.load(text: Fixture.scenario(
      policy: #"{ "slotMinutes": 60 }"#, requests: Self.request(hours: "1.5", windows: Self.tuesday)))
    #expect(scenario.rejected == [Rejection(kind: .request, id: "r-x", reason: .badDuration, message: "1.5 h is not a whole number of 60-minute slots")])
  }

  @Test("rejections are sorted by kind, then id")
  func sorted() throws {
    let scenario = try Fixture.load(text: Fixture.scenario(
      workers: """
        [ \(Fixture.worker),
          { "id": "w-b", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
            "birthDate": "1990-06-15", "unemployedSince": "2026-01-01", "activities": [], "availability": [] },
          { "id": "w-a", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
            "birthDate": "1990-06-15", "unemployedSince": "2026-01-01", "activities": [], "availability": [] } ]
        """,
      requests: """
        [ { "id": "r-z", "user": "u-1", "activity": "painting", "hours": 1, "windows": \(Self.tuesday) },
          \(Fixture.request),
          { "id": "r-a", "user": "u-1", "activity": "gardening", "hours": 1, "windows": [ { "date": "2027-01-01", "from": "08:00", "to": "18:00" } ] } ]
        """))
    #expect(scenario.rejected.map { "\($0.kind.rawValue) \($0.id) \($0.reason.rawValue)" } == [
      "request r-a window_outside_week",
      "request r-z unknown_activity",
      "worker w-a ineligible",
      "worker w-b ineligible",
    ])
    #expect(scenario.eligibleWorkers.map(\.id) == ["w-1"])
    #expect(scenario.plannableRequests.map(\.id) == ["r-1"])
  }

  @Test("every rejection code of formats.md has a case above")
  func everyCodeCovered() {
    #expect(Set(Self.cases.map(\.expected.reason)) == Set(RejectionReason.allCases))
    #expect(RejectionReason.allCases.map(\.rawValue).sorted() == [
      "activity_not_allowed", "bad_duration", "ineligible", "unknown_activity", "window_outside_week",
    ])
  }
}
