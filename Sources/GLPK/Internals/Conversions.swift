import CGLPK

// GLPK's conventions on the Swift side: bound types, C names, time limits
// in milliseconds and return-code names for messages.

/// GLPK's bound type and the two values it expects for `lo <= x <= hi` (infinite ends allowed).
func boundType(_ lo: Double, _ hi: Double) -> (Int32, Double, Double) {
  switch (lo.isFinite, hi.isFinite) {
  case (false, false): (GLP_FR, 0, 0)
  case (false, true): (GLP_UP, 0, hi)
  case (true, false): (GLP_LO, lo, 0)
  case (true, true): lo == hi ? (GLP_FX, lo, lo) : (GLP_DB, lo, hi)
  }
}

/// `name` as a GLPK-acceptable C string: control characters replaced, at most 255 bytes.
func glpkName(_ name: String) -> [CChar] {
  var bytes: [UInt8] = []
  for scalar in name.unicodeScalars {
    let encoded = scalar.value < 0x20 || scalar.value == 0x7F ? [UInt8(ascii: "_")] : Array(String(scalar).utf8)
    if bytes.count + encoded.count > 255 { break }
    bytes.append(contentsOf: encoded)
  }
  return bytes.map { CChar(bitPattern: $0) } + [0]
}

/// Names as consecutive NUL-terminated C strings (the shim's `names` format).
func nameBlob(_ names: ArraySlice<String>) -> [CChar] {
  var blob: [CChar] = []
  for name in names { blob.append(contentsOf: glpkName(name)) }
  return blob
}

/// Milliseconds left until `deadline`, clamped to GLPK's `tm_lim` range (at least 1, below INT_MAX = "no limit").
func milliseconds(until deadline: ContinuousClock.Instant, clock: ContinuousClock) -> Int32 {
  let left = clock.now.duration(to: deadline).components
  let ms = left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000
  return Int32(clamping: Swift.min(Swift.max(ms, 1), Int64(Int32.max - 1)))
}

/// Symbolic name of a GLPK return code, for messages.
func returnCodeName(_ code: Int32) -> String {
  let names: [Int32: String] = [
    GLP_EBADB: "GLP_EBADB", GLP_ESING: "GLP_ESING", GLP_ECOND: "GLP_ECOND",
    GLP_EBOUND: "GLP_EBOUND", GLP_EFAIL: "GLP_EFAIL", GLP_EOBJLL: "GLP_EOBJLL",
    GLP_EOBJUL: "GLP_EOBJUL", GLP_EITLIM: "GLP_EITLIM", GLP_ETMLIM: "GLP_ETMLIM",
    GLP_ENOPFS: "GLP_ENOPFS", GLP_ENODFS: "GLP_ENODFS", GLP_EROOT: "GLP_EROOT",
    GLP_ESTOP: "GLP_ESTOP", GLP_EMIPGAP: "GLP_EMIPGAP",
  ]
  return names[code] ?? "code \(code)"
}

extension String {
  /// Without leading and trailing whitespace and newlines (no Foundation needed).
  func trimmedWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
