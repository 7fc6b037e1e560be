import Foundation
import Testing

/// Whether the built `match-cli` has the `batch` subcommand.
enum BatchSubcommand {
  static let isRegistered: Bool = {
    guard let run = try? CLI.run(["batch", "--help"]) else { return false }
    return run.status == 0 && run.stdout.contains("--options-set")
  }()
}

/// `match-cli batch` end to end (the built binary). Until `BatchCommand` is
/// one of `MatchCLI`'s subcommands these tests are skipped: the library-level
/// runner is tested in `MatcherTests/BatchTests.swift`.
@Suite(.enabled(if: BatchSubcommand.isRegistered, "batch is not a match-cli subcommand yet"))
struct BatchCommandTests {
  func scratch() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("batch-cli-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path + "/weeks", withIntermediateDirectories: true)
    let week = CLI.packageRoot.appendingPathComponent("scenarios/small-week.json").path
    try FileManager.default.copyItem(atPath: week, toPath: path + "/weeks/small.json")
    return path
  }

  @Test func writesPlansAndTablesThenResumes() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let arguments = ["batch", root + "/weeks", "-o", root + "/out", "--options-set", "g=solver=greedy",
      "--options-set", "zero=solver=greedy,defaultMaxDistanceKm=0", "--jobs", "2"]
    let first = try CLI.run(arguments)
    #expect(first.status == 0, "\(first)")
    #expect(first.stderr.contains("2 solved, 0 resumed"))
    let csv = try String(contentsOfFile: root + "/out/results.csv", encoding: .utf8).split(separator: "\n")
    #expect(csv.first?.hasPrefix("scenario,options,status,weighted_coverage,") == true)
    #expect(csv.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") } == ["small,g", "small,zero"])
    #expect(FileManager.default.fileExists(atPath: root + "/out/plans/small__g.json"))
    let second = try CLI.run(arguments)
    #expect(second.status == 0)
    #expect(second.stderr.contains("0 solved, 2 resumed"))
  }

  @Test func badUsageExits64() throws {
    #expect(try CLI.run(["batch", "-o", "/tmp/x"]).status == 64)
    #expect(try CLI.run(["batch", "scenarios", "-o", "/tmp/x", "--shard", "2/2"]).status == 64)
    #expect(try CLI.run(["batch", "scenarios", "-o", "/tmp/x", "--options-set", "a=solver=cplex"]).status == 64)
  }

  @Test func missingManifestExits66() throws {
    #expect(try CLI.run(["batch", "--manifest", "/nonexistent/study.json", "-o", "/tmp/x"]).status == 66)
  }
}
