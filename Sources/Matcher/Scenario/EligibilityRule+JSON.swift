extension EligibilityRule {
  /// Keys of `rules.eligibility`: one object per path, in the slide's order.
  static let keys = Path.allCases.map(\.rawValue)
  /// Keys of the older shape (before the job-seeker path), still read.
  static let flatKeys = ["ris", "ageThreshold", "monthsUnderThreshold", "monthsFromThreshold"]

  /// Decodes `rules.eligibility` at `reader[key]`: the four paths (all four
  /// keys; `enabled` defaults to true), or the older flat shape, read as
  /// paths 1, 3 and 4 with `jobSeeker` kept from `defaults` (that shape has no word for it).
  static func decode(_ reader: ObjectReader, _ key: String, required: Bool, defaults: EligibilityRule?) -> EligibilityRule? {
    guard let value = reader.value(key, required: required) else { return nil }
    if case .object(let object) = value, object.members.contains(where: { member in
      if case .bool = member.value { return member.key == "ris" }
      return flatKeys.dropFirst().contains(member.key)
    }) {
      return decodeFlat(reader, key, defaults: defaults)
    }
    guard let rule = reader.object(key, allowed: keys) else { return nil }
    let ris = rule.object("ris", allowed: ["enabled"]).flatMap { $0.bool("enabled", required: false) ?? true }
    let jobSeeker = rule.object("jobSeeker", allowed: ["enabled", "months"]).flatMap { path in
      zip2(path.bool("enabled", required: false) ?? true, path.integer("months", in: 0...1200)).map { MonthsPath(enabled: $0, months: $1) }
    }
    func band(_ key: String) -> AgePath? {
      rule.object(key, allowed: ["enabled", "age", "months"]).flatMap { path in
        zip3(path.bool("enabled", required: false) ?? true, path.integer("age", in: 0...150), path.integer("months", in: 0...1200))
          .map { AgePath(enabled: $0, age: $1, months: $2) }
      }
    }
    let from = band("allowanceFromAge")
    let under = band("allowanceUnderAge")
    guard let ris, let jobSeeker, let from, let under else { return nil }
    return EligibilityRule(ris: RISPath(enabled: ris), jobSeeker: jobSeeker, allowanceFromAge: from, allowanceUnderAge: under)
  }

  /// The flat shape `{ris, ageThreshold, monthsUnderThreshold, monthsFromThreshold}`.
  private static func decodeFlat(_ reader: ObjectReader, _ key: String, defaults: EligibilityRule?) -> EligibilityRule? {
    guard let rule = reader.object(key, allowed: flatKeys) else { return nil }
    let ris = rule.bool("ris")
    let age = rule.integer("ageThreshold", in: 0...150)
    let under = rule.integer("monthsUnderThreshold", in: 0...1200)
    let from = rule.integer("monthsFromThreshold", in: 0...1200)
    guard let ris, let age, let under, let from else { return nil }
    guard let jobSeeker = defaults?.jobSeeker else {
      rule.log.add(.missing, at: rule.path, "the shipped rule set gives the four paths (\(keys.joined(separator: ", ")))")
      return nil
    }
    return EligibilityRule(
      ris: RISPath(enabled: ris), jobSeeker: jobSeeker,
      allowanceFromAge: AgePath(enabled: true, age: age, months: from),
      allowanceUnderAge: AgePath(enabled: true, age: age, months: under))
  }
}

/// The two values together, when both are there.
func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
  guard let a, let b else { return nil }
  return (a, b)
}
