#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file written whole or not at all: bytes go to a temporary file in the
/// target's directory, are flushed to disk, then renamed over the target.
///
/// A reader (or a crash at any point) sees either the old file or the
/// complete new one, never a partial write. `-` means standard output.
struct OutputFile: Sendable {
  /// Why the output could not be written (exit 73, `EX_CANTCREAT`).
  struct Failure: Error, Sendable {
    var message: String
  }

  let path: String

  var isStandardOutput: Bool { path == "-" }

  /// Writes `bytes` atomically (or to stdout for `-`).
  func write(_ bytes: [UInt8]) throws(Failure) {
    if isStandardOutput {
      Console.raw(bytes)
      return
    }
    let directory = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) : "."
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let temporary = (directory.isEmpty ? "/" : directory) + "/." + name + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw Failure(message: "\(path): cannot create: \(Self.lastError())") }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.write(descriptor, base + offset, buffer.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        let reason = Self.lastError()
        close(descriptor)
        unlink(temporary)
        throw Failure(message: "\(path): cannot write: \(reason)")
      }
      offset += written
    }
    guard fsync(descriptor) == 0, close(descriptor) == 0 else {
      let reason = Self.lastError()
      unlink(temporary)
      throw Failure(message: "\(path): cannot write: \(reason)")
    }
    guard rename(temporary, path) == 0 else {
      let reason = Self.lastError()
      unlink(temporary)
      throw Failure(message: "\(path): cannot create: \(reason)")
    }
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}
