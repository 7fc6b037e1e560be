@testable import Matcher

/// Builds small hand-made `ale-scenario/1` weeks for solver tests.
///
/// Everyone is in agency `ale-test` around Namur unless placed otherwise;
/// workers are eligible (RIS) unless told; times are `HH:MM` strings.
struct WeekBuilder {
  var weekStart = "2026-11-23"
  var policy: String? = nil
  var rules: String? = nil
  private(set) var workers: [String] = []
  private(set) var users: [String] = []
  private(set) var requests: [String] = []
  private(set) var history: [String] = []
  private(set) var pinned: [String] = []

  /// The site everyone is near: Namur.
  static let namur = (lat: 50.4669, lon: 4.8675)

  /// A point `kmEast` km east of Namur (along the parallel).
  static func east(_ kmEast: Double) -> (lat: Double, lon: Double) {
    (namur.lat, namur.lon + kmEast / (111.32 * 0.6366))
  }

  mutating func worker(
    _ id: String, activities: [String], available: [(date: String, from: String, to: String)],
    at place: (lat: Double, lon: Double) = WeekBuilder.namur, agency: String = "ale-test",
    worked: String = "[]", maxHoursPerWeek: Double? = nil, extra: String = ""
  ) {
    let spans = available.map { "{\"date\": \"\($0.date)\", \"from\": \"\($0.from)\", \"to\": \"\($0.to)\"}" }
    let week = maxHoursPerWeek.map { ", \"maxHoursPerWeek\": \($0)" } ?? ""
    workers.append("""
      {"id": "\(id)", "agency": "\(agency)", "home": {"lat": \(place.lat), "lon": \(place.lon)},
       "birthDate": "1980-01-01", "ris": true, "activities": [\(activities.map { "\"\($0)\"" }.joined(separator: ", "))],
       "availability": [\(spans.joined(separator: ", "))], "worked": \(worked)\(week)\(extra)}
      """)
  }

  mutating func user(_ id: String, kind: String = "private", at place: (lat: Double, lon: Double) = WeekBuilder.namur, agency: String = "ale-test") {
    users.append("{\"id\": \"\(id)\", \"kind\": \"\(kind)\", \"agency\": \"\(agency)\", \"location\": {\"lat\": \(place.lat), \"lon\": \(place.lon)}}")
  }

  mutating func request(
    _ id: String, user: String, activity: String, hours: Double, windows: [(date: String, from: String, to: String)],
    seats: Int = 1, priority: Int = 1, extra: String = ""
  ) {
    let spans = windows.map { "{\"date\": \"\($0.date)\", \"from\": \"\($0.from)\", \"to\": \"\($0.to)\"}" }
    requests.append("""
      {"id": "\(id)", "user": "\(user)", "activity": "\(activity)", "hours": \(hours),
       "windows": [\(spans.joined(separator: ", "))], "workers": \(seats), "priority": \(priority)\(extra)}
      """)
  }

  mutating func knows(worker: String, user: String) {
    history.append("{\"worker\": \"\(worker)\", \"user\": \"\(user)\"}")
  }

  mutating func pin(request: String, worker: String, date: String, start: String) {
    pinned.append("{\"request\": \"\(request)\", \"worker\": \"\(worker)\", \"date\": \"\(date)\", \"start\": \"\(start)\"}")
  }

  var json: String {
    """
    {"format": "ale-scenario/1", "id": "test-week", "weekStart": "\(weekStart)",
     \(policy.map { "\"policy\": \($0)," } ?? "") \(rules.map { "\"rules\": \($0)," } ?? "")
     "agencies": [{"id": "ale-test", "name": "ALE de test"}, {"id": "ale-other", "name": "Autre ALE"}],
     "workers": [\(workers.joined(separator: ",\n"))],
     "users": [\(users.joined(separator: ",\n"))],
     "requests": [\(requests.joined(separator: ",\n"))],
     "history": [\(history.joined(separator: ", "))],
     "pinned": [\(pinned.joined(separator: ", "))]}
    """
  }

  func scenario() throws -> Scenario { try Scenario.load(Array(json.utf8)) }
}
