import HummingbirdBcrypt
import Office

/// The web app's accounts: a name and a bcrypt hash of the password, the password itself never stored.
public enum Accounts {
  /// Passwords shorter than this are refused.
  public static let minimumPasswordLength = 10

  /// Adds `name` (or changes its password) with a bcrypt hash of `password` (cost 12).
  /// - Throws: `OfficeError.invalid` for a short password or a bad name; nothing written.
  public static func add(name: String, password: String, to office: OfficeDatabase, by: String, cost: UInt8 = 12) throws {
    guard password.count >= minimumPasswordLength else {
      throw OfficeError.invalid(["password: at least \(minimumPasswordLength) characters"])
    }
    try office.addAccount(name: name, passwordHash: Bcrypt.hash(password, cost: cost), by: by)
  }
}
