import Foundation
import Testing

@testable import Matcher

/// A hostile scenario and what the loader must say about it.
struct HostileCase: Sendable, CustomTestStringConvertible {
  /// `Fixtures/hostile/NAME.json`.
  var name: String
  /// The paths of the issues, in report order (`""` is the document itself).
  var paths: [String]
  var kinds: Set<ScenarioIssue.Kind>
  var testDescription: String { name }
}

/// Inputs meant to crash, hang or exhaust the loader: each is refused with a
/// `ScenarioError` naming its paths (exit 65 from `match-cli`), quickly.
///
/// The files are in `Fixtures/hostile/` (also the fuzzer's seeds, see
/// `scripts/fuzz.sh`); the three too large to check in (65 MiB, 10 000
/// windows, a million-deep array) are made here.
@Suite("Hostile input")
struct HostileInputTests {
  static let cases: [HostileCase] = [
    HostileCase(name: "deep-nesting", paths: ["$"], kinds: [.notJSON]),
    HostileCase(name: "deep-nesting-unclosed", paths: ["$"], kinds: [.notJSON]),
    HostileCase(name: "nan-coordinates", paths: ["$"], kinds: [.notJSON]),
    HostileCase(name: "infinite-coordinates", paths: ["$"], kinds: [.notJSON]),
    HostileCase(name: "huge-coordinates", paths: ["users[0].location.lat", "workers[0].home.lat", "workers[0].home.lon"], kinds: [.badValue]),
    HostileCase(
      name: "negative-hours",
      paths: ["requests[0].hours", "workers[0].maxDistanceKm", "workers[0].maxHoursPerWeek", "workers[0].worked[0].standard"],
      kinds: [.badValue]),
    HostileCase(
      name: "year-9999",
      paths: ["pinned[0].date", "requests[0].windows[0].date", "weekStart", "workers[0].birthDate", "workers[0].worked[0].month"],
      kinds: [.badDate]),
    HostileCase(name: "huge-integers", paths: ["requests[0].priority", "requests[0].workers"], kinds: [.badValue]),
    HostileCase(name: "bad-strings", paths: ["$"], kinds: [.notJSON]),
  ]

  static func bytes(_ name: String) throws -> [UInt8] {
    let base = try #require(Bundle.module.resourceURL, "the test bundle has no resources")
    let url = try #require(
      [base.appendingPathComponent("Fixtures/hostile/\(name).json"), base.appendingPathComponent("hostile/\(name).json")]
        .first { FileManager.default.fileExists(atPath: $0.path) }, "no fixture hostile/\(name).json")
    return Array(try Data(contentsOf: url))
  }

  static func refusal(_ bytes: [UInt8]) throws -> ScenarioError {
    try #require(throws: ScenarioError.self) { try Scenario.load(bytes) }
  }

  @Test("each hostile fixture is refused with its paths", arguments: cases)
  func refusesFixture(_ hostile: HostileCase) throws {
    let error = try Self.refusal(Self.bytes(hostile.name))
    #expect(error.issues.map { "\($0.path)" } == hostile.paths, "\(error)")
    #expect(Set(error.issues.map(\.kind)) == hostile.kinds, "\(error)")
  }

  @Test("a file above the size limit is refused before parsing")
  func refusesHugeFile() throws {
    let bytes = [UInt8](repeating: UInt8(ascii: " "), count: Scenario.maximumFileBytes + 1)
    let error = try Self.refusal(bytes)
    #expect(error.issues.map(\.kind) == [.tooLarge])
    #expect(error.issues.map { "\($0.path)" } == ["$"])
  }

  @Test("10 000 windows on one request are refused at the request's windows")
  func refusesTenThousandWindows() throws {
    let window = #"{"date": "2026-11-24", "from": "08:00", "to": "18:00"}"#
    var text = try Self.formatsExample()
    let windows = "[" + Array(repeating: window, count: 10_000).joined(separator: ",") + "]"
    text = text.replacingOccurrences(
      of: #""windows": [ { "date": "2026-11-24", "from": "08:00", "to": "18:00" } ]"#, with: "\"windows\": \(windows)")
    let error = try Self.refusal(Array(text.utf8))
    #expect(error.issues.map { "\($0.path)" } == ["requests[0].windows"])
    #expect(error.issues.map(\.kind) == [.tooLarge])
  }

  @Test("a million nested arrays are refused without exhausting the stack")
  func refusesMillionDeepNesting() throws {
    let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000) + [UInt8](repeating: UInt8(ascii: "]"), count: 1_000_000)
    let error = try Self.refusal(bytes)
    #expect(error.issues.map(\.kind) == [.notJSON])
  }

  /// The example of formats.md, the valid base the hostile files were made from.
  static func formatsExample() throws -> String {
    let base = try #require(Bundle.module.resourceURL)
    let url = try #require(
      [base.appendingPathComponent("Fixtures/loader/formats-example.json"), base.appendingPathComponent("loader/formats-example.json")]
        .first { FileManager.default.fileExists(atPath: $0.path) })
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }
}
