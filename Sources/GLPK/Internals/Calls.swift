import CGLPK

// One internal wrapper per `cglpk_*` entry (the way swift-system wraps each
// libc call in one `system_*` function): the only place that calls the C
// shim. Guarded entries go through `guarded`, which turns a failure into a
// thrown `GLPKError` carrying GLPK's own text.

/// Runs one guarded shim entry; a non-zero return code becomes `GLPKError.glpk`.
///
/// After `CGLPK_FATAL` the thread's GLPK environment is gone (its epoch
/// moved), which `GLPKProblem` notices by itself; `CGLPK_NOMEM` leaves it intact.
func guarded(_ function: String, _ entry: () -> Int32) throws(GLPKError) {
  guard entry() == 0 else {
    let log = glpk_take_log()
    let message = glpk_fatal_message()
    throw .glpk(message: "\(function): \(message.isEmpty ? log : message)")
  }
}

/// `cglpk_env_epoch`: identifies the thread's current GLPK environment.
func glpk_env_epoch() -> UInt64 { cglpk_env_epoch() }

/// `cglpk_release_env`: frees the thread's GLPK environment and its captured output.
func glpk_release_env() {
  cglpk_release_env()
  cglpk_log_clear()
}

/// `cglpk_log_bytes` then `cglpk_log_clear`: takes GLPK's captured output of this thread.
func glpk_take_log() -> String {
  var length = 0
  guard let bytes = cglpk_log_bytes(&length), length > 0 else {
    cglpk_log_clear()
    return ""
  }
  let text = String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
  cglpk_log_clear()
  return text
}

/// `cglpk_log_clear`: forgets GLPK's captured output of this thread.
func glpk_clear_log() { cglpk_log_clear() }

/// `cglpk_fatal_message`: the GLPK text of the last fatal error on this thread, trimmed.
func glpk_fatal_message() -> String {
  String(cString: cglpk_fatal_message()).trimmedWhitespace()
}

/// `cglpk_create_prob`: a new problem named `name` on this thread.
func glpk_create_prob(name: String) throws(GLPKError) -> OpaquePointer {
  var created: OpaquePointer?
  let cName = glpkName(name)
  try guarded("glp_create_prob") { cName.withUnsafeBufferPointer { cglpk_create_prob(&created, $0.baseAddress) } }
  guard let created else { throw .glpk(message: "glp_create_prob: no problem returned") }
  return created
}

/// `cglpk_delete_prob`: frees a problem of this thread's current environment.
func glpk_delete_prob(_ prob: OpaquePointer) {
  _ = cglpk_delete_prob(prob)
}

/// `cglpk_set_obj_dir`.
func glpk_set_obj_dir(_ prob: OpaquePointer, maximize: Bool) throws(GLPKError) {
  try guarded("glp_set_obj_dir") { cglpk_set_obj_dir(prob, maximize ? GLP_MAX : GLP_MIN) }
}

/// `cglpk_add_cols`: appends columns `range` of `program`.
func glpk_add_cols(_ prob: OpaquePointer, _ program: LinearProgram, _ range: Range<Int>) throws(GLPKError) {
  guard !range.isEmpty else { return }
  var kinds = [Int32](), types = [Int32](), lbs = [Double](), ubs = [Double]()
  for j in range {
    let (lo, hi) = program.bounds(ofColumn: j)
    let (type, glpkLo, glpkHi) = boundType(lo, hi)
    kinds.append(program.kinds[j] == .continuous ? GLP_CV : GLP_IV)
    types.append(type); lbs.append(glpkLo); ubs.append(glpkHi)
  }
  let objective = Array(program.objective[range])
  let names = program.columnNames.isEmpty ? nil : nameBlob(program.columnNames[range])
  try guarded("glp_add_cols") {
    withOptionalBuffer(names) {
      cglpk_add_cols(prob, Int32(range.count), kinds, types, lbs, ubs, objective, $0)
    }
  }
}

/// `cglpk_add_rows`: appends every row of `program`.
func glpk_add_rows(_ prob: OpaquePointer, _ program: LinearProgram) throws(GLPKError) {
  guard program.rowCount > 0 else { return }
  var types = [Int32](), lbs = [Double](), ubs = [Double]()
  for bound in program.rows {
    let (type, glpkLo, glpkHi) = boundType(bound.range.lower, bound.range.upper)
    types.append(type); lbs.append(glpkLo); ubs.append(glpkHi)
  }
  let names = program.rowNames.isEmpty ? nil : nameBlob(program.rowNames[...])
  try guarded("glp_add_rows") {
    withOptionalBuffer(names) { cglpk_add_rows(prob, Int32(program.rowCount), types, lbs, ubs, $0) }
  }
}

