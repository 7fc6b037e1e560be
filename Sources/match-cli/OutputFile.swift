#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where every command's output goes: written whole or not at all, never
/// destroying what the path is.
///
/// - `-` is standard output.
/// - A symbolic link is followed (chains too, and a dangling link's target
///   is created): the file it points to is written, the link stays.
/// - A character or block device or a FIFO is a stream: it is opened and
///   written directly (`-o /dev/null` leaves `/dev/null` a device).
/// - A regular file is replaced atomically: the bytes go to
///   `.NAME.tmp-PID` beside it, are `fsync`ed, renamed over it, and the
///   directory is `fsync`ed. A reader, or a crash at any point, sees the old
///   file or the complete new one. The replaced file's mode (and owner and
///   group, where the process may set them) are kept.
/// - A new file is created `0600`: plans, scenarios, reports and calendars
///   hold personal data (names, birth dates, addresses, RIS status).
///
/// Before writing, temporaries of our own naming for the same target whose
/// process is gone (`.NAME.tmp-PID`, left by a SIGKILL) are removed.
struct OutputFile: Sendable {
  /// Why the output could not be written (exit 73, `EX_CANTCREAT`).
  struct Failure: Error, Sendable {
    var message: String
  }

  /// Mode of a file this program creates.
  static let newFileMode: mode_t = 0o600

  let path: String

  var isStandardOutput: Bool { path == "-" }

  /// What the path turned out to be, links followed.
  enum Target: Equatable {
    case standardOutput
    /// A device or FIFO at `path` (written as a stream).
    case stream(String)
    /// A regular file to replace, with its mode, owner and group.
    case replace(String, mode: mode_t, owner: uid_t, group: gid_t)
    /// No file yet: created at `path` (the link target when the path was a dangling link).
    case create(String)
  }

