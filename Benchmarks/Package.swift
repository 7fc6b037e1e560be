// swift-tools-version: 6.1
import PackageDescription

// The matcher's benchmarks, a package of their own (like swift-nio's) so the
// main package never depends on ordo-one/benchmark. Run from this directory:
//   swift package benchmark                      # all, with wall clock, mallocs, peak memory
//   swift package benchmark --filter 'greedy.*'  # one family
//   swift package benchmark baseline update main && swift package benchmark baseline check main
// A path dependency's identity is its directory's name (`main` here, another
// name in a clone elsewhere), and products are referred to by identity.
let root = Context.packageDirectory.split(separator: "/").dropLast().last.map { String($0).lowercased() } ?? "main"

let package = Package(
  name: "ALEMatcherBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "MatcherBenchmarks",
      dependencies: [
        .product(name: "Matcher", package: root),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/MatcherBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
