import Foundation

// embed-json OUTPUT.swift FILE.json...
//
// Writes `enum EmbeddedResources` with one raw string constant per file,
// named for the file without `.json`, holding its bytes exactly, and `all`
// by name. Used by the EmbedResources build plugin (and scripts/fuzz.sh).

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first, arguments.count >= 2 else {
  FileHandle.standardError.write(Data("usage: embed-json OUTPUT.swift FILE.json...\n".utf8))
  exit(64)
}

var text = """
  // Generated at build time by embed-json (Plugins/EmbedJSON) from the
  // target's Resources/*.json: do not edit, edit the JSON.

  /// The target's JSON resources, compiled into the binary (no bundle to
  /// find at run time), byte for byte.
  enum EmbeddedResources {

  """
var names: [String] = []
for path in arguments.dropFirst() {
  guard let data = FileManager.default.contents(atPath: path), let content = String(data: data, encoding: .utf8) else {
    FileHandle.standardError.write(Data("embed-json: cannot read \(path) as UTF-8\n".utf8))
    exit(66)
  }
  guard !content.contains("\r") else {
    FileHandle.standardError.write(Data("embed-json: \(path) has a carriage return, which a Swift literal would not keep\n".utf8))
    exit(65)
  }
  let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  guard let first = name.unicodeScalars.first, first.properties.isAlphabetic,
    name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) })
  else {
    FileHandle.standardError.write(Data("embed-json: \(name) is not a Swift identifier\n".utf8))
    exit(65)
  }
  // More #s than any run of # in the content: nothing in it can end the literal or interpolate.
  var longest = 0
  var run = 0
  for character in content {
    run = character == "#" ? run + 1 : 0
    longest = max(longest, run)
  }
  let hashes = String(repeating: "#", count: longest + 1)
  text += "  /// `\(name).json`.\n"
  text += "  static let \(name) = \(hashes)\"\"\"\n\(content)\n\"\"\"\(hashes)\n\n"
  names.append(name)
}
text += "  /// Every constant by file name without `.json`.\n"
text += "  static let all: [String: String] = [" + names.map { "\"\($0)\": \($0)" }.joined(separator: ", ") + "]\n}\n"
do {
  try Data(text.utf8).write(to: URL(fileURLWithPath: output))
} catch {
  FileHandle.standardError.write(Data("embed-json: cannot write \(output): \(error)\n".utf8))
  exit(73)
}
