/// A linear or integer program as plain Swift arrays: the one value that is
/// built, loaded into GLPK once (`GLPKProblem.init`), and kept to check the
/// solutions offered to GLPK (`LinearProgram.checked`).
///
/// Indices are 0-based; the matrix is a flat triplet list in the order it is
/// loaded. Names are optional per row and column (`""` = none).
package struct LinearProgram: Sendable, Equatable {
  /// Maximise the objective (otherwise minimise).
  package var maximize: Bool
  /// What values each column may take.
  package var kinds: [ColumnKind] = []
  /// Lower bound per column (may be `-.infinity`).
  package var lower: [Double] = []
  /// Upper bound per column (may be `.infinity`).
  package var upper: [Double] = []
  /// Objective coefficient per column.
  package var objective: [Double] = []
  /// Name per column, `""` for none; empty when no column has a name.
  package var columnNames: [String] = []
  /// Bounds per row.
  package var rows: [RowBound] = []
  /// Name per row, `""` for none; empty when no row has a name.
  package var rowNames: [String] = []
  /// Row of each matrix entry.
  package var entryRow: [Int32] = []
  /// Column of each matrix entry.
  package var entryColumn: [Int32] = []
  /// Value of each matrix entry.
  package var entryValue: [Double] = []

  /// An empty program.
  package init(maximize: Bool = false) { self.maximize = maximize }

  /// Number of columns (variables).
  package var columnCount: Int { kinds.count }
  /// Number of rows (constraints).
  package var rowCount: Int { rows.count }

  /// Appends columns; all arrays have one entry per column, `names` is optional.
  ///
  /// Nothing is checked here: `GLPKProblem.init` refuses a program whose
  /// lengths, bounds or entries are wrong, all with one error channel.
  package mutating func addColumns(
    kinds: [ColumnKind], lower: [Double], upper: [Double], objective: [Double], names: [String]? = nil
  ) {
    if let names {
      if columnNames.isEmpty { columnNames = Array(repeating: "", count: columnCount) }
      columnNames += names
    } else if !columnNames.isEmpty {
      columnNames += Array(repeating: "", count: kinds.count)
    }
    self.kinds += kinds
    self.lower += lower
    self.upper += upper
    self.objective += objective
  }

  /// Appends one row per bound; `names` is optional.
  package mutating func addRows(_ bounds: [RowBound], names: [String]? = nil) {
    if let names {
      if rowNames.isEmpty { rowNames = Array(repeating: "", count: rowCount) }
      rowNames += names
    } else if !rowNames.isEmpty {
      rowNames += Array(repeating: "", count: bounds.count)
    }
    rows += bounds
  }

  /// Appends one row `bound` over `Σ coefficients[k] · x[columns[k]]`, named `name`.
  package mutating func addRow(_ bound: RowBound, name: String, columns: [Int], coefficients: [Double]) {
    let row = Int32(rowCount)
    addRows([bound], names: [name])
    for (column, value) in zip(columns, coefficients) {
      entryRow.append(row)
      entryColumn.append(Int32(column))
      entryValue.append(value)
    }
  }

  /// Appends matrix entries (0-based rows and columns).
  package mutating func addEntries(rows: [Int32], columns: [Int32], values: [Double]) {
    entryRow += rows
    entryColumn += columns
    entryValue += values
  }
}

/// The bounds of one constraint row, `lower <= a·x <= upper`.
package enum RowBound: Sendable, Equatable {
  /// `a·x <= value`.
  case upper(Double)
  /// `a·x >= value`.
  case lower(Double)
  /// `a·x == value`.
  case fixed(Double)
  /// `lower <= a·x <= upper`; equal ends mean `fixed`.
  case range(Double, Double)
  /// No bound (a row that is only observed, never enforced).
  case free

  /// The bound as `(lower, upper)`, infinite ends for a missing side.
  package var range: (lower: Double, upper: Double) {
    switch self {
    case .upper(let value): (-.infinity, value)
    case .lower(let value): (value, .infinity)
    case .fixed(let value): (value, value)
    case .range(let a, let b): (a, b)
    case .free: (-.infinity, .infinity)
    }
  }
}

/// What values a column (variable) may take.
package enum ColumnKind: Sendable, Equatable {
  /// 0 or 1; the given bounds are intersected with [0, 1].
  case binary
  /// Any integer within the bounds (fractional bounds are rounded inwards).
  case integer
  /// Any real number within the bounds.
  case continuous
}
