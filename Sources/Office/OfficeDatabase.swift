import Foundation
import GRDB

/// The office register of one agency (or a federation of agencies): one SQLite file.
///
/// Modelled on GRDB's `AppDatabase`: this type opens the file, runs the
/// migrations and offers intent-named methods (`importScenario`, `exportWeek`,
/// `publishWeek`, …); callers never see SQL. Every method that changes the
/// register is one transaction, so a crash (even SIGKILL) leaves the file as
/// before the call or as after it. A file is opened as a `DatabasePool` in
/// WAL mode, so the web app, the command line and a nightly job can use it
/// at once: readers never wait, writers take turns (with a busy timeout).
public struct OfficeDatabase: Sendable {
  /// The writer: a `DatabasePool` for a file, a `DatabaseQueue` in memory (tests).
  let writer: any DatabaseWriter

  /// Seconds a writer waits for another process's write to finish before failing.
  public static let busySeconds: TimeInterval = 30

  /// Opens (creating if needed) the register at `path` and migrates it to the current schema.
  /// - Throws: GRDB's `DatabaseError` if the file is not a database or cannot be opened.
  public init(path: String) throws {
    Self.createPrivately(path)
    let pool = try DatabasePool(path: path, configuration: Self.configuration())
    try self.init(writer: pool)
  }

  /// A register in memory, for tests and dry runs.
  public static func inMemory() throws -> OfficeDatabase {
    try OfficeDatabase(writer: DatabaseQueue(configuration: configuration()))
  }

  init(writer: any DatabaseWriter) throws {
    self.writer = writer
    try OfficeSchema.migrator.migrate(writer)
  }

  /// Foreign keys on, a busy timeout for other processes' writes.
  static func configuration() -> Configuration {
    var config = Configuration()
    config.foreignKeysEnabled = true
    config.busyMode = .timeout(busySeconds)
    config.label = "office"
    return config
  }

  /// The migrations applied to this file, oldest first.
  public func appliedMigrations() throws -> [String] {
    try writer.read { db in try OfficeSchema.migrator.appliedMigrations(db) }
  }

  /// The journal mode SQLite reports (`wal` for a file).
  public func journalMode() throws -> String {
    try writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
  }

  /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check`: nil when both are clean, else what they report.
  public func integrityProblems() throws -> [String]? {
    try writer.read { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
      let problems = integrity.filter { $0 != "ok" } + keys
      return problems.isEmpty ? nil : problems
    }
  }

  /// Copies the whole register to a new file at `path` with SQLite's online backup.
  ///
  /// Safe while others read and write: the copy is one consistent state. It
  /// is written beside `path` and renamed over it, so `path` holds the old
  /// copy or the complete new one.
  public func backup(to path: String) throws {
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.removeItem(atPath: temporary)
    do {
      Self.createPrivately(temporary)  // a copy of personal data: 0600 like the register
      let copy = try DatabaseQueue(path: temporary)
      try writer.backup(to: copy)
      try copy.close()
      guard rename(temporary, path) == 0 else { throw OfficeError.cannotWrite(path, String(cString: strerror(errno))) }
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
  }
}
