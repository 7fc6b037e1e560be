import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The nightly job's contract (issue 7, docs/nightly.md): exit statuses, an
/// atomic plan file that survives SIGKILL, SIGTERM → best plan and 75,
/// deterministic bytes across runs and `--jobs`, quiet GLPK, hostile input → 65.
///
/// Runs the built binary. The many-iteration kill test and the time-limit
/// measurements are scripts (`scripts/kill-test.sh`, `scripts/time-limit.sh`).
@Suite("Nightly", .serialized)
struct NightlyTests {
  // MARK: Helpers

  /// A fresh directory under the temporary directory.
  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nightly-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// This test process's folder of generated weeks: fresh for every run, so
  /// that a week written by an older build's generator is never reused.
  static let weeksDirectory = FileManager.default.temporaryDirectory
    .appendingPathComponent("nightly-weeks-\(getpid())-\(UUID().uuidString)")

  /// A generated week, made once per test run, profile, seed and demand scale.
  static func generated(_ profile: String, seed: Int, demandScale: Int = 1) throws -> String {
    try FileManager.default.createDirectory(at: weeksDirectory, withIntermediateDirectories: true)
    let path = weeksDirectory.appendingPathComponent("\(profile)-\(seed)-x\(demandScale).json").path
    if FileManager.default.fileExists(atPath: path) { return path }
    let partial = path + ".part-\(getpid())"
    let run = try CLI.run(["generate", "--profile", profile, "--seed", "\(seed)", "--demand-scale", "\(demandScale)", "-o", partial])
    try #require(run.status == 0, "\(run)")
    _ = rename(partial, path)
    return path
  }

