/// Reads the members of one JSON object, reporting into an `IssueLog`.
///
/// Every accessor returns nil after reporting what was wrong, so callers
/// simply skip what they cannot build and go on; unknown and duplicate keys
/// are reported when the reader is made.
struct ObjectReader {
  let object: JSONObject
  let path: JSONPath
  let log: IssueLog

  /// A reader over `value`, or nil (reported) when it is not an object.
  /// Keys outside `allowed` are reported as unknown, repeated keys as duplicates.
  init?(_ value: JSONValue, at path: JSONPath, log: IssueLog, allowed: [String]) {
    guard case .object(let object) = value else {
      log.add(.wrongType, at: path, "expected an object, got \(value.typeDescription)")
      return nil
    }
    self.object = object
    self.path = path
    self.log = log
    var seen = Set<String>()
    for member in object.members {
      if !allowed.contains(member.key) {
        let hint = ObjectReader.closest(to: member.key, in: allowed).map { " (did you mean \"\($0)\"?)" } ?? ""
        log.add(.unknownKey, at: path + member.key, "unknown key\(hint)")
      } else if !seen.insert(member.key).inserted {
        log.add(.duplicateKey, at: path + member.key, "key appears more than once")
      }
    }
  }

  /// The value under `key`; reports it missing when `required`. An explicit
  /// `null` counts as absent.
  func value(_ key: String, required: Bool) -> JSONValue? {
    guard let value = object[key], value != .null else {
      if required { log.add(.missing, at: path + key, "required field is missing") }
      return nil
    }
    return value
  }

  func has(_ key: String) -> Bool { value(key, required: false) != nil }

  private func typeError(_ key: String, _ expected: String, _ value: JSONValue) {
    log.add(.wrongType, at: path + key, "expected \(expected), got \(value.typeDescription)")
  }

  /// A string; `nonEmpty` reports "" too.
  func string(_ key: String, required: Bool = true, nonEmpty: Bool = true) -> String? {
    guard let value = value(key, required: required) else { return nil }
    guard case .string(let text) = value else {
      typeError(key, "a string", value)
      return nil
    }
    if nonEmpty && text.isEmpty {
      log.add(.badValue, at: path + key, "must not be empty")
      return nil
    }
    return text
  }

  /// A finite number within `range`.
  func number(_ key: String, required: Bool = true, in range: ClosedRange<Double>? = nil) -> Double? {
    guard let value = value(key, required: required) else { return nil }
    guard case .number(let number) = value else {
      typeError(key, "a number", value)
      return nil
    }
    if let range, !range.contains(number) {
      log.add(.badValue, at: path + key, "\(JSONWriter.format(number)) is out of range \(JSONWriter.format(range.lowerBound))...\(JSONWriter.format(range.upperBound))")
      return nil
    }
    return number
  }

  /// An integral number within `range`.
  func integer(_ key: String, required: Bool = true, in range: ClosedRange<Int>) -> Int? {
    guard let number = number(key, required: required) else { return nil }
    guard number == number.rounded() else {
      log.add(.badValue, at: path + key, "\(JSONWriter.format(number)) is not a whole number")
      return nil
    }
    guard abs(number) < 1e15, range.contains(Int(number)) else {
      log.add(.badValue, at: path + key, "\(JSONWriter.format(number)) is out of range \(range.lowerBound)...\(range.upperBound)")
      return nil
    }
    return Int(number)
  }

  func bool(_ key: String, required: Bool = true) -> Bool? {
    guard let value = value(key, required: required) else { return nil }
    guard case .bool(let flag) = value else {
      typeError(key, "true or false", value)
      return nil
    }
    return flag
  }

  /// An ISO date `YYYY-MM-DD` within the years the matcher accepts.
  func day(_ key: String, required: Bool = true) -> Day? {
    guard let text = string(key, required: required, nonEmpty: false) else { return nil }
    guard let day = Day(iso: text) else {
      log.add(.badDate, at: path + key, "\"\(text.prefix(40))\" is not a date (YYYY-MM-DD)")
      return nil
    }
    guard ObjectReader.plausibleYears.contains(day.components.year) else {
      log.add(.badDate, at: path + key, "\"\(text)\" is outside the years \(ObjectReader.plausibleYears.lowerBound)...\(ObjectReader.plausibleYears.upperBound)")
      return nil
    }
    return day
  }

