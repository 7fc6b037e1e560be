import Foundation
import Testing

/// The package's layout rules (docs/matcher.md, "Layout"), checked on the
/// source tree so that a merge cannot quietly break them.
@Suite struct LayoutTests {
  static let sources = SmallWeek.root.appendingPathComponent("Sources")

  /// The library's stages in the order data flows: each names only types of earlier ones.
  static let stages = ["Domain", "JSON", "Scenario", "Candidates", "Model", "Plan", "Solvers", "Validation", "Report", "Explain", "Generator", "Batch"]

  /// Every `.swift`, `.c` and `.h` file below `folder`, as (path relative to Sources/, text).
  static func files(in folder: URL) throws -> [(path: String, text: String)] {
    let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
    var found: [(String, String)] = []
    for case let url as URL in enumerator where ["swift", "c", "h"].contains(url.pathExtension) {
      found.append((String(url.path.dropFirst(sources.path.count + 1)), try String(contentsOf: url, encoding: .utf8)))
    }
    return found.sorted { $0.0 < $1.0 }
  }

  /// `text` without comments and string literals (roughly: enough for type names).
  static func code(_ text: String) -> String {
    text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
      .replacingOccurrences(of: #""(\\.|[^"\\\n])*""#, with: "\"\"", options: .regularExpression)
  }

  @Test func onlyTheGLPKModuleImportsCGLPK() throws {
    let importers = try Self.files(in: Self.sources).filter { $0.text.range(of: #"(?m)^\s*import CGLPK"#, options: .regularExpression) != nil }
    #expect(!importers.isEmpty)
    #expect(importers.allSatisfy { $0.path.hasPrefix("GLPK/") }, "\(importers.map(\.path))")
  }

  @Test func noSourceFileIsOver400Lines() throws {
    let long = try Self.files(in: Self.sources).filter { $0.text.split(separator: "\n", omittingEmptySubsequences: false).count > 401 }
    #expect(long.isEmpty, "\(long.map(\.path))")
  }

  @Test func noStageNamesALaterStagesType() throws {
    let library = Self.sources.appendingPathComponent("Matcher")
    var owner: [String: Int] = [:]  // top-level type → stage
    var texts: [(stage: Int, path: String, code: String)] = []
    for (index, stage) in Self.stages.enumerated() {
      for file in try Self.files(in: library.appendingPathComponent(stage)) {
        for match in file.text.matches(of: /(?m)^(?:@\w+(?:\([^)]*\))? )*(?:public |package |private |fileprivate |internal )?(?:final )?(?:indirect )?(?:struct|enum|class|protocol|typealias|actor) (\w+)/) {
          owner[String(match.1), default: index] = min(owner[String(match.1)] ?? index, index)
        }
        texts.append((index, file.path, Self.code(file.text)))
      }
    }
    var backward: [String] = []
    for file in texts {
      for (name, stage) in owner.sorted(by: { $0.key < $1.key }) where stage > file.stage {
        if file.code.range(of: "\\b\(name)\\b", options: .regularExpression) != nil {
          backward.append("\(file.path) names \(Self.stages[stage]).\(name)")
        }
      }
    }
    #expect(!texts.isEmpty)
    #expect(backward.isEmpty, "\(backward)")
  }
}
