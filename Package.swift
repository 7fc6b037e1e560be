// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "ALEMatcher",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "Matcher", targets: ["Matcher"]),
    .executable(name: "match-cli", targets: ["match-cli"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.11.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
  ],
  targets: [
    .target(
      name: "CGLPK",
      path: "Sources/CGLPK",
      linkerSettings: [.linkedLibrary("glpk")]
    ),
    .target(
      name: "GLPK",
      dependencies: ["CGLPK"]
    ),
    .target(
      name: "Matcher",
      dependencies: [
        "GLPK",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "CSV", package: "CSV.swift"),
      ],
      resources: [.copy("Resources/rules.json"), .copy("Resources/policy.json")]
    ),
    .executableTarget(
      name: "match-cli",
      dependencies: [
        "Matcher",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .testTarget(
      name: "GLPKTests",
      dependencies: ["GLPK"]
    ),
    .testTarget(
      name: "MatcherTests",
      dependencies: ["Matcher"],
      resources: [.copy("Fixtures"), .copy("Golden")]
    ),
    .testTarget(
      name: "MatchCLITests",
      dependencies: ["Matcher", "match-cli"]
    ),
  ]
)
