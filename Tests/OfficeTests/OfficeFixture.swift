import Foundation
import Matcher

@testable import Office

/// Files and registers the office tests share.
enum OfficeFixture {
  /// The package's root directory (this file is `Tests/OfficeTests/OfficeFixture.swift`).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Bytes of a file under the package root.
  static func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: packageRoot.appendingPathComponent(path)))
  }

  /// A fresh temporary directory.
  static func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("office-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// An in-memory register holding `scenarios/small-week.json`.
  static func smallWeek() throws -> OfficeDatabase {
    let office = try OfficeDatabase.inMemory()
    try office.importScenario(try bytes("scenarios/small-week.json"), by: "test")
    return office
  }

  static let smallMonday = Day(year: 2026, month: 11, day: 23)!
}
