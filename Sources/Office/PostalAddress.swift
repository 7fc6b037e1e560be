import Foundation

/// A postal address as the register keeps it (street, postcode, commune) and as a scenario prints it (one line).
public struct PostalAddress: Hashable, Sendable {
  public var street: String?
  public var postcode: String?
  public var commune: String?

  /// A record with these fields (ids and dates as the register stores them).
  public init(street: String?, postcode: String?, commune: String?) {
    self.street = street
    self.postcode = postcode
    self.commune = commune
  }

  /// Splits "Rue de Fer 12, 5000 Namur" at its last comma into a street and
  /// "postcode commune"; a line without that shape is kept whole as the street.
  public init(line: String) {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if let comma = trimmed.lastIndex(of: ",") {
      let tail = trimmed[trimmed.index(after: comma)...].trimmingCharacters(in: .whitespaces)
      let parts = tail.split(separator: " ", maxSplits: 1).map(String.init)
      if parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit) {
        self.init(street: String(trimmed[..<comma]).trimmingCharacters(in: .whitespaces), postcode: parts[0], commune: parts[1])
        return
      }
    }
    let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
    if parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit) {
      self.init(street: nil, postcode: parts[0], commune: parts[1])
      return
    }
    self.init(street: trimmed.isEmpty ? nil : trimmed, postcode: nil, commune: nil)
  }

  /// "Rue de Fer 12, 5000 Namur"; nil when all three are empty.
  public var line: String? {
    let place = [postcode, commune].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    let parts = [street ?? "", place].filter { !$0.isEmpty }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }
}

extension Character {
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
