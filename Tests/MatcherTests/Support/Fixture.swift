import Foundation
import Testing

@testable import Matcher

/// Scenario texts for the loader's tests: files under `Fixtures/loader/`,
/// and a builder that writes a small valid scenario with one part swapped.
///
/// The builder's defaults load without a problem (one agency, worker, user
/// and request, week of Monday 2026-11-23), so a case that replaces one part
/// shows exactly what is wrong with it.
enum Fixture {
  /// The bytes of `Fixtures/loader/NAME.json`.
  static func bytes(_ name: String) throws -> [UInt8] {
    let base = try #require(Bundle.module.resourceURL, "the test bundle has no resources")
    let candidates = [
      base.appendingPathComponent("Fixtures/loader/\(name).json"),
      base.appendingPathComponent("loader/\(name).json"),
    ]
    let url = try #require(
      candidates.first { FileManager.default.fileExists(atPath: $0.path) }, "no fixture loader/\(name).json")
    return Array(try Data(contentsOf: url))
  }

  /// Loads `Fixtures/loader/NAME.json` as a scenario.
  static func load(_ name: String) throws -> Scenario {
    try Scenario.load(bytes(name))
  }

  /// The problems reported for `text`, each printed `path: message`; empty when it loads.
  static func issues(_ text: String) -> [String] {
    issues(Array(text.utf8))
  }

  /// The problems reported for `bytes`, each printed `path: message`; empty when it loads.
  static func issues(_ bytes: [UInt8]) -> [String] {
    do {
      _ = try Scenario.load(bytes)
      return []
    } catch {
      return error.issues.map(\.description)
    }
  }

  /// Loads `text`, recording the problems as a test failure when it is refused.
  static func load(text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Scenario {
    do {
      return try Scenario.load(Array(text.utf8))
    } catch {
      Issue.record("refused: \(error.description)", sourceLocation: sourceLocation)
      throw error
    }
  }

  static let agencies = #"[ { "id": "ale-namur", "name": "ALE de Namur" } ]"#

  /// An unemployed worker of 55 (born 1971), unemployed since 2022: eligible.
  static let worker = """
    { "id": "w-1", "agency": "ale-namur", "home": { "lat": 50.4669, "lon": 4.8675 },
      "birthDate": "1971-04-02", "unemployedSince": "2022-09-01",
      "activities": ["gardening", "odd_jobs"],
      "availability": [ { "date": "2026-11-24", "from": "08:00", "to": "12:30" } ] }
    """
  static let workers = "[ \(worker) ]"

  static let user = """
    { "id": "u-1", "kind": "private", "agency": "ale-namur", "location": { "lat": 50.4540, "lon": 4.8500 } }
    """
  static let users = "[ \(user) ]"

  /// Three hours of gardening on Tuesday, between 08:00 and 18:00.
  static let request = """
    { "id": "r-1", "user": "u-1", "activity": "gardening", "hours": 3,
      "windows": [ { "date": "2026-11-24", "from": "08:00", "to": "18:00" } ] }
    """
  static let requests = "[ \(request) ]"

  /// A scenario document; each argument is the JSON text of one top-level
  /// member, nil leaves the member out.
  static func scenario(
    format: String? = #""ale-scenario/1""#,
    id: String? = #""test-week""#,
    weekStart: String? = #""2026-11-23""#,
    rules: String? = nil,
    policy: String? = nil,
    agencies: String? = Fixture.agencies,
    workers: String? = Fixture.workers,
    users: String? = Fixture.users,
    requests: String? = Fixture.requests,
    history: String? = nil,
    pinned: String? = nil
  ) -> String {
    let members: [(String, String?)] = [
      ("format", format), ("id", id), ("weekStart", weekStart), ("rules", rules), ("policy", policy),
      ("agencies", agencies), ("workers", workers), ("users", users), ("requests", requests),
      ("history", history), ("pinned", pinned),
    ]
    let body = members.compactMap { key, value in value.map { "  \"\(key)\": \($0)" } }
    return "{\n" + body.joined(separator: ",\n") + "\n}\n"
  }
}
