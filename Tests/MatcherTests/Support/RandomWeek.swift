@testable import Matcher

/// SplitMix64: a tiny seeded generator, so random weeks are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random small weeks for property tests: 2–6 workers, 3–10 requests, one or
/// two agencies, tight times so that workers clash, caps that sometimes bind,
/// multi-seat requests, exclusions, history — every rule in play.
enum RandomWeek {
  static let activities = ["gardening", "odd_jobs", "childcare", "event_help", "farm_seasonal"]
  static let kinds = ["gardening": "private", "odd_jobs": "private", "childcare": "private", "event_help": "nonprofit", "farm_seasonal": "agriculture"]

  static func make(seed: UInt64) -> WeekBuilder {
    var rng = SeededGenerator(seed: seed)
    var week = WeekBuilder()
    let straddle = Bool.random(using: &rng)
    week.weekStart = straddle ? "2026-11-30" : "2026-11-23"
    let days = straddle ? ["2026-11-30", "2026-12-01", "2026-12-02"] : ["2026-11-23", "2026-11-24", "2026-11-25"]
    if Bool.random(using: &rng) { week.policy = "{\"minGapMinutes\": \(Int.random(in: 0...2, using: &rng) * 30)}" }
    let workerCount = Int.random(in: 2...6, using: &rng)
    let requestCount = Int.random(in: 3...10, using: &rng)
    func time(_ slot: Int) -> String {
      let minutes = 8 * 60 + slot * 30
      return "\(minutes / 60 < 10 ? "0" : "")\(minutes / 60):\(minutes % 60 == 0 ? "00" : "30")"
    }
    for w in 0..<workerCount {
      let skills = activities.filter { _ in Double.random(in: 0..<1, using: &rng) < 0.6 }
      var spans: [(date: String, from: String, to: String)] = []
      for day in days where Double.random(in: 0..<1, using: &rng) < 0.8 {
        let from = Int.random(in: 0...6, using: &rng)
        spans.append((day, time(from), time(from + Int.random(in: 4...14, using: &rng))))
      }
      let month = straddle ? "2026-11" : "2026-11"
      let heavy = Double.random(in: 0..<1, using: &rng) < 0.3
      let worked = heavy ? "[{\"month\": \"\(month)\", \"standard\": \(Int.random(in: 38...44, using: &rng)), \"extended\": \(Int.random(in: 20...28, using: &rng)), \"seasonal\": 0}]" : "[]"
      let place = WeekBuilder.east(Double.random(in: -14...14, using: &rng))
      week.worker(
        "w-\(w)", activities: skills.isEmpty ? ["gardening"] : skills, available: spans, at: place,
        agency: w % 4 == 3 ? "ale-other" : "ale-test", worked: worked,
        maxHoursPerWeek: Double.random(in: 0..<1, using: &rng) < 0.2 ? Double(Int.random(in: 2...6, using: &rng)) : nil)
    }
    for u in 0..<3 {
      week.user("u-\(u)", kind: "private", at: WeekBuilder.east(Double(u * 4 - 4)))
    }
    week.user("u-np", kind: "nonprofit", at: WeekBuilder.east(2))
    week.user("u-farm", kind: "agriculture", at: WeekBuilder.east(-3))
    for r in 0..<requestCount {
      let activity = activities.randomElement(using: &rng) ?? "gardening"
      let user = kinds[activity] == "private" ? "u-\(Int.random(in: 0...2, using: &rng))" : (activity == "event_help" ? "u-np" : "u-farm")
      let hours = Double(Int.random(in: 2...6, using: &rng)) / 2
      let day = days.randomElement(using: &rng) ?? days[0]
      let from = Int.random(in: 0...8, using: &rng)
      let width = Int(hours * 2) + Int.random(in: 0...4, using: &rng)
      let seats = activity == "event_help" ? Int.random(in: 1...3, using: &rng) : 1
      let excluded = Double.random(in: 0..<1, using: &rng) < 0.15 ? ", \"excludedWorkers\": [\"w-0\"]" : ""
      week.request(
        "r-\(r)", user: user, activity: activity, hours: hours, windows: [(day, time(from), time(from + width))],
        seats: seats, priority: Int.random(in: 1...3, using: &rng), extra: excluded)
    }
    for _ in 0..<Int.random(in: 0...3, using: &rng) {
      week.knows(worker: "w-\(Int.random(in: 0..<workerCount, using: &rng))", user: "u-\(Int.random(in: 0...2, using: &rng))")
    }
    return week
  }
}
