#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser
@_spi(Benchmarks) import Matcher

/// `match-cli generate`: write a realistic generated week (`ale-scenario/1`).
///
/// Deterministic: the same profile, seed and options give the same bytes.
/// Bad options exit 64 (found in `validate()`, all reported at once); an
/// output file that cannot be written exits 73 and leaves nothing behind.
struct GenerateCommand: ParsableCommand, OutputConfigurable {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a realistic generated week (ale-scenario/1).",
    discussion: """
      Generates one week of Walloon ALEs for studies and benchmarks: \
      agencies on real Walloon communes, workers (about 16 % RIS, a few \
      ineligible), households, schools, nonprofits, communes and farms, \
      requests with windows, history pairs, a few records that must be \
      rejected and a few valid pins. The same profile, seed and options \
      always give the same bytes. What is modelled and why: docs/generator.md.

      Profiles:
        ale     one rural agency (Ciney): 30 workers, 70 requests
        city    one city agency (Charleroi): 300 workers, 800 requests
        region  the 246 Walloon ALEs: 6 400 workers, 12 700 requests
        stress  region with cross-agency sharing (sameAgencyOnly: false)

      Examples:
        match-cli generate --profile ale --seed 1 -o ale-1.json
        match-cli generate --profile region --seed 1 --sharing \\
          --max-distance-km 20 -o region-shared-20km.json
        match-cli generate --profile city --seed 7 \\
          --week-start 2026-11-30 --demand-scale 1.5 \\
          --activity-demand elderly_companionship=2,gardening=0.5

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "the week was written"),
        (.usage, "bad command-line usage (unknown profile, not a Monday, ...)"),
        (.cannotCreate, "the output file cannot be written (none is left)"),
      ]))
      """)

  @Option(help: ArgumentHelp("The scale of the week.", valueName: "profile"))
  var profile: GeneratorProfile

  @Option(help: ArgumentHelp("Seed of every random draw (0 ... 2^64-1).", valueName: "n"))
  var seed: UInt64

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Write to this file (atomically) instead of standard output; - is standard output.", valueName: "file"))
  var outputFile: String?

  @Option(help: ArgumentHelp("The Monday the week starts on (default 2026-11-23); 2026-11-30 straddles two months.", valueName: "yyyy-mm-dd"))
  var weekStart: String?

  @Option(help: ArgumentHelp("Multiply the number of requests of every activity.", valueName: "x"))
  var demandScale: Double = 1

  @Option(help: ArgumentHelp("Per-activity multipliers of the number of requests, e.g. gardening=2,childcare=0.5.", valueName: "id=x,..."))
  var activityDemand: String?

  @Option(help: ArgumentHelp("policy.defaultMaxDistanceKm: one-way road km a worker is sent at most.", valueName: "km"))
  var maxDistanceKm: Double?

  @Flag(
    inversion: .prefixedNo,
    help: "Let workers serve other agencies' users (policy.sameAgencyOnly: false), or not; default: the profile's.")
  var sharing: Bool?

  @OptionGroup var output: OutputOptions

  /// Largest multiplier accepted: beyond it even `ale` stops looking like one agency's week.
  static let maximumMultiplier = 50.0

  func validate() throws {
    var problems: [String] = []
    if let weekStart {
      if let day = Day(iso: weekStart) {
        if day.weekday != 1 { problems.append("--week-start \(weekStart) is not a Monday.") }
      } else {
        problems.append("--week-start \"\(weekStart)\" is not a date (YYYY-MM-DD).")
      }
    }
    if !demandScale.isFinite || demandScale < 0 || demandScale > Self.maximumMultiplier {
      problems.append("--demand-scale must be between 0 and \(Int(Self.maximumMultiplier)).")
    }
    if let activityDemand {
      do {
        _ = try Self.parseMultipliers(activityDemand)
      } catch {
        problems.append(error.message)
      }
    }
    if let maxDistanceKm, !maxDistanceKm.isFinite || maxDistanceKm <= 0 || maxDistanceKm > 10_000 {
      problems.append("--max-distance-km must be above 0 and at most 10000.")
    }
    if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
  }

  /// Parses `id=x,id=x`: known activity ids of the bundled catalog, each once, multipliers from 0.
  static func parseMultipliers(_ text: String) throws(ValidationError) -> [String: Double] {
    let catalog = BundledRules.rules.activities.map(\.id.rawValue)
    var result: [String: Double] = [:]
    var problems: [String] = []
    for item in text.split(separator: ",", omittingEmptySubsequences: false) {
      let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, let factor = Double(parts[1].trimmingSpaces), factor.isFinite, factor >= 0, factor <= maximumMultiplier else {
        problems.append("--activity-demand: \"\(item)\" is not activity=multiplier (a number from 0 to \(Int(maximumMultiplier))).")
        continue
      }
      let id = String(parts[0].trimmingSpaces)
      guard catalog.contains(id) else {
        problems.append("--activity-demand: \"\(id)\" is not an activity of the catalog (\(catalog.joined(separator: ", "))).")
        continue
      }
      guard result[id] == nil else {
        problems.append("--activity-demand: \(id) is given twice.")
        continue
      }
      result[id] = factor
    }
    if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    return result
  }

  func run() throws {
    let log = CLILogging.logger
    let monday = weekStart.flatMap { Day(iso: $0) } ?? GeneratorOptions.defaultWeekStart
    let options = GeneratorOptions(
      profile: profile, seed: seed, weekStart: monday, demandScale: demandScale,
      activityDemand: try activityDemand.map { try Self.parseMultipliers($0) } ?? [:],
      maxDistanceKm: maxDistanceKm, sharing: sharing)
    let clock = ContinuousClock()
    let started = clock.now
    let bytes = ScenarioGenerator.bytes(options)
    log.debug("generated \(profile.rawValue) seed \(seed): \(bytes.count) bytes in \(clock.now - started)")
    if bytes.count > Scenario.maximumFileBytes {
      log.warning("the week has \(bytes.count) bytes, more than the \(Scenario.maximumFileBytes) the loader reads; lower --demand-scale")
    }
    do {
      try OutputFile(path: outputFile ?? "-").write(bytes)
    } catch {
      CLILogging.problem("match-cli: \(error.message)")
      throw ExitCode.cannotCreate
    }
    log.debug("wrote \(outputFile ?? "standard output")")
  }
}

extension GeneratorProfile: ExpressibleByArgument {}

extension Substring {
  /// Without leading and trailing spaces.
  fileprivate var trimmingSpaces: Substring {
    var text = self
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return text
  }
}
