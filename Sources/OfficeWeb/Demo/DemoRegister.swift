import Foundation
import Office

/// The demo agency: a register made from the bundled week, for a first look at the app.
///
/// It keeps the bundled week's dates (the week of 2026-11-23) rather than moving
/// them to the current week, so that the demo plans the same way every day and
/// its screenshots stay true; the app opens on that week (the register's first).
public enum DemoRegister {
  /// Creates the register at `path` (which must not exist) with the bundled week imported; the file is readable by its owner only.
  public static func create(at path: String) throws -> OfficeDatabase {
    let previous = umask(0o077)
    defer { umask(previous) }
    let office = try OfficeDatabase(path: path)
    try office.importScenario(Array((DemoScenario.json + "\n").utf8), by: "demo")
    return office
  }
}
