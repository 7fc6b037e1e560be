/// An error from the GLPK layer: the only error this module throws.
///
/// GLPK aborts the process on a fatal error unless the error is caught; the
/// C shim catches it, and it surfaces here with GLPK's own text. Invalid
/// model input (NaN, crossed bounds, bad indices) is refused with this error
/// before GLPK sees it, because GLPK would treat it as a fatal error.
package enum GLPKError: Error, Equatable, Sendable {
  /// GLPK failed (fatal error, out of memory, unusable model or problem); `message` explains.
  case glpk(message: String)
}