  /// Where the bytes would go; throws if the path cannot be written (a
  /// directory, a socket, a missing or unwritable directory). Cheap: called
  /// before long work (`plan` checks its output before solving).
  func target() throws(Failure) -> Target {
    if isStandardOutput { return .standardOutput }
    var info = stat()
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFCHR, S_IFBLK, S_IFIFO:
        guard access(path, W_OK) == 0 else { throw failure("cannot write") }
        return .stream(path)
      case S_IFREG:
        let real = try resolved(path)
        try requireWritableDirectory(of: real)
        return .replace(real, mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid)
      case S_IFDIR:
        throw Failure(message: "\(path): cannot create: is a directory")
      default:
        throw Failure(message: "\(path): cannot create: not a regular file, device or FIFO")
      }
    }
    guard errno == ENOENT else { throw failure("cannot create") }
    let destination = try danglingLinkTarget(path) ?? path
    try requireWritableDirectory(of: destination)
    return .create(destination)
  }

  /// Writes `bytes` to the path as the type's summary says.
  func write(_ bytes: [UInt8]) throws(Failure) {
    if let staged = try stage(bytes) { try staged.commit() }
  }

  /// A complete, flushed temporary beside its target, waiting to be renamed over it.
  struct Staged {
    let temporary: String
    let file: String
    let path: String

    /// Renames the temporary over the file and flushes the directory.
    func commit() throws(Failure) {
      guard rename(temporary, file) == 0 else {
        let problem = Failure(message: "\(path): cannot create: \(OutputFile.lastError())")
        unlink(temporary)
        throw problem
      }
      let directoryDescriptor = open(OutputFile.split(file).directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      if directoryDescriptor >= 0 {
        _ = fsync(directoryDescriptor)
        close(directoryDescriptor)
      }
    }

    /// Removes the temporary (the target is left as it was).
    func discard() { unlink(temporary) }
  }

  /// The first half of `write`: a stream or standard output is written now
  /// (nil); a file gets its complete temporary, with the mode (and owner) it
  /// will have, to `commit` later. Nothing visible changes before `commit`.
  func stage(_ bytes: [UInt8]) throws(Failure) -> Staged? {
    switch try target() {
    case .standardOutput:
      Console.raw(bytes)
      return nil
    case .stream(let device):
      let descriptor = open(device, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw failure("cannot open") }
      defer { close(descriptor) }
      try Self.writeAll(bytes, to: descriptor, path: path)
      return nil
    case .replace(let file, let mode, let owner, let group):
      return try temporary(for: file, holding: bytes) { descriptor in
        // Owner first (chown may clear set-id bits, which fchmod then
        // restores); a process that may not give the file away keeps the group if it can.
        if fchown(descriptor, owner, group) != 0 { _ = fchown(descriptor, .max, group) }
        return fchmod(descriptor, mode) == 0
      }
    case .create(let file):
      return try temporary(for: file, holding: bytes) { descriptor in fchmod(descriptor, Self.newFileMode) == 0 }
    }
  }

  /// `.NAME.tmp-PID` beside `file`, holding `bytes`, set up and `fsync`ed.
  private func temporary(for file: String, holding bytes: [UInt8], settingUp: (Int32) -> Bool) throws(Failure) -> Staged {
    let (directory, name) = Self.split(file)
    Self.removeStaleTemporaries(of: name, in: directory)
    let temporary = directory + "/" + Self.temporaryName(of: name, pid: getpid())
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, Self.newFileMode)
    guard descriptor >= 0 else { throw failure("cannot create") }
    do throws(Failure) {
      guard settingUp(descriptor) else { throw failure("cannot set the mode") }
      try Self.writeAll(bytes, to: descriptor, path: path)
      guard fsync(descriptor) == 0 else { throw failure("cannot write") }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    guard close(descriptor) == 0 else {
      let problem = failure("cannot write")
      unlink(temporary)
      throw problem
    }
    return Staged(temporary: temporary, file: file, path: path)
  }

  /// `.NAME.tmp-PID`: hidden, beside the target, one per process.
  static func temporaryName(of name: String, pid: pid_t) -> String { ".\(name).tmp-\(pid)" }

  /// Removes `.NAME.tmp-PID` (and `.NAME.old-PID`, `OutputFiles`' backups)
  /// in `directory` whose process no longer exists: a write killed between
  /// open and rename. Only this target's files, only ours by name, never a
  /// live process's.
  static func removeStaleTemporaries(of name: String, in directory: String) {
    let prefixes = [".\(name).tmp-", ".\(name).old-"]
    guard let stream = opendir(directory) else { return }
    defer { closedir(stream) }
    while let entry = readdir(stream) {
      let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard let prefix = prefixes.first(where: { entryName.hasPrefix($0) }),
        let pid = pid_t(entryName.dropFirst(prefix.count)), pid > 0
      else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + entryName) }
    }
  }

  /// The directory and last component of `path` (`.` when it has no slash).
  static func split(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
  }

  /// The real path of an existing file (links resolved).
  private func resolved(_ path: String) throws(Failure) -> String {
    guard let real = realpath(path, nil) else { throw failure("cannot resolve") }
    defer { free(real) }
    return String(cString: real)
  }

  /// Where a chain of links ending nowhere points (nil when `path` is not a link).
  private func danglingLinkTarget(_ path: String) throws(Failure) -> String? {
    var current = path
    var followed = 0
    while true {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return followed == 0 ? nil : current }
      followed += 1
      guard followed <= 40 else { throw Failure(message: "\(path): cannot create: too many levels of symbolic links") }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count > 0 else { throw failure("cannot read the link") }
      let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = link.hasPrefix("/") ? link : Self.split(current).directory + "/" + link
    }
  }

  /// Throws unless `file`'s directory exists and this process may create files in it.
  private func requireWritableDirectory(of file: String) throws(Failure) {
    let directory = Self.split(file).directory
    var info = stat()
    guard stat(directory, &info) == 0 else { throw failure("cannot create") }
    guard info.st_mode & S_IFMT == S_IFDIR else { throw Failure(message: "\(path): cannot create: \(directory) is not a directory") }
    guard access(directory, W_OK | X_OK) == 0 else { throw failure("cannot create") }
  }

  /// Writes every byte, retrying on `EINTR` and short writes.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return systemWrite(descriptor, base + offset, buffer.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { throw Failure(message: "\(path): cannot write: \(lastError())") }
      offset += written
    }
  }

  private func failure(_ what: String) -> Failure { Failure(message: "\(path): \(what): \(Self.lastError())") }

  static func lastError() -> String { String(cString: strerror(errno)) }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Musl)
  private let systemWrite = Musl.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
