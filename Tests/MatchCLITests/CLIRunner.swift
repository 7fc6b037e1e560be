import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one run of the built `match-cli` produced.
struct CLIRun: CustomStringConvertible {
  var status: Int32
  var stdout: String
  var stderr: String

  var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty() }
  var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty() }

  var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

extension Array where Element == String {
  fileprivate func dropLastEmpty() -> [String] { last == "" ? Array(dropLast()) : self }
}

/// Runs the `match-cli` binary that `swift build` put beside the test bundle,
/// from the package root, so paths like `scenarios/small-week.json` resolve.
///
/// Output goes to temporary files rather than pipes: no deadlock however
/// much a run prints.
enum CLI {
  /// The package's root directory (this file is `Tests/MatchCLITests/CLIRunner.swift`).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The built executable: beside the test bundle (Linux: the products
  /// directory is `Bundle.main.bundleURL` or its parent), or `MATCH_CLI`.
  static func executable() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["MATCH_CLI"] { return URL(fileURLWithPath: path) }
    var directories: [URL] = []
    let bundle = Bundle.main.bundleURL
    directories.append(bundle)
    directories.append(bundle.deletingLastPathComponent())
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      directories.append(bundle.bundleURL.deletingLastPathComponent())
    }
    if let first = CommandLine.arguments.first {
      directories.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    for directory in directories {
      let candidate = directory.appendingPathComponent("match-cli")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw CLIError.executableNotFound(directories.map(\.path))
  }

  enum CLIError: Error, CustomStringConvertible {
    case executableNotFound([String])
    case spawnFailed(Int32)
    var description: String {
      switch self {
      case .executableNotFound(let places): "no match-cli executable in \(places); set MATCH_CLI"
      case .spawnFailed(let code): "cannot run match-cli: \(String(cString: strerror(code)))"
      }
    }
  }

  /// Runs `match-cli arguments...`, with `stdin` (an absolute path, or one under the package root) as standard input if given.
  ///
  /// Spawned with `posix_spawn` and reaped with a blocking `waitpid`
  /// rather than Foundation's `Process`, whose `waitUntilExit` waits for a
  /// notification that needs a free thread: with the test pool busy it can
  /// wait forever. The child runs `/bin/sh -c 'cd ROOT && exec match-cli ...'`
  /// so that relative paths resolve from the package root.
  static func run(_ arguments: [String], stdin: String? = nil) throws -> CLIRun {
    let inPath = stdin.map { $0.hasPrefix("/") ? $0 : packageRoot.appendingPathComponent($0).path } ?? "/dev/null"
    return try spawn(["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", packageRoot.path, try executable().path] + arguments, environment: [:], stdin: inPath).wait()
  }

  /// Writes `text` to a fresh temporary file and returns its path.
  static func temporaryFile(_ text: String, name: String = "file.json") throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("match-cli-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// The text of a file under the package root.
  static func text(_ relativePath: String) throws -> String {
    String(decoding: try Data(contentsOf: packageRoot.appendingPathComponent(relativePath)), as: UTF8.self)
  }
}

/// A `match-cli` run started in the background, for tests of processes at once.
struct CLIProcess {
  let pid: pid_t
  let scratch: URL

  /// Waits for the run to end and returns what it printed.
  func wait() throws -> CLIRun {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw CLI.CLIError.spawnFailed(errno) }
    }
    defer { try? FileManager.default.removeItem(at: scratch) }
    let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return CLIRun(
      status: exitStatus,
      stdout: String(decoding: try Data(contentsOf: scratch.appendingPathComponent("stdout")), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: scratch.appendingPathComponent("stderr")), as: UTF8.self))
  }
}

extension CLI {
  /// Starts `match-cli arguments...` from the package root without waiting.
  static func start(_ arguments: [String]) throws -> CLIProcess {
    try spawn(["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", packageRoot.path, try executable().path] + arguments, environment: [:])
  }

  /// Runs `sqlite3 DB SQL` (Debian's sqlite3 shell) and returns its output without the final newline.
  static func sqlite(_ db: String, _ sql: String) throws -> String {
    let run = try spawn(["/bin/sh", "-c", "exec sqlite3 \"$0\" \"$1\"", db, sql], environment: [:]).wait()
    guard run.status == 0 else { throw CLIError.spawnFailed(Int32(run.status)) }
    return run.stdout.trimmingCharacters(in: .newlines)
  }

  /// Runs a script of the package (`scripts/...`) with `arguments` and extra `environment`, and waits.
  static func runScript(_ path: String, _ arguments: [String], environment: [String: String]) throws -> CLIRun {
    try spawn(["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", packageRoot.path, "/bin/sh", path] + arguments, environment: environment).wait()
  }

  private static func spawn(_ argv: [String], environment extra: [String: String], stdin: String = "/dev/null") throws -> CLIProcess {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("match-cli-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, scratch.appendingPathComponent("stdout").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, scratch.appendingPathComponent("stderr").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var merged = ProcessInfo.processInfo.environment
    for (key, value) in extra { merged[key] = value }
    let environment = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let cArguments = argv.map { strdup($0) } + [nil]
    let cEnvironment = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in cArguments { free(pointer) }
      for pointer in cEnvironment { free(pointer) }
    }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, cArguments, cEnvironment)
    guard spawned == 0 else { throw CLIError.spawnFailed(spawned) }
    return CLIProcess(pid: pid, scratch: scratch)
  }
}
