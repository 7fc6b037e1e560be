import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension OfficeDatabase {
  /// Creates the register at `path` whole: the schema and its first agency, or nothing.
  ///
  /// A new register is built in a file beside `path` (migrations, then the
  /// agency), closed with its WAL checkpointed, and only then linked into
  /// place: killed at any moment, even by SIGKILL, there is no register at
  /// `path` or a complete one, never a file without the agency the office
  /// asked for. (A kill before the link may leave the `.init-PID.tmp` file
  /// beside it: it is never read.) `link` rather than `rename`, so a register
  /// another process created meanwhile is never replaced: it is then opened
  /// like an existing one. An existing register is migrated (each migration
  /// one transaction, so it stays complete at every step) and the agency saved
  /// in one more.
  /// - Throws: `OfficeError.fields` for an agency that is refused (nothing is
  ///   created), `.cannotWrite` if the file cannot be put in place, GRDB's
  ///   `DatabaseError` if `path` is not a database or cannot be created.
  public static func create(path: String, agency: AgencyRecord?, by: String) throws -> OfficeDatabase {
    if FileManager.default.fileExists(atPath: path) { return try opening(path, agency: agency, by: by) }
    let temporary = path + ".init-\(ProcessInfo.processInfo.processIdentifier).tmp"
    let leftovers = [temporary, temporary + "-wal", temporary + "-shm"]
    for file in leftovers { try? FileManager.default.removeItem(atPath: file) }
    defer { for file in leftovers { try? FileManager.default.removeItem(atPath: file) } }
    createPrivately(temporary)
    let pool = try DatabasePool(path: temporary, configuration: configuration())
    do {
      let building = try OfficeDatabase(writer: pool)
      if let agency { try building.saveAgency(agency, by: by) }
      try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
      try pool.close()
    } catch {
      try? pool.close()
      throw error
    }
    guard link(temporary, path) == 0 else {
      let code = errno
      if code == EEXIST { return try opening(path, agency: agency, by: by) }
      throw OfficeError.cannotWrite(path, String(cString: strerror(code)))
    }
    return try OfficeDatabase(path: path)
  }

  /// Creates `path` empty with mode 0600 when it does not exist, before SQLite opens it:
  /// a register holds personal data (birth dates, addresses, RIS status), and SQLite
  /// gives its `-wal` and `-shm` files the mode of the database file. An existing
  /// file keeps its mode.
  static func createPrivately(_ path: String) {
    let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    if descriptor >= 0 { close(descriptor) }
  }

  /// An existing register, migrated, with `agency` saved (one transaction) if given.
  private static func opening(_ path: String, agency: AgencyRecord?, by: String) throws -> OfficeDatabase {
    let database = try OfficeDatabase(path: path)
    if let agency { try database.saveAgency(agency, by: by) }
    return database
  }
}
