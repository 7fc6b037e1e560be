import Foundation
import Testing

@testable import Matcher

/// The one CSV writer (issue 12 item 5, issue 11): RFC 4180 quoting with CR
/// included, and cells a spreadsheet would run as formulas neutralised
/// (OWASP "CSV Injection"), in the report and in the study table alike.
@Suite struct CSVTableTests {
  @Test(arguments: [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1+1", "'+1+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("-", "'-"),
    ("-3.5", "-3.5"), ("-3,5", "-3,5"), ("-12", "-12"), ("w-anne", "w-anne"), ("", ""), ("a=b", "a=b"),
  ])
  func neutralisesFormulas(_ cell: String, _ expected: String) {
    #expect(CSVTable.neutralized(cell) == expected)
  }

  @Test func quotesSeparatorQuoteCarriageReturnAndLineFeed() throws {
    let table = CSVTable(header: ["a", "b"], rows: [["x;y", "q\"r"], ["c\rd", "e\nf"]], separator: ";")
    let text = String(decoding: try table.bytes(), as: UTF8.self)
    #expect(text == "a;b\r\n\"x;y\";\"q\"\"r\"\r\n\"c\rd\";\"e\nf\"\r\n")
  }

  @Test func reportCellsAreNeutralised() throws {
    let report = try SmallWeek.report()
    var plan = report.plan
    plan.assignments[0].user = "=HYPERLINK(\"http://x\")"
    plan.assignments[1].user = "a\rb"
    let text = String(decoding: try PlanReport(plan: plan, scenario: report.scenario).csv(), as: UTF8.self)
    #expect(text.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","))
    #expect(text.contains(",\"a\rb\","))
    #expect(!text.contains(",=HYPERLINK"))
  }

  @Test func studyTableUsesTheSameWriter() throws {
    let rows = [
      BatchRow(index: 0, scenario: "=1+1", options: "default", status: "refused"),
      BatchRow(index: 1, scenario: "a\rb", options: "default", status: "refused"),
    ]
    let lines = try BatchTable.csv(rows).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1].hasPrefix("'=1+1,default,refused,"))
    #expect(lines[2].hasPrefix("\"a\rb\",default,refused,"))
  }
}