  /// The plan's bytes with `"seconds": N` blanked, the one field allowed to differ.
  static func blankingSeconds(_ text: String) -> String {
    text.replacingOccurrences(of: #""seconds"\s*:\s*[0-9.eE+-]+"#, with: #""seconds":0"#, options: .regularExpression)
  }

  /// A running `match-cli`: started by `posix_spawn`, output in files.
  struct Child {
    var pid: pid_t
    var stderrPath: String

    static func start(_ arguments: [String], in directory: URL) throws -> Child {
      let stderrPath = directory.appendingPathComponent("stderr").path
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 1, directory.appendingPathComponent("stdout").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      let argv = [try CLI.executable().path] + arguments
      let cArguments = argv.map { strdup($0) } + [nil]
      defer { for pointer in cArguments { free(pointer) } }
      var pid = pid_t()
      let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
      guard spawned == 0 else { throw CLI.CLIError.spawnFailed(spawned) }
      return Child(pid: pid, stderrPath: stderrPath)
    }

    /// Waits for the end; the exit status, or 128 + the signal that ended it.
    func wait() -> Int32 {
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }
  }

  // MARK: 1. Exit statuses

  @Test("plan --help documents every exit status of the nightly job")
  func helpListsExitStatuses() throws {
    let run = try CLI.run(["plan", "--help"])
    #expect(run.status == 0)
    for text in ["  0 ", "  3 ", "  4 ", " 64 ", " 65 ", " 66 ", " 70 ", " 73 ", " 75 ", "--require", "--min-coverage", "--log-format"] {
      #expect(run.stdout.contains(text), "plan --help lacks \(text)")
    }
  }

  @Test("bad options are usage errors (64)", arguments: [
    ["--min-coverage", "1.5"], ["--min-coverage", "-0.1"], ["--require", "perfect"], ["--log-format", "xml"],
  ])
  func badOptionIsUsage(_ options: [String]) throws {
    let run = try CLI.run(["plan", "scenarios/small-week.json"] + options)
    #expect(run.status == 64, "\(run)")
  }

  @Test("--min-coverage and --require: the plan is written, and a weak one gets 4 or 3")
  func requirementsGiveTheirOwnStatus() throws {
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plan = directory.appendingPathComponent("plan.json").path
    // small-week's optimum covers 0.75 of the weighted hours.
    let cases: [(options: [String], status: Int32)] = [
      (["--min-coverage", "0.75", "--require", "optimal"], 0),
      (["--min-coverage", "0.8"], 4),
      (["--solver", "greedy", "--require", "optimal"], 3),
      (["--solver", "greedy", "--require", "feasible"], 3),
      (["--solver", "greedy", "--require", "optimal", "--min-coverage", "0.99"], 4),
    ]
    for (options, status) in cases {
      unlink(plan)
      let run = try CLI.run(["plan", "scenarios/small-week.json", "-o", plan] + options)
      #expect(run.status == status, "\(options): \(run)")
      let check = try CLI.run(["check", "scenarios/small-week.json", plan])
      #expect(check.status == 0, "\(options): the plan must be written and valid: \(check)")
    }
  }

  @Test("a plan that cannot be written is 73; a missing scenario 66")
  func outputAndInputFailures() throws {
    let unwritable = try CLI.run(["plan", "scenarios/small-week.json", "-o", "/nonexistent-dir/plan.json"])
    #expect(unwritable.status == 73, "\(unwritable)")
    let missing = try CLI.run(["plan", "scenarios/no-such-week.json"])
    #expect(missing.status == 66, "\(missing)")
  }

  // MARK: 2. Atomic output, signals

  @Test("a normal run leaves the plan and no temporary file")
  func noStrayTemporaryFile() throws {
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plan = directory.appendingPathComponent("plan.json").path
    let run = try CLI.run(["plan", "scenarios/small-week.json", "-o", plan])
    #expect(run.status == 0, "\(run)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["plan.json"])
  }

  /// A week whose solve runs into a 30 s limit even in a debug build
  /// (`ale` with four times the demand); the city profile is the script's.
  static func longWeek() throws -> String { try generated("ale", seed: 7, demandScale: 4) }

  @Test("SIGKILL at random points of a long run: the target is the old plan or a complete valid one")
  func killLeavesOldOrCompletePlan() throws {
    let city = try Self.longWeek()
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("plan.json")
    // The old plan: a complete valid plan of the same week, by the greedy solver.
    let first = try CLI.run(["plan", city, "--solver", "greedy", "-o", target.path, "--quiet"])
    try #require(first.status == 0, "\(first)")
    let old = try Data(contentsOf: target)
    var generator = SystemRandomNumberGenerator()
    for iteration in 0..<3 {
      let child = try Child.start(["plan", city, "--time-limit", "4", "-o", target.path], in: directory)
      let delay = Double.random(in: 0.2...6, using: &generator)
      usleep(UInt32(delay * 1_000_000))
      kill(child.pid, SIGKILL)
      let status = child.wait()
      let now = try Data(contentsOf: target)
      if now != old {
        let check = try CLI.run(["check", city, target.path])
        #expect(check.status == 0, "iteration \(iteration), killed after \(delay) s (exit \(status)): partial or invalid plan: \(check)")
      }
    }
  }

  @Test("SIGTERM stops the solve, writes the best plan so far (timeLimitHit) and exits 75")
  func termWritesBestPlanAndExits75() throws {
    let city = try Self.longWeek()
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("plan.json")
    let child = try Child.start(["plan", city, "--time-limit", "60", "-o", target.path], in: directory)
    sleep(6)
    kill(child.pid, SIGTERM)
    let started = ContinuousClock.now
    let status = child.wait()
    let waited = ContinuousClock.now - started
    #expect(status == 75, "\(child.stderr)")
    #expect(waited < .seconds(30), "took \(waited) to stop after SIGTERM")
    #expect(child.stderr.contains("interrupted by SIGTERM"), "\(child.stderr)")
    let check = try CLI.run(["check", city, target.path])
    #expect(check.status == 0, "\(check)")
    let text = try String(contentsOf: target, encoding: .utf8)
    #expect(text.contains(#""timeLimitHit": true"#) || text.contains(#""timeLimitHit":true"#), "an interrupted solve must say so")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["plan.json", "stderr", "stdout"])
  }

  // MARK: 4. Determinism

  @Test("the same week three times, with --jobs 1, 2 and 4: the same bytes apart from solver.seconds")
  func sameBytesAcrossRunsAndJobs() throws {
    let ale = try Self.generated("ale", seed: 7)
    var plans: [String] = []
    for jobs in ["1", "2", "4"] {
      let run = try CLI.run(["plan", ale, "--jobs", jobs, "--quiet"])
      try #require(run.status == 0, "\(run)")
      #expect(!run.stdout.contains(#""timeLimitHit": true"#), "the comparison needs solves that end before their limit")
      plans.append(Self.blankingSeconds(run.stdout))
    }
    #expect(plans[0] == plans[1])
    #expect(plans[0] == plans[2])
    #expect(plans[0].contains(#""seconds":0"#))
  }

  // MARK: 5. Logs

  @Test("at the default level nothing of GLPK's reaches stdout or stderr; --verbose logs it at debug")
  func glpkOutputOnlyAtDebug() throws {
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plan = directory.appendingPathComponent("plan.json").path
    let quietGLPK = try CLI.run(["plan", "scenarios/straddle-week.json", "-o", plan])
    #expect(quietGLPK.status == 0, "\(quietGLPK)")
    #expect(quietGLPK.stdout.isEmpty)
    for marker in ["glpk", "GLPK", "simplex", "Integer optimization", "Long-step", "OPTIMAL", "+    "] {
      #expect(!quietGLPK.stderr.contains(marker), "GLPK text on stderr at the default level: \(quietGLPK.stderr)")
    }
    let verbose = try CLI.run(["plan", "scenarios/straddle-week.json", "-o", plan, "--verbose"])
    #expect(verbose.stdout.isEmpty)
    #expect(verbose.stderrLines.contains { $0.contains("debug: glpk[") }, "\(verbose.stderr)")
  }

  @Test("--log-format json: every stderr line is one JSON object with level, label, message, metadata")
  func jsonLogLines() throws {
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plan = directory.appendingPathComponent("plan.json").path
    let run = try CLI.run(["plan", "scenarios/small-week.json", "-o", plan, "--log-format", "json", "--verbose"])
    #expect(run.status == 0, "\(run)")
    #expect(!run.stderrLines.isEmpty)
    for line in run.stderrLines {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
      #expect(Set(object.keys) == ["level", "label", "message", "metadata"], "\(line)")
    }
    #expect(run.stderrLines.contains { $0.contains(#""level":"debug""#) && $0.contains("glpk[") })
  }

  @Test("--log-format json when the run fails: every problem is an error object (65 names file and path; 66, 73)")
  func refusedScenarioAsJSONLines() throws {
    let run = try CLI.run(["plan", "scenarios/broken.json", "--log-format", "json"])
    #expect(run.status == 65, "\(run)")
    let objects = try run.stderrLines.map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
    }
    #expect(objects.count == 13, "12 problems and the count line: \(run)")
    #expect(objects.allSatisfy { $0["level"] as? String == "error" })
    let metadata = objects.compactMap { $0["metadata"] as? [String: String] }
    #expect(metadata.allSatisfy { $0["file"] == "scenarios/broken.json" })
    #expect(metadata.contains { $0["path"] == "workers[1].availability[0].from" && $0["kind"] == "badTime" })
    #expect((objects.last?["message"] as? String)?.hasSuffix("12 problems, the scenario is refused") == true)
    #expect(metadata.last?["problems"] == "12")

    // A missing scenario (66) and an unwritable plan (73) too.
    for (arguments, status) in [(["plan", "scenarios/no-such-week.json"], Int32(66)), (["plan", "scenarios/small-week.json", "-o", "/nonexistent-dir/plan.json"], 73)] {
      let failed = try CLI.run(arguments + ["--log-format", "json"])
      #expect(failed.status == status, "\(failed)")
      let line = try #require(failed.stderrLines.last)
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
      #expect(object["level"] as? String == "error")
    }
  }

