import Foundation
import Testing

@testable import Matcher

/// The default rule set and policy are compiled into the library (issue 12
/// item 20): an installed `match-cli` has no bundle beside it. The
/// embedded text is `Resources/*.json` byte for byte.
@Suite struct EmbeddedResourcesTests {
  static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/Matcher/Resources")

  @Test(arguments: ["rules", "policy"])
  func embeddedTextIsTheResourceFile(_ name: String) throws {
    let file = try Data(contentsOf: Self.resources.appendingPathComponent("\(name).json"))
    let embedded = try #require(EmbeddedResources.all[name])
    #expect(Array(embedded.utf8) == Array(file))
  }

  @Test func everyResourceIsEmbedded() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.resources.path).filter { $0.hasSuffix(".json") }
    #expect(Set(files.map { String($0.dropLast(".json".count)) }) == Set(EmbeddedResources.all.keys))
  }

  @Test func bundledRulesDecodeFromTheEmbeddedText() {
    #expect(!BundledRules.rules.activities.isEmpty)
    #expect(BundledRules.policy.slotMinutes > 0)
  }
}
