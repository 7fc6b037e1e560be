import Testing
import Foundation

@testable import Matcher

/// A scenario the loader must refuse, with every problem it must report.
struct BadScenario: Sendable, CustomTestStringConvertible {
  var name: String
  var text: String
  /// `path: message`, in the order of the report (sorted by path).
  var expected: [String]
  var testDescription: String { name }

  init(_ name: String, _ text: String, _ expected: [String]) {
    self.name = name
    self.text = text
    self.expected = expected
  }
}

@Suite("Loader")
struct ScenarioLoaderTests {
  // MARK: Valid input

  @Test("the example of formats.md loads, with its defaults filled in")
  func loadsFormatsExample() throws {
    let scenario = try Fixture.load("formats-example")
    #expect(scenario.id == "namur-2026-w48")
    #expect(scenario.weekStart == Day(year: 2026, month: 11, day: 23))
    #expect(scenario.rejected == [])
    #expect(scenario.agencies.map(\.id) == ["ale-namur"])

    let worker = try #require(scenario.worker("w-001"))
    #expect(worker.maxDistanceKm == 10)
    #expect(worker.maxHoursPerWeek == 12)
    #expect(worker.activities == ["gardening", "odd_jobs"])
    #expect(worker.availability == [TimeSpan(date: Day(iso: "2026-11-24")!, from: TimeOfDay(minutes: 480), to: TimeOfDay(minutes: 750))])
    #expect(worker.workedHours(in: Month(year: 2026, month: 11), .extended) == 4.5)

    let request = try #require(scenario.request("r-001"))
    #expect(request.minutes == 180)
    #expect(request.seats == 1)
    #expect(request.priority == 1)
    #expect(request.location == GeoPoint(lat: 50.4540, lon: 4.8500))

    #expect(scenario.history == [HistoryPair(worker: "w-001", user: "u-001")])
    #expect(scenario.pinned == [Pin(request: "r-001", worker: "w-001", date: Day(iso: "2026-11-24")!, start: TimeOfDay(minutes: 540))])
    #expect(scenario.eligibleWorkers.map(\.id) == ["w-001"])
    #expect(scenario.plannableRequests.map(\.id) == ["r-001"])
  }

  @Test("optional fields take their documented defaults")
  func defaults() throws {
    // No maxDistanceKm, maxHoursPerWeek, worked; no workers, priority, location; no history or pinned.
    let scenario = try Fixture.load(text: Fixture.scenario())
    let worker = try #require(scenario.workers.first)
    #expect(worker.maxDistanceKm == 15)  // policy.defaultMaxDistanceKm
    #expect(worker.maxHoursPerWeek == nil)
    #expect(worker.worked == [])
    #expect(worker.ris == false)
    let request = try #require(scenario.requests.first)
    #expect(request.seats == 1)
    #expect(request.priority == 1)
    #expect(request.location == GeoPoint(lat: 50.4540, lon: 4.8500))  // the user's
    #expect(scenario.history == [])
    #expect(scenario.pinned == [])
  }

