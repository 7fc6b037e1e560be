import Foundation
import GRDB

/// A document a week keeps whole, deflated: the draft or published `ale-plan/1`, or the `ale-scenario/1` it was planned on.
struct WeekDocument: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "weekDocument"

  /// Which document.
  enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
    case draftPlan, draftScenario, plan, scenario
  }

  var weekMonday: String
  var kind: Kind
  /// The document's size in bytes, before compression.
  var size: Int
  /// zlib-compressed bytes (`Deflate`).
  var deflated: Data

  init(monday: String, kind: Kind, bytes: [UInt8]) {
    weekMonday = monday
    self.kind = kind
    size = bytes.count
    deflated = Data(Deflate.compress(bytes))
  }

  /// The document's bytes.
  func bytes() throws(OfficeError) -> [UInt8] { try Deflate.decompress(Array(deflated), size: size) }

  enum Columns {
    static let weekMonday = Column(CodingKeys.weekMonday)
    static let kind = Column(CodingKeys.kind)
  }
}
