import Foundation

/// A study: scenario files × option sets, in one fixed order.
///
/// Runs are numbered `scenarioIndex × optionSets.count + optionIndex`, with
/// scenarios sorted by file name and option sets in manifest (then
/// command-line) order, so that every machine of a sharded study agrees on
/// which index is which run without talking to the others.
package struct BatchStudy: Sendable {
  /// Scenario files, sorted by name (`name` is the file name without `.json`).
  package var scenarios: [ScenarioFile]
  package var optionSets: [BatchOptionSet]

  /// One scenario file of the study.
  package struct ScenarioFile: Hashable, Sendable {
    /// The file name without `.json`: the `scenario` column and the plan file's prefix.
    package var name: String
    package var path: String
  }

  /// One (scenario, option set) pair and its place in the study.
  package struct Run: Hashable, Sendable {
    package var index: Int
    package var scenario: ScenarioFile
    package var optionSet: BatchOptionSet
    /// `<scenario>__<optionset>.json`, under `OUTDIR/plans/`.
    package var planFileName: String { "\(scenario.name)__\(optionSet.name).json" }
  }

  /// A study of the given files (sorted here) and option sets (`default` if none).
  /// - Throws: `BatchError` for duplicate scenario or option-set names, or bad option sets.
  package init(scenarioPaths: [String], optionSets: [BatchOptionSet]) throws(BatchError) {
    var problems: [String] = []
    let scenarios = scenarioPaths.map { path in
      let file = path.split(separator: "/").last.map(String.init) ?? path
      return ScenarioFile(name: file.hasSuffix(".json") ? String(file.dropLast(5)) : file, path: path)
    }.sorted { ($0.name, $0.path) < ($1.name, $1.path) }
    for (a, b) in zip(scenarios, scenarios.dropFirst()) where a.name == b.name {
      problems.append("scenarios: \(a.path) and \(b.path) have the same name \"\(a.name)\"")
    }
    if scenarios.isEmpty { problems.append("scenarios: the study has no scenario") }
    let sets = optionSets.isEmpty ? [BatchOptionSet.standard] : optionSets
    var seen = Set<String>()
    for (i, set) in sets.enumerated() {
      problems += set.problems(at: "optionSets[\(i)]")
      if !seen.insert(set.name).inserted { problems.append("optionSets[\(i)].name: \"\(set.name)\" is used twice") }
    }
    guard problems.isEmpty else { throw BatchError(problems: problems) }
    self.scenarios = scenarios
    self.optionSets = sets
  }

  /// Every run of the study, in index order.
  package var runs: [Run] {
    scenarios.enumerated().flatMap { s, scenario in
      optionSets.enumerated().map { o, set in Run(index: s * optionSets.count + o, scenario: scenario, optionSet: set) }
    }
  }

  /// The `*.json` files of a directory (not `*.plan.json`), as paths under it.
  /// - Throws: `BatchError` (unreadable) if the directory cannot be listed.
  package static func scenarioFiles(in directory: String) throws(BatchError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw BatchError(problems: ["\(directory): cannot list the directory"], isUnreadable: true)
    }
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".plan.json") && !$0.hasPrefix(".") }.sorted().map { base + "/" + $0 }
  }

  /// Reads a manifest (`ale-batch/1`, docs/research.md), paths relative to its directory.
  ///
  /// ```json
  /// {"format": "ale-batch/1",
  ///  "scenarios": ["weeks/ale-1.json"], "directory": "weeks",
  ///  "optionSets": [{"name": "d20", "solver": "mip", "timeLimit": 10,
  ///                  "mipGap": 0.005, "policy": {"defaultMaxDistanceKm": 20}}]}
  /// ```
  /// `scenarios` and `directory` may both be given (their files are joined);
  /// `extraOptionSets` (from the command line) come after the manifest's.
  /// - Throws: `BatchError` listing every problem with its path.
  package static func manifest(_ bytes: [UInt8], at path: String, extraOptionSets: [BatchOptionSet] = []) throws(BatchError) -> BatchStudy {
    let root: JSONValue
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw BatchError(problems: ["\(path): not JSON: \(error.description)"])
    }
    guard case .object(let object) = root else { throw BatchError(problems: ["\(path): the manifest must be an object"]) }
    let base = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) + "/" : ""
    func resolve(_ relative: String) -> String { relative.hasPrefix("/") ? relative : base + relative }
    var problems: [String] = []
    for member in object.members where !["format", "scenarios", "directory", "optionSets"].contains(member.key) {
      problems.append("\(member.key): unknown key (format, scenarios, directory, optionSets)")
    }
    if let format = object["format"], format != .string("ale-batch/1") { problems.append("format: must be \"ale-batch/1\"") }
    var files: [String] = []
    if let scenarios = object["scenarios"] {
      if case .array(let items) = scenarios {
        for (i, item) in items.enumerated() {
          if case .string(let file) = item { files.append(resolve(file)) } else { problems.append("scenarios[\(i)]: must be a path") }
        }
      } else {
        problems.append("scenarios: must be an array of paths")
      }
    }
    if let directory = object["directory"] {
      if case .string(let directory) = directory {
        do throws(BatchError) { files += try scenarioFiles(in: resolve(directory)) } catch { problems += error.problems }
      } else {
        problems.append("directory: must be a path")
      }
    }
    var sets: [BatchOptionSet] = []
    if let optionSets = object["optionSets"] {
      if case .array(let items) = optionSets {
        for (i, item) in items.enumerated() {
          let (set, found) = optionSet(item, at: "optionSets[\(i)]")
          problems += found
          if let set { sets.append(set) }
        }
      } else {
        problems.append("optionSets: must be an array of objects")
      }
    }
    guard problems.isEmpty else { throw BatchError(problems: problems) }
    return try BatchStudy(scenarioPaths: files, optionSets: sets + extraOptionSets)
  }

  private static func optionSet(_ value: JSONValue, at path: String) -> (BatchOptionSet?, [String]) {
    guard case .object(let object) = value else { return (nil, ["\(path): must be an object"]) }
    var problems: [String] = []
    for member in object.members where !["name", "solver", "timeLimit", "mipGap", "policy"].contains(member.key) {
      problems.append("\(path).\(member.key): unknown key (name, solver, timeLimit, mipGap, policy)")
    }
    guard case .string(let name) = object["name"] else { return (nil, problems + ["\(path).name: required, a string"]) }
    var set = BatchOptionSet(name: name)
    switch object["solver"] {
    case nil: break
    case .string(let text)? where SolveOptions.Method(rawValue: text) != nil: set.method = SolveOptions.Method(rawValue: text)
    default: problems.append("\(path).solver: must be \"mip\" or \"greedy\"")
    }
    switch object["timeLimit"] {
    case nil: break
    case .number(let seconds)?: set.timeLimit = seconds
    default: problems.append("\(path).timeLimit: must be a number of seconds")
    }
    switch object["mipGap"] {
    case nil: break
    case .number(let gap)?: set.mipGap = gap
    default: problems.append("\(path).mipGap: must be a number")
    }
    switch object["policy"] {
    case nil: break
    case .object(let policy)?: set.policy = policy
    default: problems.append("\(path).policy: must be an object of policy keys")
    }
    return (set, problems)
  }
}

/// A part of a study for one machine: the runs whose index mod `count` is `index`.
package struct BatchShard: Hashable, Sendable, CustomStringConvertible {
  package var index: Int
  package var count: Int

  /// The whole study.
  package static let all = BatchShard(index: 0, count: 1)

  /// Parses `i/n` with 0 ≤ i < n.
  package init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (0..<n).contains(i) else { return nil }
    self.init(index: i, count: n)
  }

  package init(index: Int, count: Int) {
    precondition(count >= 1 && (0..<count).contains(index), "shard \(index)/\(count) is not 0 ≤ i < n")
    self.index = index
    self.count = count
  }

  /// Whether run number `run` belongs to this shard.
  package func contains(_ run: Int) -> Bool { run % count == index }

  package var description: String { "\(index)/\(count)" }
}
