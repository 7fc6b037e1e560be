import Foundation

/// Stands in for the `Bundle.module` SwiftPM generates for the Matcher target.
///
/// The fuzz build compiles the Matcher sources with plain `swiftc`, which has
/// no resource bundle; `BundledRules` still reads `rules.json` and
/// `policy.json` through `Bundle.module`, here the directory named by
/// `ALE_RESOURCES` (set by `scripts/fuzz.sh` to `Sources/Matcher/Resources`).
extension Bundle {
  static let module: Bundle = {
    let directory = ProcessInfo.processInfo.environment["ALE_RESOURCES"] ?? "Sources/Matcher/Resources"
    guard let bundle = Bundle(path: directory) else {
      preconditionFailure("ALE_RESOURCES=\(directory) is not a directory holding rules.json and policy.json")
    }
    return bundle
  }()
}
