import Testing

@testable import Matcher

@Suite("JSON")
struct JSONTests {
  static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try JSONParser.parse(Array(text.utf8))
  }

  /// The syntax error of `bytes`, printed `line L, column C: message`; nil when it parses.
  static func syntaxError(_ bytes: [UInt8]) -> String? {
    do {
      _ = try JSONParser.parse(bytes)
      return nil
    } catch {
      return error.description
    }
  }

  // MARK: Parser: what it accepts

  @Test("scalars and containers parse to the values they write")
  func values() throws {
    #expect(try Self.parse("null") == .null)
    #expect(try Self.parse(" true ") == .bool(true))
    #expect(try Self.parse("\n\tfalse\r\n") == .bool(false))
    #expect(try Self.parse("[]") == .array([]))
    #expect(try Self.parse("{}") == .object(JSONObject()))
    #expect(try Self.parse(#"[1, -2.5, 2.5e3, 1E-2, 1e+2, 0, 0.125]"#)
      == .array([.number(1), .number(-2.5), .number(2500), .number(0.01), .number(100), .number(0), .number(0.125)]))
    #expect(try Self.parse(#"{"b": [null, {"c": "d"}], "a": 1}"#)
      == .object(JSONObject([("b", .array([.null, .object(JSONObject([("c", .string("d"))]))])), ("a", .number(1))])))
  }

  @Test("-0 parses as negative zero")
  func negativeZero() throws {
    guard case .number(let zero) = try Self.parse("-0") else {
      Issue.record("not a number")
      return
    }
    #expect(zero == 0)
    #expect(zero.sign == .minus)
  }

  @Test("object keys keep their written order, duplicates included")
  func keyOrder() throws {
    guard case .object(let object) = try Self.parse(#"{"z": 1, "a": 2, "m": 3, "a": 4}"#) else {
      Issue.record("not an object")
      return
    }
    #expect(object.members.map(\.key) == ["z", "a", "m", "a"])
    #expect(object["a"] == .number(2))  // the first one
    #expect(object["nope"] == nil)
  }

  static let strings: [(json: String, value: String)] = [
    (#""plain""#, "plain"),
    (#""""#, ""),
    (#""a\"b\\c\/d""#, "a\"b\\c/d"),
    (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"),
    (#""\u00e9t\u00C9""#, "étÉ"),
    (#""\u20AC 5.95""#, "€ 5.95"),
    (#""\u0000""#, "\u{0}"),
    (#""\ud83d\ude00""#, "😀"),
    (#""\uD83D\uDE00!""#, "😀!"),
    (#""Liège 😀 raw""#, "Liège 😀 raw"),
    (#""mixed \u00e9 and é""#, "mixed é and é"),
  ]

  @Test("strings with escapes, unicode and surrogate pairs", arguments: strings)
  func string(_ item: (json: String, value: String)) throws {
    #expect(try Self.parse(item.json) == .string(item.value))
    // Written back, the string reads the same.
    #expect(try JSONParser.parse(JSONWriter.bytes(.string(item.value))) == .string(item.value))
  }

  @Test("a UTF-8 byte order mark is skipped")
  func byteOrderMark() throws {
    #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object(JSONObject()))
  }

  @Test("128 levels of nesting are accepted, 129 are not")
  func depth() throws {
    let deepest = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
    #expect(Self.syntaxError(Array(deepest.utf8)) == nil)
    let tooDeep = String(repeating: "[", count: 129) + String(repeating: "]", count: 129)
    #expect(Self.syntaxError(Array(tooDeep.utf8)) == "line 1, column 129: nested deeper than 128 levels")
    let objects = String(repeating: #"{"a":"#, count: 129) + "1" + String(repeating: "}", count: 129)
    #expect(Self.syntaxError(Array(objects.utf8)) == "line 1, column \(128 * 5 + 1): nested deeper than 128 levels")
  }

  // MARK: Parser: what it refuses

  static let refused: [(json: String, error: String)] = [
    ("", "line 1, column 1: unexpected end of input"),
    ("   ", "line 1, column 4: unexpected end of input"),
    ("[1,2,]", "line 1, column 6: unexpected character"),  // trailing comma in an array
    (#"{"a":1,}"#, "line 1, column 8: expected a key in quotes"),  // trailing comma in an object
    ("// note\n1", "line 1, column 1: unexpected character"),  // line comment
    ("[1 /* note */]", "line 1, column 4: expected ',' or ']' in an array"),  // block comment
    ("01", "line 1, column 2: unexpected text after the JSON value"),  // leading zero
    ("[-01]", "line 1, column 4: expected ',' or ']' in an array"),  // leading zero after a sign
    ("+1", "line 1, column 1: unexpected character"),
    (".5", "line 1, column 1: unexpected character"),
    ("1.", "line 1, column 3: expected digits after '.'"),
    ("1e", "line 1, column 3: expected digits in the exponent"),
    ("-", "line 1, column 2: expected digits"),
    ("NaN", "line 1, column 1: unexpected character"),
    ("Infinity", "line 1, column 1: unexpected character"),
    ("-Infinity", "line 1, column 2: expected digits"),
    ("1e999", "line 1, column 1: number 1e999 is out of range"),
    ("[0, -1e400]", "line 1, column 5: number -1e400 is out of range"),
    (#""\ud83d""#, "line 1, column 8: unpaired surrogate in a string"),  // lone high surrogate
    (#""\ude00""#, "line 1, column 8: unpaired surrogate in a string"),  // lone low surrogate
    (#""\ud83d\u0041""#, "line 1, column 14: unpaired surrogate in a string"),  // high, then not a low one
    (#""\ud83dx""#, "line 1, column 8: unpaired surrogate in a string"),
    ("\"a\tb\"", "line 1, column 3: control character in a string"),  // raw tab
    ("\"a\u{1}\"", "line 1, column 3: control character in a string"),
    ("\"two\nlines\"", "line 1, column 5: control character in a string"),
    (#""\u12G4""#, "line 1, column 6: bad \\u escape"),
    (#""abc"#, "line 1, column 5: unterminated string"),
    ("'a'", "line 1, column 1: unexpected character"),  // single quotes
    ("tru", "line 1, column 1: unexpected character"),
    ("True", "line 1, column 1: unexpected character"),
    ("[1 2]", "line 1, column 4: expected ',' or ']' in an array"),
    (#"{"a" 1}"#, "line 1, column 6: expected ':' after a key"),
    ("{a: 1}", "line 1, column 2: expected a key in quotes"),
    (#"{"a": 1"#, "line 1, column 8: unexpected end of input in an object"),
    ("[1", "line 1, column 3: unexpected end of input in an array"),
    ("{} {}", "line 1, column 4: unexpected text after the JSON value"),
    ("{\n  \"a\": [1,\n    2,,\n  ]\n}", "line 3, column 7: unexpected character"),
    (#"["é", x]"#, "line 1, column 7: unexpected character"),  // columns count characters, not bytes
  ]

  @Test("malformed JSON is refused at its line and column", arguments: refused)
  func refuses(_ item: (json: String, error: String)) {
    #expect(Self.syntaxError(Array(item.json.utf8)) == item.error)
  }

  @Test("bad escapes and invalid UTF-8 are refused")
  func badBytes() {
    #expect(Self.syntaxError(Array(#""\x""#.utf8))?.hasSuffix("bad escape in a string") == true)
    #expect(Self.syntaxError(Array(#""\'""#.utf8))?.hasSuffix("bad escape in a string") == true)
    #expect(Self.syntaxError([0x22, 0xFF, 0x22])?.hasSuffix("invalid UTF-8 in a string") == true)
    #expect(Self.syntaxError([0x22, 0x5C, 0x6E, 0xC3, 0x22])?.hasSuffix("invalid UTF-8 in a string") == true)
    #expect(Self.syntaxError([0x22, 0xC3, 0xA9, 0x22]) == nil)  // é, well-formed
  }

  // MARK: Round trips

  static let documents: [String] = [
    "null",
    #"[1, 2.5, -3, 1e-7, 123456789012345, 0.30000000000000004, 1e300]"#,
    #"{"format": "ale-plan/1", "nested": {"list": [[], {}, [{"x": null}]], "flag": false}}"#,
    #"{"text": "quote \" backslash \\ slash / tab \t newline \n bell \u0007 é 😀"}"#,
    #"{"b": 1, "a": 2, "b": 3}"#,
  ]

  @Test("parse, write, parse gives the same value; writing it again the same bytes", arguments: documents)
  func roundTrip(_ text: String) throws {
    let value = try Self.parse(text)
    let written = JSONWriter.bytes(value)
    let reread = try JSONParser.parse(written)
    #expect(reread == value)
    #expect(JSONWriter.bytes(reread) == written)
  }

  @Test("the example scenario of formats.md round-trips")
  func scenarioRoundTrip() throws {
    let value = try JSONParser.parse(Fixture.bytes("formats-example"))
    #expect(try JSONParser.parse(JSONWriter.bytes(value)) == value)
  }

  // MARK: Writer

  static let numbers: [(value: Double, text: String)] = [
    (3, "3"),
    (-0.0, "0"),
    (0, "0"),
    (-7, "-7"),
    (2.31, "2.31"),
    (0.1 + 0.2, "0.30000000000000004"),
    (-4.5, "-4.5"),
    (0.1116, "0.1116"),
    (630, "630"),
    (123_456_789_012_345, "123456789012345"),
    (1e15, "1000000000000000"),  // not Swift's 1000000000000000.0
    (0x1p53, "9007199254740992"),
    (-0x1p53, "-9007199254740992"),
    (0x1p53 + 2, "9.007199254740994e+15"),
    (1e16, "1e+16"),
    (1e300, "1e+300"),
    (1e-7, "1e-07"),
  ]

  @Test("numbers print in one canonical form", arguments: numbers)
  func number(_ item: (value: Double, text: String)) throws {
    #expect(JSONWriter.format(item.value) == item.text)
    #expect(JSONWriter.string(.number(item.value)) == item.text + "\n")
    // What is written reads back as the same number.
    #expect(try Self.parse(item.text) == .number(item.value))
  }

  @Test("objects keep their key order; layout is two-space indented, one member a line")
  func layout() {
    let value = JSONValue.object(JSONObject([
      ("zeta", .number(3)),
      ("alpha", .array([.number(-0.0), .number(2.31), .bool(true), .null])),
      ("empty", .object(JSONObject())),
      ("list", .array([])),
      ("text", .string("a\"b\\c\nd\te\r\u{1}\u{1F}é/")),
    ]))
    #expect(JSONWriter.string(value) == #"""
      {
        "zeta": 3,
        "alpha": [
          0,
          2.31,
          true,
          null
        ],
        "empty": {},
        "list": [],
        "text": "a\"b\\c\nd\te\r\u0001\u001fé/"
      }

      """#)
  }

  @Test("a value writes the recorded bytes")
  func writesGoldenBytes() throws {
    let value = try JSONParser.parse(Fixture.bytes("formats-example"))
    try Golden.check(JSONWriter.bytes(value), "formats-example.json")
    // Key order is part of the value: the same members in another order write other bytes.
    let ab = JSONValue.object(JSONObject([("a", .number(1)), ("b", .number(2))]))
    let ba = JSONValue.object(JSONObject([("b", .number(2)), ("a", .number(1))]))
    #expect(ab != ba)
    #expect(JSONWriter.bytes(ab) != JSONWriter.bytes(ba))
  }

  // MARK: Paths

  @Test("paths print in the dotted form and parse back from it")
  func paths() {
    let path = JSONPath.root + "requests" + 12 + "windows" + 0 + "from"
    #expect(path.description == "requests[12].windows[0].from")
    #expect(JSONPath("requests[12].windows[0].from") == path)
    #expect(JSONPath("a.b[2][3].c").components == [.key("a"), .key("b"), .index(2), .index(3), .key("c")])
    #expect(JSONPath.root.description == "$")
    #expect(JSONPath("$") == .root)
  }

  @Test("paths sort by component: indexes numerically, keys by text, parents first")
  func pathOrder() {
    let paths: [JSONPath] = ["requests[12].id", "requests[2].windows[0].to", "requests[2]", "format", "requests[2].windows[0].from", "$"]
    #expect(paths.sorted().map(\.description) == [
      "$", "format", "requests[2]", "requests[2].windows[0].from", "requests[2].windows[0].to", "requests[12].id",
    ])
  }
}
