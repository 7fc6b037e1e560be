#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes whole lines to standard output and standard error, unbuffered.
///
/// stdout carries the command's result (census, metrics, violations) and
/// stderr everything else (problems, logs), so that `match-cli ... > out`
/// keeps a clean report. Written with `write(2)` rather than `print` so the
/// two streams interleave in the order the lines were produced.
enum Console {
  /// Writes `line` and a newline to standard output.
  static func out(_ line: String) { emit(Array((line + "\n").utf8), to: STDOUT_FILENO) }

  /// Writes `line` and a newline to standard error.
  static func error(_ line: String) { emit(Array((line + "\n").utf8), to: STDERR_FILENO) }

  /// Writes `bytes` as they are to standard output (a document, not a line).
  static func raw(_ bytes: [UInt8]) { emit(bytes, to: STDOUT_FILENO) }

  private static func emit(_ bytes: [UInt8], to descriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return write(descriptor, base + offset, buffer.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      // A closed pipe or a full disk: there is nowhere left to report it.
      guard written > 0 else { return }
      offset += written
    }
  }
}
