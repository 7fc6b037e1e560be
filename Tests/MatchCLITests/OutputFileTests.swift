import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Outputs that never destroy (issue 12, items 1-4 and 6): links written
/// through, devices and FIFOs written as streams, modes kept, new files
/// 0600, stale temporaries cleaned, per-worker calendars unique and all or
/// nothing, an unwritable `-o` refused before the solve. Runs the built binary.
@Suite("Output files", .serialized)
struct OutputFileTests {
  static let scenario = "scenarios/small-week.json"

  /// A fresh empty directory.
  static func scratch() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("outputs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  static func mode(_ path: String) -> mode_t {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
  }

  static func isLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  static func text(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

  @Test("plan -o LINK writes the link's target; the link stays a link")
  func writesThroughALink() throws {
    let directory = try Self.scratch()
    try "old".write(toFile: directory + "/target.json", atomically: false, encoding: .utf8)
    symlink("target.json", directory + "/link.json")
    let run = try CLI.run(["plan", Self.scenario, "-o", directory + "/link.json", "--quiet"])
    #expect(run.status == 0, "\(run)")
    #expect(Self.isLink(directory + "/link.json"))
    #expect(Self.text(directory + "/target.json").contains("\"format\": \"ale-plan/1\""))
  }

  @Test("plan --write-model goes through the same writer: a link is written through, a new file is 600")
  func theModelIsWrittenLikeThePlan() throws {
    let directory = try Self.scratch()
    try "old".write(toFile: directory + "/target.mps", atomically: false, encoding: .utf8)
    symlink("target.mps", directory + "/link.mps")
    let run = try CLI.run(["plan", Self.scenario, "-o", directory + "/plan.json", "--write-model", directory + "/link.mps", "--quiet"])
    #expect(run.status == 0, "\(run)")
    #expect(Self.isLink(directory + "/link.mps"))
    #expect(Self.text(directory + "/target.mps").contains("ROWS"))
    let fresh = try CLI.run(["plan", Self.scenario, "-o", directory + "/plan2.json", "--write-model", directory + "/new.mps", "--quiet"])
    #expect(fresh.status == 0, "\(fresh)")
    #expect(Self.mode(directory + "/new.mps") == 0o600)
    #expect(Self.text(directory + "/new.mps") == Self.text(directory + "/target.mps"))
  }

  @Test("plan -o DANGLING-LINK creates the file the link names")
  func createsADanglingLinksTarget() throws {
    let directory = try Self.scratch()
    symlink("made.json", directory + "/link.json")
    let run = try CLI.run(["plan", Self.scenario, "-o", directory + "/link.json", "--quiet"])
    #expect(run.status == 0, "\(run)")
    #expect(Self.isLink(directory + "/link.json"))
    #expect(Self.text(directory + "/made.json").contains("ale-plan/1"))
  }

  @Test("plan -o FIFO writes into the FIFO (a stream), which stays a FIFO")
  func writesIntoAFIFO() throws {
    let directory = try Self.scratch()
    let fifo = directory + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    // Opened for reading first (non-blocking), so the writer's open does not wait.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    let run = try CLI.run(["plan", Self.scenario, "-o", fifo, "--quiet"])
    #expect(run.status == 0, "\(run)")
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    let count = read(reader, &buffer, buffer.count)
    #expect(count > 0 && String(decoding: buffer[..<max(0, count)], as: UTF8.self).contains("ale-plan/1"))
    var info = stat()
    #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
  }

  @Test("plan -o DEVICE writes into the device, which stays a device (a null device made with mknod, as root)")
  func writesIntoADevice() throws {
    let directory = try Self.scratch()
    let device = directory + "/null"
    guard mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0 else { return }  // not root (makedev(1, 3), Linux encoding): /dev/null itself is never risked
    let run = try CLI.run(["plan", Self.scenario, "-o", device, "--quiet"])
    #expect(run.status == 0, "\(run)")
    var info = stat()
    #expect(lstat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  @Test("pin keeps the scenario's mode (640 stays 640); a new plan is created 600")
  func keepsModesAndCreatesPrivateFiles() throws {
    let directory = try Self.scratch()
    let scenario = directory + "/week.json"
    try CLI.text(Self.scenario).write(toFile: scenario, atomically: false, encoding: .utf8)
    #expect(chmod(scenario, 0o640) == 0)
    let pin = try CLI.run(["pin", scenario, "--request", "r-02", "--worker", "w-anne", "--date", "2026-11-24", "--start", "07:00", "--quiet"])
    #expect(pin.status == 0, "\(pin)")
    #expect(Self.text(scenario).contains("\"pinned\""))
    #expect(Self.mode(scenario) == 0o640)
    let plan = try CLI.run(["plan", scenario, "-o", directory + "/new.plan.json", "--quiet"])
    #expect(plan.status == 0, "\(plan)")
    #expect(Self.mode(directory + "/new.plan.json") == 0o600)
  }

  @Test("a stale .NAME.tmp-PID of a dead process is removed on the next write; a live one is left")
  func cleansStaleTemporaries() throws {
    let directory = try Self.scratch()
    var dead: pid_t = 4_000_000
    while kill(dead, 0) == 0 || errno != ESRCH { dead += 1 }
    let stale = directory + "/.plan.json.tmp-\(dead)"
    let live = directory + "/.plan.json.tmp-\(getpid())"
    try "partial".write(toFile: stale, atomically: false, encoding: .utf8)
    try "busy".write(toFile: live, atomically: false, encoding: .utf8)
    let run = try CLI.run(["plan", Self.scenario, "-o", directory + "/plan.json", "--quiet"])
    #expect(run.status == 0, "\(run)")
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(FileManager.default.fileExists(atPath: live))
  }

  @Test("plan -o missing-dir/plan.json exits 73 before solving")
  func unwritableOutputIsRefusedBeforeSolving() throws {
    let directory = try Self.scratch()
    let run = try CLI.run(["plan", Self.scenario, "-o", directory + "/missing/plan.json", "--verbose"])
    #expect(run.status == 73, "\(run)")
    #expect(run.stderr.contains("missing/plan.json"))
    #expect(!run.stderr.contains("candidates:"), "the solve started: \(run)")
  }

  @Test("batch writes its plans and tables through the same writer (new files 600, a linked table written through)")
  func batchUsesTheSameWriter() throws {
    let directory = try Self.scratch()
    try FileManager.default.createDirectory(atPath: directory + "/weeks", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: directory + "/out", withIntermediateDirectories: true)
    try CLI.text(Self.scenario).write(toFile: directory + "/weeks/small.json", atomically: false, encoding: .utf8)
    try "old".write(toFile: directory + "/kept.md", atomically: false, encoding: .utf8)
    symlink(directory + "/kept.md", directory + "/out/results.md")
    let run = try CLI.run(["batch", directory + "/weeks", "-o", directory + "/out", "--quiet"])
    #expect(run.status == 0, "\(run)")
    #expect(Self.mode(directory + "/out/results.csv") == 0o600)
    #expect(Self.mode(directory + "/out/plans/small__default.json") == 0o600)
    #expect(Self.isLink(directory + "/out/results.md"))
    #expect(Self.text(directory + "/kept.md").hasPrefix("| scenario"))
  }

  /// small-week with its workers renamed, planned into `directory`; the plan's path.
  static func renamedWeek(_ names: [String: String], in directory: String) throws -> (scenario: String, plan: String) {
    var text = try CLI.text(Self.scenario)
    for (old, new) in names { text = text.replacingOccurrences(of: "\"\(old)\"", with: "\"\(new)\"") }
    let scenario = directory + "/week.json"
    try text.write(toFile: scenario, atomically: false, encoding: .utf8)
    let plan = directory + "/week.plan.json"
    let run = try CLI.run(["plan", scenario, "-o", plan, "--quiet"])
    try #require(run.status == 0, "\(run)")
    return (scenario, plan)
  }

  @Test("report --per-worker: w/x, w_x and W_X get three calendars, the renamed ones named on stderr")
  func calendarNamesAreUnique() throws {
    let directory = try Self.scratch()
    let week = try Self.renamedWeek(["w-anne": "w/x", "w-bruno": "w_x", "w-chloe": "W_X"], in: directory)
    let calendars = directory + "/calendars"
    try FileManager.default.createDirectory(atPath: calendars, withIntermediateDirectories: false)
    let run = try CLI.run(["report", week.plan, "--scenario", week.scenario, "--format", "ics", "--per-worker", calendars])
    #expect(run.status == 0, "\(run)")
    let files = try FileManager.default.contentsOfDirectory(atPath: calendars).sorted()
    #expect(files == ["W_X.ics", "w-david.ics", "w_x-2.ics", "w_x-3.ics"])
    #expect(Self.text(calendars + "/W_X.ics").contains("ALE — W_X"))
    #expect(Self.text(calendars + "/w_x-2.ics").contains("ALE — w_x"))
    #expect(Self.text(calendars + "/w_x-3.ics").contains("ALE — w/x"))
    #expect(run.stderr.contains("w/x") && run.stderr.contains("w_x-3.ics"), "\(run)")
    #expect(run.stderr.contains("w_x-2.ics"), "\(run)")
  }

  @Test("report --per-worker is all or nothing: a name too long for the file system writes no calendar")
  func calendarsAreAllOrNothing() throws {
    let directory = try Self.scratch()
    let long = "w-" + String(repeating: "x", count: 300)
    let week = try Self.renamedWeek(["w-david": long], in: directory)
    let calendars = directory + "/calendars"
    try FileManager.default.createDirectory(atPath: calendars, withIntermediateDirectories: false)
    try "old".write(toFile: calendars + "/w-anne.ics", atomically: false, encoding: .utf8)
    let run = try CLI.run(["report", week.plan, "--scenario", week.scenario, "--format", "ics", "--per-worker", calendars])
    #expect(run.status == 73, "\(run)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: calendars) == ["w-anne.ics"])
    #expect(Self.text(calendars + "/w-anne.ics") == "old")
  }
}