  @Test("names, phones, addresses, notes and jobSeekerSince are read for the people who read the plan")
  func contactDetails() throws {
    let scenario = try Fixture.load(text: Fixture.scenario(
      agencies: #"[ { "id": "ale-namur", "name": "ALE de Namur", "phone": "081 00 00 00", "address": "Rue de Fer 1, 5000 Namur" } ]"#,
      workers: """
        [ { "id": "w-1", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 }, "birthDate": "1971-04-02",
            "unemployedSince": "2022-09-01", "jobSeekerSince": "2021-03-15", "activities": ["gardening"],
            "availability": [], "name": "Anne Dupont", "phone": "0470 12 34 56",
            "address": "Rue de Fer 12, 5000 Namur", "note": "pas le mercredi" } ]
        """,
      users: """
        [ { "id": "u-1", "kind": "private", "agency": "ale-namur", "location": { "lat": 50.4540, "lon": 4.8500 },
            "name": "Mme Lambert", "address": "Chaussée de Louvain 3, 5000 Namur" } ]
        """))
    #expect(scenario.agencies[0].contact == Contact(phone: "081 00 00 00", address: "Rue de Fer 1, 5000 Namur"))
    let worker = try #require(scenario.worker("w-1"))
    #expect(worker.contact == Contact(name: "Anne Dupont", phone: "0470 12 34 56", address: "Rue de Fer 12, 5000 Namur", note: "pas le mercredi"))
    #expect(worker.jobSeekerSince == Day(iso: "2021-03-15"))
    let user = try #require(scenario.users.first)
    #expect(user.contact == Contact(name: "Mme Lambert", address: "Chaussée de Louvain 3, 5000 Namur"))
    #expect(Fixture.issues(Fixture.scenario(users: """
      [ { "id": "u-1", "kind": "private", "agency": "ale-namur", "location": { "lat": 50.4540, "lon": 4.8500 }, "phone": 470 } ]
      """)) == ["users[0].phone: expected a string, got a number"])
  }

  @Test("24:00 is accepted as the end of a window or an availability")
  func endOfDay() throws {
    let scenario = try Fixture.load(text: Fixture.scenario(requests: """
      [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 2,
          "windows": [ { "date": "2026-11-24", "from": "20:00", "to": "24:00" } ] } ]
      """))
    #expect(scenario.requests[0].windows[0].to.minutes == 1440)
  }

  @Test("a week that straddles two months and two years touches both")
  func straddlingWeek() throws {
    // Monday 2026-12-28 ... Sunday 2027-01-03.
    let scenario = try Fixture.load(text: Fixture.scenario(weekStart: #""2026-12-28""#, requests: "[]"))
    #expect(scenario.months == [Month(year: 2026, month: 12), Month(year: 2027, month: 1)])
    #expect(scenario.years == [2026, 2027])
    #expect(scenario.days.first == Day(iso: "2026-12-28"))
    #expect(scenario.days.last == Day(iso: "2027-01-03"))
  }

  // MARK: Bad input, one kind at a time

  static let badInputs: [BadScenario] = [
    // --- Not JSON: the syntax error's line and column.
    BadScenario(
      "not JSON: trailing comma",
      """
      {
        "format": "ale-scenario/1",
        "id": "x",
      }
      """,
      [#"$: not JSON: line 4, column 1: expected a key in quotes"#]),
    BadScenario(
      "not JSON: unterminated string",
      "{\n  \"format\": \"ale-scenario/1\n}",
      [#"$: not JSON: line 2, column 28: control character in a string"#]),
    BadScenario(
      "not JSON: an empty file",
      "",
      [#"$: not JSON: line 1, column 1: unexpected end of input"#]),
    BadScenario(
      "not JSON: NaN is not a number",
      """
      {
        "format": "ale-scenario/1",
        "requests": [ { "hours": NaN } ]
      }
      """,
      [#"$: not JSON: line 3, column 28: unexpected character"#]),
    BadScenario(
      "not JSON: 1e999 does not fit a double",
      """
      {
        "format": "ale-scenario/1",
        "requests": [ { "hours": 1e999 } ]
      }
      """,
      [#"$: not JSON: line 3, column 28: number 1e999 is out of range"#]),
    BadScenario(
      "not JSON: -Infinity",
      #"{ "hours": -Infinity }"#,
      [#"$: not JSON: line 1, column 13: expected digits"#]),
    BadScenario(
      "not JSON: 129 nested arrays",
      #"{"rules": "# + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "}",
      // The object is level 1, so the 128th '[' (column 10 + 128) is level 129.
      [#"$: not JSON: line 1, column 138: nested deeper than 128 levels"#]),

    // --- The document is not a scenario.
    BadScenario(
      "the document is an array",
      "[]",
      [#"$: expected an object, got an array"#]),
    BadScenario(
      "wrong format",
      Fixture.scenario(format: #""ale-scenario/2""#),
      [#"format: "ale-scenario/2" is not ale-scenario/1"#]),
    BadScenario(
      "format is a number",
      Fixture.scenario(format: "1"),
      [#"format: expected a string, got a number"#]),

    // --- Wrong types.
    BadScenario(
      "hours as a string",
      Fixture.scenario(requests: """
        [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": "3",
            "windows": [ { "date": "2026-11-24", "from": "08:00", "to": "18:00" } ] } ]
        """),
      [#"requests[0].hours: expected a number, got a string"#]),
    BadScenario(
      "ris as a string",
      Fixture.scenario(workers: """
        [ { "id": "w-1", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
            "birthDate": "1971-04-02", "ris": "yes", "activities": ["gardening"], "availability": [] } ]
        """),
      [#"workers[0].ris: expected true or false, got a string"#]),
    BadScenario(
      "workers is an object",
      Fixture.scenario(workers: "{}"),
      [#"workers: expected an array, got an object"#]),
    BadScenario(
      "a window is a string",
      Fixture.scenario(requests: """
        [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 3, "windows": [ "2026-11-24" ] } ]
        """),
      [#"requests[0].windows[0]: expected an object, got a string"#]),
    BadScenario(
      "an activity is a number, another is empty",
      Fixture.scenario(workers: """
        [ { "id": "w-1", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
            "birthDate": "1971-04-02", "unemployedSince": "2022-09-01",
            "activities": ["gardening", 7, ""], "availability": [] } ]
        """),
      [
        #"workers[0].activities[1]: expected a non-empty string, got a number"#,
        #"workers[0].activities[2]: expected a non-empty string, got a string"#,
      ]),
    BadScenario(
      "a bad element before a dangling one: both at their own position",
      Fixture.scenario(
        workers: Fixture.workers.replacingOccurrences(of: #""gardening", "odd_jobs""#, with: #"7, "window_cleaning""#),
        requests: """
          [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 3, "preferredWorkers": [null, "w-9"],
              "windows": [ { "date": "2026-11-24", "from": "08:00", "to": "18:00" } ] } ]
          """),
      [
        #"requests[0].preferredWorkers[0]: expected a non-empty string, got null"#,
        #"requests[0].preferredWorkers[1]: no worker has id "w-9""#,
        #"workers[0].activities[0]: expected a non-empty string, got a number"#,
        #"workers[0].activities[1]: unknown activity "window_cleaning""#,
      ]),
    BadScenario(
      "an empty id",
      Fixture.scenario(agencies: #"[ { "id": "", "name": "ALE de Namur" } ]"#, workers: "[]", users: "[]", requests: "[]"),
      [#"agencies[0].id: must not be empty"#]),

    // --- Unknown and repeated keys.
    BadScenario(
      "unknown key with a hint",
      Fixture.scenario(requests: """
        [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 3, "prority": 2,
            "windows": [ { "date": "2026-11-24", "from": "08:00", "to": "18:00" } ] } ]
        """),
      [#"requests[0].prority: unknown key (did you mean "priority"?)"#]),
    BadScenario(
      "unknown top-level key with a hint",
      Fixture.scenario(history: "[]").replacingOccurrences(of: #""history""#, with: #""histroy""#),
      [#"histroy: unknown key (did you mean "history"?)"#]),
    BadScenario(
      "unknown key too far from any known one",
      Fixture.scenario(users: """
        [ { "id": "u-1", "kind": "private", "agency": "ale-namur", "location": { "lat": 50.45, "lon": 4.85 },
            "phoneNumber": "081 00 00 00" } ]
        """),
      [#"users[0].phoneNumber: unknown key"#]),
    BadScenario(
      "unknown key in a point",
      Fixture.scenario(users: """
        [ { "id": "u-1", "kind": "private", "agency": "ale-namur", "location": { "lat": 50.45, "long": 4.85 } } ]
        """),
      [#"users[0].location.lon: required field is missing"#, #"users[0].location.long: unknown key (did you mean "lon"?)"#]),
    BadScenario(
      "a key written twice",
      Fixture.scenario(id: #""a", "id": "b""#),
      [#"id: key appears more than once"#]),

    // --- Missing required fields.
    BadScenario(
      "request without hours",
      Fixture.scenario(requests: """
        [ { "id": "r-1", "user": "u-1", "activity": "gardening",
            "windows": [ { "date": "2026-11-24", "from": "08:00", "to": "18:00" } ] } ]
        """),
      [#"requests[0].hours: required field is missing"#]),
    BadScenario(
      "no weekStart, no requests",
      Fixture.scenario(weekStart: nil, requests: nil),
      [#"requests: required field is missing"#, #"weekStart: required field is missing"#]),
    BadScenario(
      "no format",
      Fixture.scenario(format: nil),
      [#"format: required field is missing"#]),
    BadScenario(
      "null counts as missing",
      Fixture.scenario(id: "null"),
      [#"id: required field is missing"#]),
    BadScenario(
      "a window without its end",
      Fixture.scenario(requests: """
        [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 3,
            "windows": [ { "date": "2026-11-24", "from": "08:00" } ] } ]
        """),
      [#"requests[0].windows[0].to: required field is missing"#]),
    BadScenario(
      "a request without any window",
      Fixture.scenario(requests: """
        [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 3, "windows": [] } ]
        """),
      [#"requests[0].windows: a request needs at least one window"#]),
    BadScenario(
      "a worker with neither ris nor unemployedSince",
      Fixture.scenario(workers: """
        [ { "id": "w-1", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
            "birthDate": "1971-04-02", "activities": ["gardening"], "availability": [] } ]
        """),
      [#"workers[0]: needs "ris" or "unemployedSince" (the eligibility basis)"#]),

    // --- Duplicate ids, in each list.
    BadScenario(
      "duplicate agency",
      Fixture.scenario(agencies: #"[ { "id": "ale-namur", "name": "A" }, { "id": "ale-namur", "name": "B" } ]"#),
      [#"agencies[1].id: id "ale-namur" appears more than once in agencies"#]),
    BadScenario(
      "duplicate worker",
      Fixture.scenario(workers: "[ \(Fixture.worker), \(Fixture.worker) ]"),
      [#"workers[1].id: id "w-1" appears more than once in workers"#]),
    BadScenario(
      "duplicate user",
      Fixture.scenario(users: "[ \(Fixture.user), \(Fixture.user), \(Fixture.user) ]"),
      [#"users[1].id: id "u-1" appears more than once in users"#, #"users[2].id: id "u-1" appears more than once in users"#]),
    BadScenario(
      "duplicate request",
      Fixture.scenario(requests: "[ \(Fixture.request), \(Fixture.request) ]"),
      [#"requests[1].id: id "r-1" appears more than once in requests"#]),
    BadScenario(
      "a month worked twice",
      Fixture.scenario(workers: """
        [ { "id": "w-1", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
            "birthDate": "1971-04-02", "ris": true, "activities": [], "availability": [],
            "worked": [ { "month": "2026-11", "standard": 4 }, { "month": "2026-11", "extended": 2 } ] } ]
        """),
      [#"workers[0].worked[1].month: month 2026-11 appears more than once"#]),

    // --- References to ids that do not exist.
    BadScenario(
      "worker.agency",
      Fixture.scenario(workers: Fixture.workers.replacingOccurrences(of: #""agency": "ale-namur""#, with: #""agency": "ale-liege""#)),
      [#"workers[0].agency: no agency has id "ale-liege""#]),
    BadScenario(
      "user.agency",
      Fixture.scenario(users: Fixture.users.replacingOccurrences(of: #""agency": "ale-namur""#, with: #""agency": "ale-liege""#)),
      [#"users[0].agency: no agency has id "ale-liege""#]),
    BadScenario(
      "request.user",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""user": "u-1""#, with: #""user": "u-9""#)),
      [#"requests[0].user: no user has id "u-9""#]),
    BadScenario(
      "preferredWorkers",
      Fixture.scenario(requests: """
        [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 3, "preferredWorkers": ["w-1", "w-9"],
            "windows": [ { "date": "2026-11-24", "from": "08:00", "to": "18:00" } ] } ]
        """),
      [#"requests[0].preferredWorkers[1]: no worker has id "w-9""#]),
    BadScenario(
      "excludedWorkers",
      Fixture.scenario(requests: """
        [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 3, "excludedWorkers": ["w-7"],
            "windows": [ { "date": "2026-11-24", "from": "08:00", "to": "18:00" } ] } ]
        """),
      [#"requests[0].excludedWorkers[0]: no worker has id "w-7""#]),
    BadScenario(
      "history, both sides",
      Fixture.scenario(history: #"[ { "worker": "w-1", "user": "u-1" }, { "worker": "w-2", "user": "u-2" } ]"#),
      [#"history[1].user: no user has id "u-2""#, #"history[1].worker: no worker has id "w-2""#]),
    BadScenario(
      "pinned, both sides",
      Fixture.scenario(pinned: #"[ { "request": "r-2", "worker": "w-2", "date": "2026-11-24", "start": "09:00" } ]"#),
      [#"pinned[0].request: no request has id "r-2""#, #"pinned[0].worker: no worker has id "w-2""#]),
    BadScenario(
      "a worker authorised for an activity not in the catalog",
      Fixture.scenario(workers: Fixture.workers.replacingOccurrences(of: #""odd_jobs""#, with: #""window_cleaning""#)),
      [#"workers[0].activities[1]: unknown activity "window_cleaning""#]),
    BadScenario(
      "an agency's cheque code not in rules.cheques.prices",
      Fixture.scenario(agencies: """
        [ { "id": "ale-namur", "name": "ALE de Namur", "cheques": { "default": "TZ", "byActivity": { "gardening": "TI", "odd_jobs": "XX" } } } ]
        """),
      [
        #"agencies[0].cheques.byActivity.odd_jobs: no cheque price has code "XX""#,
        #"agencies[0].cheques.default: no cheque price has code "TZ""#,
      ]),
    BadScenario(
      "an agency's cheque code for an activity not in the catalog",
      Fixture.scenario(agencies: """
        [ { "id": "ale-namur", "name": "ALE de Namur", "cheques": { "default": "TH", "byActivity": { "gardenin": "TI" } } } ]
        """),
      [#"agencies[0].cheques.byActivity.gardenin: unknown activity "gardenin""#]),

    // --- The week.
    BadScenario(
      "weekStart on a Tuesday",
      Fixture.scenario(weekStart: #""2026-11-24""#),
      [#"weekStart: 2026-11-24 is not a Monday"#]),
    BadScenario(
      "weekStart on a Sunday",
      Fixture.scenario(weekStart: #""2026-11-29""#),
      [#"weekStart: 2026-11-29 is not a Monday"#]),

    // --- Dates.
    BadScenario(
      "February 30th",
      Fixture.scenario(workers: Fixture.workers.replacingOccurrences(of: "1971-04-02", with: "2026-02-30")),
      [#"workers[0].birthDate: "2026-02-30" is not a date (YYYY-MM-DD)"#]),
    BadScenario(
      "month 13",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""date": "2026-11-24""#, with: #""date": "2026-13-01""#)),
      [#"requests[0].windows[0].date: "2026-13-01" is not a date (YYYY-MM-DD)"#]),
    BadScenario(
      "year 9999",
      Fixture.scenario(workers: Fixture.workers.replacingOccurrences(of: "2022-09-01", with: "9999-12-31")),
      [#"workers[0].unemployedSince: "9999-12-31" is outside the years 1900...2199"#]),
    BadScenario(
      "a date without its leading zeros",
      Fixture.scenario(weekStart: #""2026-11-3""#),
      [#"weekStart: "2026-11-3" is not a date (YYYY-MM-DD)"#]),
    BadScenario(
      "a worked month that is not a month",
      Fixture.scenario(workers: """
        [ { "id": "w-1", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
            "birthDate": "1971-04-02", "ris": true, "activities": [], "availability": [],
            "worked": [ { "month": "2026-13", "standard": 4 } ] } ]
        """),
      [#"workers[0].worked[0].month: "2026-13" is not a month (YYYY-MM)"#]),

    // --- Times.
    BadScenario(
      "25:00",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""from": "08:00""#, with: #""from": "25:00""#)),
      [#"requests[0].windows[0].from: "25:00" is not a time (HH:MM on 24 hours, 00:00 to 23:59)"#]),
    BadScenario(
      "12:60",
      Fixture.scenario(workers: Fixture.workers.replacingOccurrences(of: #""to": "12:30""#, with: #""to": "12:60""#)),
      [#"workers[0].availability[0].to: "12:60" is not a time (HH:MM on 24 hours, 00:00 to 24:00)"#]),
    BadScenario(
      "24:00 as a start",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""from": "08:00""#, with: #""from": "24:00""#)),
      [#"requests[0].windows[0].from: "24:00" is not a time (HH:MM on 24 hours, 00:00 to 23:59)"#]),
    BadScenario(
      "24:00 as a pinned start",
      Fixture.scenario(pinned: #"[ { "request": "r-1", "worker": "w-1", "date": "2026-11-24", "start": "24:00" } ]"#),
      [#"pinned[0].start: "24:00" is not a time (HH:MM on 24 hours, 00:00 to 23:59)"#]),
    BadScenario(
      "a time without its leading zero",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""from": "08:00""#, with: #""from": "8:00""#)),
      [#"requests[0].windows[0].from: "8:00" is not a time (HH:MM on 24 hours, 00:00 to 23:59)"#]),
    BadScenario(
      "to equal to from",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""to": "18:00""#, with: #""to": "08:00""#)),
      [#"requests[0].windows[0].to: "08:00" is not after "08:00""#]),
    BadScenario(
      "to before from",
      Fixture.scenario(workers: Fixture.workers.replacingOccurrences(of: #""to": "12:30""#, with: #""to": "07:30""#)),
      [#"workers[0].availability[0].to: "07:30" is not after "08:00""#]),

    // --- Numbers out of range.
    BadScenario(
      "priority 0",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""hours": 3,"#, with: #""hours": 3, "priority": 0,"#)),
      [#"requests[0].priority: 0 is out of range 1...5"#]),
    BadScenario(
      "priority 6",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""hours": 3,"#, with: #""hours": 3, "priority": 6,"#)),
      [#"requests[0].priority: 6 is out of range 1...5"#]),
    BadScenario(
      "priority 2.5",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""hours": 3,"#, with: #""hours": 3, "priority": 2.5,"#)),
      [#"requests[0].priority: 2.5 is not a whole number"#]),
    BadScenario(
      "priority 1e20 is whole, and out of range",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""hours": 3,"#, with: #""hours": 3, "priority": 1e20,"#)),
      [#"requests[0].priority: 1e+20 is out of range 1...5"#]),
    BadScenario(
      "workers 0",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""hours": 3,"#, with: #""hours": 3, "workers": 0,"#)),
      [#"requests[0].workers: 0 is out of range 1...100"#]),
    BadScenario(
      "negative hours",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""hours": 3,"#, with: #""hours": -2,"#)),
      [#"requests[0].hours: -2 is not a duration (above 0, at most 24 hours)"#]),
    BadScenario(
      "zero hours",
      Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""hours": 3,"#, with: #""hours": 0,"#)),
      [#"requests[0].hours: 0 is not a duration (above 0, at most 24 hours)"#]),
    BadScenario(
      "negative hours worked, negative weekly maximum",
      Fixture.scenario(workers: """
        [ { "id": "w-1", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
            "birthDate": "1971-04-02", "ris": true, "activities": [], "availability": [], "maxHoursPerWeek": -1,
            "worked": [ { "month": "2026-11", "standard": 4, "extended": -1.5 } ] } ]
        """),
      [
        #"workers[0].maxHoursPerWeek: -1 is out of range 0...168"#,
        #"workers[0].worked[0].extended: -1.5 is out of range 0...10000"#,
      ]),
    BadScenario(
      "latitude 91, longitude -181",
      Fixture.scenario(workers: Fixture.workers.replacingOccurrences(of: #""lat": 50.4669, "lon": 4.8675"#, with: #""lat": 91, "lon": -181"#)),
      [#"workers[0].home.lat: 91 is out of range -90...90"#, #"workers[0].home.lon: -181 is out of range -180...180"#]),
    BadScenario(
      "a negative distance",
      Fixture.scenario(workers: Fixture.workers.replacingOccurrences(of: #""birthDate""#, with: #""maxDistanceKm": -3, "birthDate""#)),
      [#"workers[0].maxDistanceKm: -3 is out of range 0...10000"#]),
  ]

  @Test("a bad scenario is refused with the path and message of its problem", arguments: badInputs)
  func refuses(_ bad: BadScenario) {
    #expect(Fixture.issues(bad.text) == bad.expected)
  }

  @Test("every base of the bad cases loads on its own")
  func baseLoads() {
    // The cases above change one thing of this scenario; it must be fine as it is.
    #expect(Fixture.issues(Fixture.scenario()) == [])
  }

  @Test("the issue kinds match the kinds of bad input")
  func kinds() throws {
    func kinds(_ text: String) -> [ScenarioIssue.Kind] {
      do {
        _ = try Scenario.load(Array(text.utf8))
        return []
      } catch {
        return error.issues.map(\.kind)
      }
    }
    #expect(kinds("{") == [.notJSON])
    #expect(kinds(Fixture.scenario(format: #""x""#)) == [.wrongFormat])
    #expect(kinds(Fixture.scenario(workers: "{}")) == [.wrongType])
    #expect(kinds(Fixture.scenario(id: #""a", "idd": "b""#)) == [.unknownKey])
    #expect(kinds(Fixture.scenario(id: nil)) == [.missing])
    #expect(kinds(Fixture.scenario(requests: "[ \(Fixture.request), \(Fixture.request) ]")) == [.duplicateID])
    #expect(kinds(Fixture.scenario(history: #"[ { "worker": "w-9", "user": "u-1" } ]"#)) == [.unknownReference])
    #expect(kinds(Fixture.scenario(weekStart: #""2026-11-25""#)) == [.notMonday])
    #expect(kinds(Fixture.scenario(weekStart: #""2026-02-30""#)) == [.badDate])
    #expect(kinds(Fixture.scenario(pinned: #"[ { "request": "r-1", "worker": "w-1", "date": "2026-11-24", "start": "9h" } ]"#)) == [.badTime])
    #expect(kinds(Fixture.scenario(requests: Fixture.requests.replacingOccurrences(of: #""hours": 3,"#, with: #""hours": 3, "workers": 0,"#))) == [.badValue])
  }

  // MARK: Many problems at once

  @Test("every problem of a file comes out together, sorted by path")
  func manyProblems() throws {
    let error = try #require(throws: ScenarioError.self) { try Fixture.load("many-problems") }
    #expect(error.issues.map(\.description) == [
      #"agencies[1].id: id "ale-namur" appears more than once in agencies"#,
      #"format: "ale-scenario/0" is not ale-scenario/1"#,
      #"history[0].user: no user has id "u-404""#,
      #"pinned[0].start: "24:00" is not a time (HH:MM on 24 hours, 00:00 to 23:59)"#,
      #"requests[0].hours: -1 is not a duration (above 0, at most 24 hours)"#,
      #"requests[0].priority: 6 is out of range 1...5"#,
      #"requests[2].user: no user has id "u-3""#,
      #"requests[2].windows[0].from: "25:00" is not a time (HH:MM on 24 hours, 00:00 to 23:59)"#,
      #"requests[2].windows[1].to: "09:00" is not after "10:00""#,
      #"requests[12].prority: unknown key (did you mean "priority"?)"#,
      #"users[0].location.lat: 91 is out of range -90...90"#,
      #"weekStart: 2026-11-25 is not a Monday"#,
      #"workers[0].agency: no agency has id "ale-liege""#,
      #"workers[1]: needs "ris" or "unemployedSince" (the eligibility basis)"#,
      #"workers[1].birthDate: "2026-02-30" is not a date (YYYY-MM-DD)"#,
    ])
    // Sorted by path: requests[2] before requests[12] (by index, not by text).
    #expect(error.issues.map(\.path) == error.issues.map(\.path).sorted())
    #expect(error.description.split(separator: "\n").count == 15)
  }

  @Test("a refused scenario prints one problem per line, path first")
  func errorDescription() {
    let error = ScenarioError(issues: [
      ScenarioIssue(.badTime, at: "requests[12].windows[0].from", #""25:00" is not a time (HH:MM on 24 hours, 00:00 to 23:59)"#),
      ScenarioIssue(.missing, at: "id", "required field is missing"),
    ])
    #expect(error.description == """
      id: required field is missing
      requests[12].windows[0].from: "25:00" is not a time (HH:MM on 24 hours, 00:00 to 23:59)
      """)
  }

  @Test("a file larger than the limit is refused before parsing")
  func tooLarge() {
    let bytes = [UInt8](repeating: 0x20, count: Scenario.maximumFileBytes + 1)
    #expect(Fixture.issues(bytes) == ["$: the file has \(Scenario.maximumFileBytes + 1) bytes, at most \(Scenario.maximumFileBytes) allowed"])
  }

  @Test("a request with too many windows is refused")
  func tooManyWindows() {
    let window = #"{ "date": "2026-11-24", "from": "08:00", "to": "18:00" }"#
    let windows = Array(repeating: window, count: ScenarioDecoder.maximumSpansPerRecord + 1).joined(separator: ", ")
    let text = Fixture.scenario(requests: """
      [ { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 3, "windows": [ \(windows) ] } ]
      """)
    #expect(Fixture.issues(text) == ["requests[0].windows: 501 entries, at most 500 allowed"])
  }

  /// A person reads the record's id beside its 0-based index.
  @Test func issuesNameTheRecordByItsID() throws {
    let text = Fixture.scenario(workers: """
      [ { "id": "w-anne", "agency": "ale-namur", "home": { "lat": 50.46, "lon": 4.86 }, "birthDate": "1980-01-01",
          "ris": true, "activities": [], "availability": [] },
        { "id": "w-bruno", "agency": "ale-namur", "home": { "lat": 50.46, "lon": 4.86 }, "birthDate": "1980-01-01",
          "ris": true, "activities": [], "availabilty": [] } ]
      """)
    let error = try #require(throws: ScenarioError.self) { try Scenario.load(Array(text.utf8)) }
    #expect(
      error.issues.map(\.located) == [
        "workers[1] (w-bruno).availability: required field is missing",
        #"workers[1] (w-bruno).availabilty: unknown key (did you mean "availability"?)"#,
      ])
    // The stable form keeps the bare path.
    #expect(error.issues.first?.description == "workers[1].availability: required field is missing")
  }

  @Test func aPlanGivenAsAScenarioIsSaidAlone() throws {
    let plan = try SmallWeek.bytes("scenarios/small-week.plan.json")
    let error = try #require(throws: ScenarioError.self) { try Scenario.load(plan) }
    #expect(error.issues.map(\.description) == ["format: this file is a plan (ale-plan/1), not a scenario (ale-scenario/1): give a scenario here"])
  }

  /// The offending line, cut around the column when long, with a caret under it.
  @Test func notJSONExcerpt() throws {
    let long = "[" + String(repeating: "1,", count: 60) + "x]"
    let error = try #require(throws: ScenarioError.self) { try Scenario.load(Array(long.utf8)) }
    let issue = try #require(error.issues.first)
    #expect(issue.message == "not JSON: line 1, column 122: unexpected character")
    #expect(issue.excerpt.count == 2)
    let caret = try #require(issue.excerpt[1].firstIndex(of: "^"))
    let shown = Array(issue.excerpt[0])
    #expect(shown[issue.excerpt[1].distance(from: issue.excerpt[1].startIndex, to: caret)] == "x")
    #expect(issue.excerpt[0].hasPrefix("  …"))
  }
}
