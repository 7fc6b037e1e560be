/// The generator's pseudo-random numbers: xoshiro256** seeded through SplitMix64.
///
/// Our own generator, with our own range, choice and shuffle helpers, so that
/// the same seed gives the same numbers on every machine and every Swift
/// release (the standard library's `random(in:using:)` and `shuffle(using:)`
/// are not documented to stay stable). xoshiro256** (Blackman & Vigna, 2018)
/// is fast and passes BigCrush; SplitMix64 expands a 64-bit key into its
/// 256-bit state, as its authors recommend.
///
/// Every record draws from its own stream (`init(seed:_:)` keyed by a
/// label and indices), so adding requests (`--demand-scale`) leaves the
/// workers, users and the first requests of each kind unchanged.
struct SeededRandom {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// What a stream is for; the raw value is mixed into the stream's key.
  enum Stream: UInt64 {
    case worker = 2, user = 3, request = 4, rejected = 5, order = 6, history = 7, links = 8, pins = 9
  }

  /// A generator whose whole state comes from one 64-bit key.
  init(key: UInt64) {
    var splitMix = key
    s0 = SeededRandom.splitMix64(&splitMix)
    s1 = SeededRandom.splitMix64(&splitMix)
    s2 = SeededRandom.splitMix64(&splitMix)
    s3 = SeededRandom.splitMix64(&splitMix)
  }

  /// The stream `label` / `indices` of the run with `seed`.
  init(seed: UInt64, _ label: Stream, _ indices: Int...) {
    var key = SeededRandom.mix(seed ^ 0x243F_6A88_85A3_08D3, label.rawValue)
    for index in indices { key = SeededRandom.mix(key, UInt64(bitPattern: Int64(index))) }
    self.init(key: key)
  }

  /// SplitMix64's step: advances `state` and returns the next output.
  static func splitMix64(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Combines a key with one more value (SplitMix64's finaliser on both).
  static func mix(_ key: UInt64, _ value: UInt64) -> UInt64 {
    var a = key
    var b = value ^ 0xD1B5_4A32_D192_ED03
    let x = splitMix64(&a)
    let y = splitMix64(&b)
    var c = x ^ (y &* 0x9E37_79B9_7F4A_7C15)
    return splitMix64(&c)
  }

  /// The next 64 random bits (xoshiro256**).
  mutating func next() -> UInt64 {
    let result = rotate(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotate(s3, 45)
    return result
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

  /// A uniform double in `[0, 1)`, from the top 53 bits.
  mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// A uniform double in `[lower, upper)`.
  mutating func double(_ lower: Double, _ upper: Double) -> Double { lower + (upper - lower) * unit() }

  /// A uniform integer in `range`, without modulo bias (Lemire's method with rejection).
  mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound) &+ 1
    if span == 0 { return Int(truncatingIfNeeded: next()) }  // the whole 64-bit range
    var product = next().multipliedFullWidth(by: span)
    if product.low < span {
      let threshold = (0 &- span) % span
      while product.low < threshold { product = next().multipliedFullWidth(by: span) }
    }
    return range.lowerBound + Int(product.high)
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// One element, uniformly. - Precondition: `elements` is not empty.
  mutating func pick<T>(_ elements: [T]) -> T {
    precondition(!elements.isEmpty, "pick from an empty list")
    return elements[int(in: 0...(elements.count - 1))]
  }

  /// An index drawn with probability proportional to `weights` (all ≥ 0, some > 0).
  mutating func weightedIndex(_ weights: [Double]) -> Int {
    let total = weights.reduce(0, +)
    precondition(total > 0, "weighted pick needs a positive weight")
    var target = unit() * total
    for (index, weight) in weights.enumerated() {
      if target < weight { return index }
      target -= weight
    }
    return weights.lastIndex(where: { $0 > 0 }) ?? 0
  }

  /// One value of `choices`, drawn with probability proportional to its weight.
  mutating func weighted<T>(_ choices: [(T, Double)]) -> T {
    choices[weightedIndex(choices.map { $0.1 })].0
  }

  /// Shuffles in place (Fisher–Yates, from the end).
  mutating func shuffle<T>(_ elements: inout [T]) {
    guard elements.count > 1 else { return }
    for i in stride(from: elements.count - 1, to: 0, by: -1) {
      let j = int(in: 0...i)
      if i != j { elements.swapAt(i, j) }
    }
  }
}