/// `cglpk_load_matrix`: loads every entry of `program` with one `glp_load_matrix`.
///
/// Returns `glp_check_dup`'s verdict: 0, or ±(k + 1) for a bad entry k (nothing loaded then).
func glpk_load_matrix(_ prob: OpaquePointer, _ program: LinearProgram) throws(GLPKError) -> Int32 {
  let count = program.entryValue.count
  guard count > 0 else { return 0 }
  var ia = [Int32](repeating: 0, count: count + 1)
  var ja = [Int32](repeating: 0, count: count + 1)
  var ar = [Double](repeating: 0, count: count + 1)
  for k in 0..<count {
    ia[k + 1] = program.entryRow[k] + 1
    ja[k + 1] = program.entryColumn[k] + 1
    ar[k + 1] = program.entryValue[k]
  }
  var check: Int32 = 0
  try guarded("glp_load_matrix") { cglpk_load_matrix(prob, Int32(count), ia, ja, ar, &check) }
  return check
}

/// `cglpk_set_mat_cols`: the entries of columns `first ..< first + entries.count`, rows 0-based.
func glpk_set_mat_cols(_ prob: OpaquePointer, first: Int, entries: [[(row: Int32, value: Double)]]) throws(GLPKError) {
  var starts: [Int32] = [0], rows: [Int32] = [], values: [Double] = []
  for column in entries {
    for entry in column {
      rows.append(entry.row + 1)
      values.append(entry.value)
    }
    starts.append(Int32(rows.count))
  }
  try guarded("glp_set_mat_col") {
    cglpk_set_mat_cols(prob, Int32(first + 1), Int32(entries.count), starts, rows, values)
  }
}

/// `cglpk_write_mps`: GLPK's own return code (0 = written).
func glpk_write_mps(_ prob: OpaquePointer, path: String) throws(GLPKError) -> Int32 {
  var glpkReturn: Int32 = 0
  try guarded("glp_write_mps") { cglpk_write_mps(prob, path, &glpkReturn) }
  return glpkReturn
}

/// `cglpk_basic_solution`: column values and row duals of the basic solution, 0-based.
func glpk_basic_solution(_ prob: OpaquePointer, columns: Int, rows: Int) -> (values: [Double], duals: [Double]) {
  var values = [Double](repeating: 0, count: columns)
  var duals = [Double](repeating: 0, count: rows)
  values.withUnsafeMutableBufferPointer { x in
    duals.withUnsafeMutableBufferPointer { y in
      cglpk_basic_solution(prob, x.baseAddress, Int32(x.count), y.baseAddress, Int32(y.count))
    }
  }
  return (values, duals)
}

/// `cglpk_simplex`: scales when asked, then `glp_simplex`.
func glpk_simplex(
  _ prob: OpaquePointer, _ parm: glp_smcp, scale: Bool, memoryLimitMB: Int32
) throws(GLPKError) -> cglpk_lp_outcome {
  var parm = parm
  var outcome = cglpk_lp_outcome()
  try guarded("glp_simplex") { cglpk_simplex(prob, &parm, scale ? 1 : 0, memoryLimitMB, &outcome) }
  return outcome
}

/// `cglpk_intopt`: `glp_intopt` with the shim's callback forwarding to `context`.
func glpk_intopt(
  _ prob: OpaquePointer, _ parm: glp_iocp, context: NodeCallbackContext, injectFault: Bool, memoryLimitMB: Int32
) throws(GLPKError) -> cglpk_mip_outcome {
  var parm = parm
  var outcome = cglpk_mip_outcome()
  try guarded("glp_intopt") {
    withExtendedLifetime(context) {
      var request = cglpk_mip_request(
        callback: { context, info, action in
          guard let context, let info, let action else { return }
          Unmanaged<NodeCallbackContext>.fromOpaque(context).takeUnretainedValue().handle(info.pointee, action)
        },
        context: Unmanaged.passUnretained(context).toOpaque(),
        inject_fault: injectFault ? 1 : 0,
        mem_limit_mb: memoryLimitMB)
      return cglpk_intopt(prob, &parm, &request, &outcome)
    }
  }
  return outcome
}

/// `cglpk_mip_values`: the MIP column values, 0-based.
func glpk_mip_values(_ prob: OpaquePointer, columns: Int) -> [Double] {
  [Double](unsafeUninitializedCapacity: columns) { buffer, count in
    cglpk_mip_values(prob, buffer.baseAddress, Int32(columns))
    count = columns
  }
}

/// Calls `body` with the address of `blob`, or nil without one.
private func withOptionalBuffer(_ blob: [CChar]?, _ body: (UnsafePointer<CChar>?) -> Int32) -> Int32 {
  guard let blob else { return body(nil) }
  return blob.withUnsafeBufferPointer { body($0.baseAddress) }
}