  /// A month `YYYY-MM` within the years the matcher accepts.
  func month(_ key: String) -> Month? {
    guard let text = string(key, nonEmpty: false) else { return nil }
    guard let month = Month(iso: text), ObjectReader.plausibleYears.contains(month.year) else {
      log.add(.badDate, at: path + key, "\"\(text.prefix(40))\" is not a month (YYYY-MM)")
      return nil
    }
    return month
  }

  /// A time `HH:MM`; `24:00` only when `allowEndOfDay`.
  func time(_ key: String, allowEndOfDay: Bool) -> TimeOfDay? {
    guard let text = string(key, nonEmpty: false) else { return nil }
    guard let time = TimeOfDay(text, allowEndOfDay: allowEndOfDay) else {
      let expected = allowEndOfDay ? "HH:MM on 24 hours, 00:00 to 24:00" : "HH:MM on 24 hours, 00:00 to 23:59"
      log.add(.badTime, at: path + key, "\"\(text.prefix(40))\" is not a time (\(expected))")
      return nil
    }
    return time
  }

  /// The elements of an array with their paths, at most `limit` of them.
  func array(_ key: String, required: Bool = true, limit: Int = ObjectReader.maximumListLength) -> [(value: JSONValue, path: JSONPath)]? {
    guard let value = value(key, required: required) else { return nil }
    guard case .array(let elements) = value else {
      typeError(key, "an array", value)
      return nil
    }
    if elements.count > limit {
      log.add(.tooLarge, at: path + key, "\(elements.count) entries, at most \(limit) allowed")
      return nil
    }
    let base = path + key
    return elements.enumerated().map { ($0.element, base + $0.offset) }
  }

  /// An array of non-empty strings; nil (reported) when any element is not one,
  /// so that positions in the result are positions in the document.
  func strings(_ key: String, required: Bool = true, limit: Int = ObjectReader.maximumListLength) -> [String]? {
    guard let elements = array(key, required: required, limit: limit) else { return nil }
    var result: [String] = []
    var complete = true
    for element in elements {
      guard case .string(let text) = element.value, !text.isEmpty else {
        log.add(.wrongType, at: element.path, "expected a non-empty string, got \(element.value.typeDescription)")
        complete = false
        continue
      }
      result.append(text)
    }
    return complete ? result : nil
  }

  /// A `{lat, lon}` point in degrees.
  func point(_ key: String, required: Bool = true) -> GeoPoint? {
    guard let value = value(key, required: required),
      let reader = ObjectReader(value, at: path + key, log: log, allowed: ["lat", "lon"])
    else { return nil }
    let lat = reader.number("lat", in: -90...90)
    let lon = reader.number("lon", in: -180...180)
    guard let lat, let lon else { return nil }
    return GeoPoint(lat: lat, lon: lon)
  }

  /// A nested object's reader.
  func object(_ key: String, required: Bool = true, allowed: [String]) -> ObjectReader? {
    guard let value = value(key, required: required) else { return nil }
    return ObjectReader(value, at: path + key, log: log, allowed: allowed)
  }

  /// Years accepted in dates: enough for birth dates and plans, and a guard against 9999.
  static let plausibleYears = 1900...2199
  /// Longest list accepted anywhere (workers, requests, ...), a guard against hostile input.
  static let maximumListLength = 1_000_000

  /// The allowed key nearest to a typo, if it is close (edit distance ≤ 2).
  static func closest(to key: String, in allowed: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
      var previous = Array(0...b.count)
      for (i, ca) in a.enumerated() {
        var current = [i + 1]
        for (j, cb) in b.enumerated() {
          current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
        }
        previous = current
      }
      return previous[b.count]
    }
    guard key.count < 40 else { return nil }
    let scored = allowed.map { (name: $0, score: distance(Array(key.lowercased()), Array($0.lowercased()))) }
    guard let best = scored.min(by: { ($0.score, $0.name) < ($1.score, $1.name) }), best.score <= 2 else { return nil }
    return best.name
  }
}
