@testable import Matcher

/// A small hand-made `ale-scenario/1` week for the validator's and PinCheck's
/// tests, written out as JSON text and loaded through `Scenario.load`.
///
/// Defaults: week of Monday 2026-11-23, agencies `ale-namur` and `ale-liege`,
/// everyone at Namur's centre, workers aged 56 and unemployed since 2024
/// (eligible). Dates and times are the `YYYY-MM-DD` / `HH:MM` strings of the format.
struct HandMadeScenario {
  /// Namur's centre, where everyone lives and works unless placed elsewhere.
  static let centre = (lat: 50.4669, lon: 4.8675)
  /// About 20 km (road) north of the centre: out of reach at the default 15 km.
  static let north = (lat: 50.6069, lon: 4.8675)
  /// About 20 km (road) south of the centre, 40 km from `north`.
  static let south = (lat: 50.3269, lon: 4.8675)

  /// One date's span: `("2026-11-24", "08:00", "18:00")`.
  typealias Span = (date: String, from: String, to: String)

  /// A worker record.
  struct WorkerSpec {
    var id: String
    var agency = "ale-namur"
    var home = HandMadeScenario.centre
    var unemployedSince = "2024-01-01"
    var activities: [String]
    var availability: [Span]
    var maxDistanceKm: Double? = nil
    var maxHoursPerWeek: Double? = nil
    /// `(month, standard, extended, seasonal)`.
    var worked: [(month: String, standard: Double, extended: Double, seasonal: Double)] = []
  }

  /// A user record.
  struct UserSpec {
    var id: String
    var kind = "private"
    var agency = "ale-namur"
    var location = HandMadeScenario.centre
  }

  /// A request record.
  struct RequestSpec {
    var id: String
    var user = "u-1"
    var activity: String
    var hours: Double
    var windows: [Span]
    var seats = 1
    var priority = 1
    var preferred: [String] = []
    var excluded: [String] = []
  }

  /// A pinned assignment.
  struct PinSpec {
    var request: String
    var worker: String
    var date: String
    var start: String
  }

  var id = "hand-made"
  var weekStart = "2026-11-23"
  var workers: [WorkerSpec] = []
  var users: [UserSpec] = [UserSpec(id: "u-1")]
  var requests: [RequestSpec] = []
  var history: [(worker: String, user: String)] = []
  var pinned: [PinSpec] = []

  /// The scenario as JSON text.
  var json: String {
    func quoted(_ text: String) -> String { "\"\(text)\"" }
    func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
    func point(_ p: (lat: Double, lon: Double)) -> String { "{\"lat\": \(p.lat), \"lon\": \(p.lon)}" }
    func spans(_ spans: [Span]) -> String {
      list(spans.map { "{\"date\": \(quoted($0.date)), \"from\": \(quoted($0.from)), \"to\": \(quoted($0.to))}" })
    }
    let workerTexts = workers.map { w in
      var members = [
        "\"id\": \(quoted(w.id))", "\"agency\": \(quoted(w.agency))", "\"home\": \(point(w.home))",
        "\"birthDate\": \"1970-01-01\"", "\"ris\": false", "\"unemployedSince\": \(quoted(w.unemployedSince))",
        "\"activities\": \(list(w.activities.map(quoted)))", "\"availability\": \(spans(w.availability))",
      ]
      if let km = w.maxDistanceKm { members.append("\"maxDistanceKm\": \(km)") }
      if let week = w.maxHoursPerWeek { members.append("\"maxHoursPerWeek\": \(week)") }
      let worked = w.worked.map {
        "{\"month\": \(quoted($0.month)), \"standard\": \($0.standard), \"extended\": \($0.extended), \"seasonal\": \($0.seasonal)}"
      }
      members.append("\"worked\": \(list(worked))")
      return "{" + members.joined(separator: ", ") + "}"
    }
    let userTexts = users.map {
      "{\"id\": \(quoted($0.id)), \"kind\": \(quoted($0.kind)), \"agency\": \(quoted($0.agency)), \"location\": \(point($0.location))}"
    }
    let requestTexts = requests.map { r in
      "{\"id\": \(quoted(r.id)), \"user\": \(quoted(r.user)), \"activity\": \(quoted(r.activity)), \"hours\": \(r.hours), "
        + "\"windows\": \(spans(r.windows)), \"workers\": \(r.seats), \"priority\": \(r.priority), "
        + "\"preferredWorkers\": \(list(r.preferred.map(quoted))), \"excludedWorkers\": \(list(r.excluded.map(quoted)))}"
    }
    let historyTexts = history.map { "{\"worker\": \(quoted($0.worker)), \"user\": \(quoted($0.user))}" }
    let pinTexts = pinned.map {
      "{\"request\": \(quoted($0.request)), \"worker\": \(quoted($0.worker)), \"date\": \(quoted($0.date)), \"start\": \(quoted($0.start))}"
    }
    return """
      {
        "format": "ale-scenario/1",
        "id": \(quoted(id)),
        "weekStart": \(quoted(weekStart)),
        "agencies": [{"id": "ale-namur", "name": "ALE de Namur"}, {"id": "ale-liege", "name": "ALE de Liège"}],
        "workers": \(list(workerTexts)),
        "users": \(list(userTexts)),
        "requests": \(list(requestTexts)),
        "history": \(list(historyTexts)),
        "pinned": \(list(pinTexts))
      }
      """
  }

  /// Minutes after midnight of `HH:MM`, for `Choice.start`; -1 when the text is no time.
  static func minutes(_ text: String) -> Int { TimeOfDay(text, allowEndOfDay: true)?.minutes ?? -1 }

  /// The date of `YYYY-MM-DD`; 1970-01-01 when the text is no date.
  static func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }

  /// Loads `json` with `Scenario.load`, pins checked.
  func load() throws -> Scenario { try Scenario.load(Array(json.utf8)) }

  /// Loads the scenario without its pins, then puts them back unchecked:
  /// what `PinCheck` sees, even for pins `Scenario.load` would refuse.
  func loadWithUncheckedPins() throws -> Scenario {
    var unpinned = self
    unpinned.pinned = []
    var scenario = try unpinned.load()
    scenario.pinned = pinned.compactMap { pin in
      guard let date = Day(iso: pin.date), let start = TimeOfDay(pin.start, allowEndOfDay: false) else { return nil }
      return Pin(request: Request.ID(pin.request), worker: Worker.ID(pin.worker), date: date, start: start)
    }
    return scenario
  }
}