  @Test("--quiet: nothing on stdout or stderr on success")
  func quietIsSilent() throws {
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try CLI.run(["plan", "scenarios/small-week.json", "-o", directory.appendingPathComponent("plan.json").path, "--quiet"])
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.isEmpty, "\(run.stderr)")
  }

  // MARK: 6. Hostile input

  static let hostile = [
    "deep-nesting", "deep-nesting-unclosed", "nan-coordinates", "infinite-coordinates", "huge-coordinates",
    "negative-hours", "year-9999", "huge-integers", "bad-strings",
  ]

  @Test("hostile scenarios: plan and validate exit 65, nothing written", arguments: hostile)
  func hostileScenarioIs65(_ name: String) throws {
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = "Tests/MatcherTests/Fixtures/hostile/\(name).json"
    let plan = directory.appendingPathComponent("plan.json").path
    let run = try CLI.run(["plan", input, "-o", plan])
    #expect(run.status == 65, "\(run)")
    #expect(run.stderrLines.last?.contains("the scenario is refused") == true, "\(run)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    let validate = try CLI.run(["validate", input])
    #expect(validate.status == 65, "\(validate)")
  }

  @Test("a 100 MB scenario file: 65 from plan and validate, quickly, nothing written")
  func hundredMegabytesIs65() throws {
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("huge.json").path
    let descriptor = open(input, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    try #require(descriptor >= 0)
    let prefix = Array(#"{"format": "ale-scenario/1", "id": ""#.utf8)
    _ = prefix.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    ftruncate(descriptor, 100 << 20)  // the rest reads as NUL bytes
    close(descriptor)
    let plan = directory.appendingPathComponent("plan.json").path
    for arguments in [["plan", input, "-o", plan], ["validate", input]] {
      let run = try CLI.run(arguments)
      #expect(run.status == 65, "\(run)")
      #expect(run.stderr.contains("refused"), "\(run)")
    }
    #expect(!FileManager.default.fileExists(atPath: plan))
  }
}
