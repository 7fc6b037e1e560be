#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Several outputs written all or nothing (`report --per-worker DIR`).
///
/// Every file is staged first (`OutputFile.stage`: a complete, flushed
/// temporary beside its target): a failure there (a name too long, a full
/// disk, no permission) removes the temporaries and changes nothing. Then
/// each replaced file is kept as a hard link `.NAME.old-PID`, the
/// temporaries are renamed over their targets, and the links removed; if a
/// rename fails, the files already renamed get their old content back (or
/// are removed when they are new). Each file keeps `OutputFile`'s rules
/// (links followed, mode kept, new files `0600`).
enum OutputFiles {
  /// Writes every `(path, bytes)`, all or nothing.
  static func write(_ files: [(path: String, bytes: [UInt8])]) throws(OutputFile.Failure) {
    var staged: [OutputFile.Staged] = []
    for file in files {
      do throws(OutputFile.Failure) {
        if let one = try OutputFile(path: file.path).stage(file.bytes) { staged.append(one) }
      } catch {
        for one in staged { one.discard() }
        throw error
      }
    }
    var backups: [String?] = []
    for one in staged {
      let (directory, name) = OutputFile.split(one.file)
      let backup = directory + "/.\(name).old-\(getpid())"
      unlink(backup)
      backups.append(link(one.file, backup) == 0 ? backup : nil)
    }
    for (position, one) in staged.enumerated() {
      do throws(OutputFile.Failure) {
        try one.commit()
      } catch {
        for earlier in 0..<position {
          if let backup = backups[earlier] { rename(backup, staged[earlier].file) } else { unlink(staged[earlier].file) }
        }
        for later in staged[(position + 1)...] { later.discard() }
        for backup in backups[position...].compactMap({ $0 }) { unlink(backup) }
        throw error
      }
    }
    for backup in backups.compactMap({ $0 }) { unlink(backup) }
  }
}
