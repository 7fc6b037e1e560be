import ArgumentParser
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A document named on the command line: a file path, or `-` for standard input.
///
/// Read with plain POSIX calls so that each failure keeps its real cause
/// (`No such file or directory`, `Is a directory`, `Permission denied`),
/// which becomes exit status 66 (`EX_NOINPUT`).
struct InputFile: Sendable, CustomStringConvertible {
  /// Why a file could not be turned into bytes.
  enum Failure: Error, Sendable {
    /// The file cannot be opened or read (exit 66).
    case unreadable(name: String, reason: String)
    /// The file is larger than the limit (exit 65: it is bad data, not missing data).
    case tooLarge(name: String, limit: Int)

    /// `NAME: cannot read: REASON`, one line for stderr.
    var message: String {
      switch self {
      case .unreadable(let name, let reason): "\(name): cannot read: \(reason)"
      case .tooLarge(let name, let limit): "\(name): larger than \(limit) bytes, refused"
      }
    }

    /// The exit status this failure ends the program with.
    var exitCode: Int32 {
      switch self {
      case .unreadable: 66
      case .tooLarge: 65
      }
    }
  }

  /// The path as given, or `-`.
  let path: String

  /// Whether this names standard input.
  var isStandardInput: Bool { path == "-" }

  /// How the file is named in messages: the path, or `<stdin>`.
  var description: String { isStandardInput ? "<stdin>" : path }

  /// All bytes of the file, at most `limit` of them.
  /// - Throws: `Failure.unreadable` with the system's reason, or `Failure.tooLarge`.
  /// - Complexity: O(n) in the file's size; reads in 64 KiB chunks.
  func bytes(limit: Int) throws(Failure) -> [UInt8] {
    let descriptor: Int32
    if isStandardInput {
      descriptor = STDIN_FILENO
    } else {
      descriptor = open(path, O_RDONLY)
      guard descriptor >= 0 else { throw .unreadable(name: description, reason: Self.lastError()) }
    }
    defer { if !isStandardInput { close(descriptor) } }

    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .unreadable(name: description, reason: Self.lastError()) }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      throw .unreadable(name: description, reason: String(cString: strerror(EISDIR)))
    }

    var result: [UInt8] = []
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunk) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(name: description, reason: Self.lastError())
      }
      if count == 0 { break }
      guard result.count + count <= limit else { throw .tooLarge(name: description, limit: limit) }
      result.append(contentsOf: buffer[0..<count])
    }
    return result
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}

extension InputFile {
  /// The file's bytes; on failure the reason is printed on stderr and the
  /// failure's exit status (66, or 65 when too large) is thrown.
  func bytesOrExit(limit: Int) throws(ExitCode) -> [UInt8] {
    do {
      return try bytes(limit: limit)
    } catch {
      CLILogging.problem(error.message)
      throw ExitCode(error.exitCode)
    }
  }
}
