// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "ALEMatcher",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "Matcher", targets: ["Matcher"]),
    .library(name: "Office", targets: ["Office"]),
    .executable(name: "match-cli", targets: ["match-cli"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.11.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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
      exclude: ["Resources"],
      plugins: ["EmbedResources"]
    ),
    // The default rules.json and policy.json compiled into the library
    // (an installed match-cli has no bundle beside it).
    .executableTarget(name: "embed-json", path: "Plugins/EmbedJSON"),
    .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-json"]),
    .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
    .target(
      name: "Office",
      dependencies: [
        "Matcher",
        "CZlib",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .target(
      name: "OfficeWeb",
      dependencies: [
        "Matcher",
        "Office",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .executableTarget(
      name: "match-cli",
      dependencies: [
        "Matcher",
        "Office",
        "OfficeWeb",
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
      name: "OfficeTests",
      dependencies: ["Office", "Matcher", .product(name: "GRDB", package: "GRDB.swift")],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "OfficeWebTests",
      dependencies: [
        "OfficeWeb", "Office", "Matcher",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "MatchCLITests",
      dependencies: ["Matcher", "Office", "match-cli"]
    ),
  ]
)
