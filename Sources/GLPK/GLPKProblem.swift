/// One GLPK problem object (`glp_prob`), owned for its whole life, loaded
/// once from a `LinearProgram`.
///
/// Contract: GLPK's memory belongs to the creating thread, so create, use
/// and drop a problem on one thread, without `await` in between. Misuse
/// (another thread, or a problem whose thread-local GLPK environment was
/// freed by a fatal error in any problem on that thread) is detected: such
/// a problem is never touched again, its methods throw, and `deinit` leaves
/// the memory to GLPK. Every failure is a thrown `GLPKError`.
package struct GLPKProblem: ~Copyable {
  /// The owned `glp_prob*`. Never leaves this type.
  private let prob: OpaquePointer
  /// `glpk_env_epoch()` at creation: the problem is valid only while it is unchanged.
  private let epoch: UInt64
  /// The program as loaded (plus appended columns): checks and evaluates offered solutions.
  package private(set) var program: LinearProgram

  /// Number of columns loaded so far.
  package var columnCount: Int { program.columnCount }
  /// Number of rows loaded.
  package var rowCount: Int { program.rowCount }

  /// Creates a problem named `name` on the calling thread and loads `program`:
  /// objective sense, columns, rows, then the whole matrix with one `glp_load_matrix`.
  ///
  /// - Throws: `GLPKError` for an invalid program (lengths, NaN or crossed
  ///   bounds, entries outside the matrix or duplicated) or a GLPK failure.
  package init(_ program: LinearProgram, name: String = "ale") throws(GLPKError) {
    try program.validate()
    let epoch = glpk_env_epoch()
    let prob = try glpk_create_prob(name: name)
    do throws(GLPKError) {
      try glpk_set_obj_dir(prob, maximize: program.maximize)
      try glpk_add_cols(prob, program, 0..<program.columnCount)
      try glpk_add_rows(prob, program)
      let check = try glpk_load_matrix(prob, program)
      guard check == 0 else {
        let k = Int(check.magnitude) - 1
        throw .glpk(
          message: "loadMatrix: entry \(k) at (\(program.entryRow[k]), \(program.entryColumn[k])) "
            + (check < 0 ? "is out of range" : "duplicates an earlier entry"))
      }
    } catch {
      if glpk_env_epoch() == epoch { glpk_delete_prob(prob) }
      throw error
    }
    self.prob = prob
    self.epoch = epoch
    self.program = program
  }

  deinit {
    // After a fatal error, on another thread or after the environment was
    // reset, the pointer is dangling or foreign: leave it alone.
    if glpk_env_epoch() == epoch { glpk_delete_prob(prob) }
  }

  /// Appends columns (binary unless `kind` says) with their constraint entries (0-based rows).
  ///
  /// For column generation: the rows stay, new columns join the basis as
  /// non-basic at 0, so the next `solveRelaxation` starts warm.
  ///
  /// `kind` `.continuous` appends `[lower, ∞)` columns instead of binary ones
  /// (the worker-week master's weights, whose upper bound the convexity rows give).
  package mutating func appendColumns(
    objective: [Double], lower: [Double], entries: [[(row: Int32, value: Double)]], kind: ColumnKind = .binary
  ) throws(GLPKError) {
    let prob = try usable()
    guard objective.count == entries.count, lower.count == entries.count else {
      throw .glpk(message: "appendColumns: \(objective.count) objective coefficients and \(lower.count) lower bounds for \(entries.count) columns")
    }
    let first = columnCount
    for k in entries.indices {
      guard !lower[k].isNaN, lower[k] <= 1, objective[k].isFinite else {
        throw .glpk(message: "appendColumns: column \(first + k) has lower bound \(lower[k]) or objective \(objective[k])")
      }
      for entry in entries[k] {
        guard (0..<Int32(rowCount)).contains(entry.row), entry.value.isFinite else {
          throw .glpk(message: "appendColumns: column \(first + k) has an entry at row \(entry.row) outside 0..<\(rowCount) or not finite")
        }
      }
    }
    // Moved out while it grows, so the arrays are appended to in place, never copied.
    var grown = program
    program = LinearProgram()
    defer { program = grown }
    grown.addColumns(
      kinds: Array(repeating: kind, count: objective.count), lower: lower,
      upper: Array(repeating: kind == .continuous ? .infinity : 1, count: objective.count), objective: objective)
    for (k, column) in entries.enumerated() {
      grown.addEntries(
        rows: column.map(\.row), columns: Array(repeating: Int32(first + k), count: column.count),
        values: column.map(\.value))
    }
    try glpk_add_cols(prob, grown, first..<grown.columnCount)
    if !entries.isEmpty { try glpk_set_mat_cols(prob, first: first, entries: entries) }
  }

  /// Writes the problem in free MPS format (`glp_write_mps`, `GLP_MPS_FILE`) with its names.
  ///
  /// MPS has no objective sense: read a maximisation back with `glpsol --freemps FILE --max`.
  /// Rows and columns without a name get GLPK's generic `R…`/`C…` names.
  package func writeMPS(to path: String) throws(GLPKError) {
    let glpkReturn = try withUsableProblem { prob throws(GLPKError) in try glpk_write_mps(prob, path: path) }
    let log = glpk_take_log()
    guard glpkReturn == 0 else {
      throw .glpk(message: "glp_write_mps could not write \(path)\n\(log)")
    }
  }

  /// Frees the calling thread's GLPK environment; for worker threads that are done with GLPK.
  ///
  /// GLPK keeps one environment per thread and never frees it on thread
  /// exit. Problems of this thread that are still alive become unusable
  /// (they throw instead of crashing).
  package static func releaseThreadEnvironment() {
    glpk_release_env()
  }

  /// Lends the problem pointer to `body` if the problem may be used on this
  /// thread now (swift-system's `withBorrowedName`): the pointer is never
  /// stored outside this type.
  func withUsableProblem<R>(_ body: (OpaquePointer) throws(GLPKError) -> R) throws(GLPKError) -> R {
    try body(usable())
  }

  /// The problem pointer if it may be used on this thread now.
  private func usable() throws(GLPKError) -> OpaquePointer {
    guard glpk_env_epoch() == epoch else {
      throw .glpk(
        message: "GLPK problem unusable: used on another thread than the one that created it, "
          + "or that thread's GLPK environment was freed (fatal GLPK error or releaseThreadEnvironment)")
    }
    return prob
  }
}
