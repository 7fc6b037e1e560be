/// Writes `JSONValue`s as bytes that are the same every time.
///
/// Members are written in the order the object holds them (the plan builds
/// its objects in the order formats.md documents), numbers in one canonical
/// form: integral values without a fraction (`3`, not `3.0`), others in
/// Swift's shortest round-trip form (`2.31`). Two-space indentation, one
/// member per line, `\n` line ends, and a final newline.
package enum JSONWriter {
  /// The document as UTF-8 bytes, pretty-printed, ending with a newline.
  package static func bytes(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(value, indent: 0, into: &out)
    out.append(0x0A)
    return out
  }

  /// The document as a string, pretty-printed, ending with a newline.
  package static func string(_ value: JSONValue) -> String {
    String(decoding: bytes(value), as: UTF8.self)
  }

  /// `text` as a JSON string literal, quotes included: RFC 8259 escapes,
  /// other control characters as `\u00XX`. The one string escaper (plans, logs).
  package static func quoted(_ text: String) -> String {
    var out: [UInt8] = []
    writeString(text, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The canonical text of a number: integral values print without a fraction.
  package static func format(_ number: Double) -> String {
    if number == 0 { return "0" }  // also turns -0 into 0
    // Up to 2^53 Swift's description prints `1000000000000000.0`; beyond, an exponent and no fraction.
    if number == number.rounded(), abs(number) <= 0x1p53 { return String(Int64(number)) }
    return number.description
  }
  private static let spaces = [UInt8](repeating: 0x20, count: 128)


  private static func newline(_ indent: Int, into out: inout [UInt8]) {
    out.append(0x0A)
    let count = indent * 2
    if count <= spaces.count {
      spaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
    } else {
      out.append(contentsOf: repeatElement(0x20, count: count))
    }
  }

  private static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: Array("null".utf8))
    case .bool(let flag): out.append(contentsOf: Array((flag ? "true" : "false").utf8))
    case .number(let number): out.append(contentsOf: Array(format(number).utf8))
    case .string(let text): writeString(text, into: &out)
    case .array(let elements):
      if elements.isEmpty {
        out.append(contentsOf: Array("[]".utf8))
        return
      }
      out.append(UInt8(ascii: "["))
      for (position, element) in elements.enumerated() {
        if position > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, into: &out)
        write(element, indent: indent + 1, into: &out)
      }
      newline(indent, into: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let object):
      if object.members.isEmpty {
        out.append(contentsOf: Array("{}".utf8))
        return
      }
      out.append(UInt8(ascii: "{"))
      for (position, member) in object.members.enumerated() {
        if position > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent + 1, into: &out)
        writeString(member.key, into: &out)
        out.append(contentsOf: [UInt8(ascii: ":"), 0x20])
        write(member.value, indent: indent + 1, into: &out)
      }
      newline(indent, into: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func writeString(_ text: String, into out: inout [UInt8]) {
    out.append(0x22)
    var copy = text
    let plain = copy.withUTF8 { bytes -> Bool in
      for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C { return false }
      out.append(contentsOf: bytes)
      return true
    }
    if plain {
      out.append(0x22)
      return
    }
    for byte in text.utf8 {
      switch byte {
      case 0x22: out.append(contentsOf: [0x5C, 0x22])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      default: out.append(byte)
      }
    }
    out.append(0x22)
  }
}
