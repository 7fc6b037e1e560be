import CZlib

/// zlib's deflate for the documents a week keeps whole (plans and scenarios).
///
/// JSON documents shrink about twenty times: a region week's scenario of
/// 14.5 MB is stored in 0.7 MB, which keeps a year of Wallonia's weeks well
/// under a gigabyte. The only user of `CZlib`.
enum Deflate {
  /// `bytes` compressed (zlib format, level 6).
  static func compress(_ bytes: [UInt8]) -> [UInt8] {
    var capacity = compressBound(uLong(bytes.count))
    var output = [UInt8](repeating: 0, count: Int(capacity))
    let status = output.withUnsafeMutableBufferPointer { out in
      bytes.withUnsafeBufferPointer { input in
        compress2(out.baseAddress, &capacity, input.baseAddress, uLong(input.count), 6)
      }
    }
    precondition(status == Z_OK, "zlib compress2 failed with \(status) although the buffer had compressBound's size")
    output.removeSubrange(Int(capacity)...)
    return output
  }

  /// The `size` bytes that `compressed` holds.
  /// - Throws: `OfficeError.invalid` if the data is damaged or not of that size.
  static func decompress(_ compressed: [UInt8], size: Int) throws(OfficeError) -> [UInt8] {
    var length = uLong(size)
    var output = [UInt8](repeating: 0, count: size)
    let status = output.withUnsafeMutableBufferPointer { out in
      compressed.withUnsafeBufferPointer { input in
        uncompress(out.baseAddress, &length, input.baseAddress, uLong(input.count))
      }
    }
    guard status == Z_OK, Int(length) == size else {
      throw OfficeError.invalid(["a stored document is damaged (zlib status \(status), \(length) of \(size) bytes)"])
    }
    return output
  }
}
