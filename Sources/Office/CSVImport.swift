import GRDB
import Matcher

/// The CSV import of the spreadsheets an office keeps today: workers, users, requests.
///
/// All files are read and every row checked before anything is kept: the
/// rows are saved in one transaction (workers, then users, then requests, so
/// a request may name a user of the same import), and if any row has a
/// problem the transaction is rolled back and every problem is reported as
/// `file:line:column (column name): message`.
public enum CSVImport {
  /// Which records a file holds.
  public enum Kind: String, CaseIterable, Sendable, Comparable {
    case workers, users, requests
    public static func < (lhs: Kind, rhs: Kind) -> Bool { (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0) }
  }

  /// One file to import.
  public struct File: Sendable {
    public var kind: Kind
    public var name: String
    public var bytes: [UInt8]
    public init(kind: Kind, name: String, bytes: [UInt8]) {
      self.kind = kind
      self.name = name
      self.bytes = bytes
    }
  }

  /// Rows imported from one file.
  public struct Count: Sendable {
    public var kind: Kind
    public var name: String
    public var rows: Int
  }

  /// A problem at a place of a file, sortable by file, line, column.
  struct Problem: Comparable {
    var file: String
    var line: Int
    var column: Int
    var columnName: String
    var message: String
    var text: String { column > 0 ? "\(file):\(line):\(column) (\(columnName)): \(message)" : "\(file):\(line): \(message)" }
    static func < (lhs: Problem, rhs: Problem) -> Bool { (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message) }
  }

  /// Day names of the `disponibilites` and `jours` columns: French, or RFC 5545's.
  static let weekdays: [String: Int] = [
    "lu": 1, "ma": 2, "me": 3, "je": 4, "ve": 5, "sa": 6, "di": 7, "mo": 1, "tu": 2, "we": 3, "th": 4, "fr": 5, "su": 7,
  ]
}

extension OfficeDatabase {
  /// Imports CSV files of workers, users and requests, all or nothing.
  /// - Throws: `OfficeError.invalid` with every problem of every file, each with file, line and column.
  @discardableResult
  public func importCSV(_ files: [CSVImport.File], by: String) throws -> [CSVImport.Count] {
    var problems: [CSVImport.Problem] = []
    var tables: [(CSVImport.Kind, CSVTable)] = []
    for file in files {
      do {
        let table = try CSVTable(name: file.name, bytes: file.bytes)
        problems += CSVRows.headerProblems(table, kind: file.kind)
        tables.append((file.kind, table))
      } catch {
        problems += error.lines.map { CSVImport.Problem(file: file.name, line: 1, column: 0, columnName: "", message: $0) }
      }
    }
    // Rows are checked even when a header has a problem: every problem at once.
    return try writer.write { db in
      var counts: [CSVImport.Count] = []
      for (kind, table) in tables.sorted(by: { $0.0 < $1.0 }) {
        var rows = CSVRows(table: table, kind: kind)
        let saved = try rows.save(into: self, by: by, db)
        problems += rows.problems
        counts.append(CSVImport.Count(kind: kind, name: table.name, rows: saved))
      }
      guard problems.isEmpty else { throw OfficeError.invalid(problems.sorted().map(\.text)) }
      return counts
    }
  }
}
