import GRDB

/// A register-wide setting: the scenario `rules` and `policy` overrides, as JSON text.
struct SettingRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "setting"
  var key: String
  var value: String
}
