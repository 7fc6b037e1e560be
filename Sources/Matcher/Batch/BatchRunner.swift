import Dispatch
import Foundation
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a study (or one shard of it) into an output directory, resumably.
///
/// Layout: `OUTDIR/plans/<scenario>__<optionset>.json` (the validated plan),
/// `OUTDIR/plans/<scenario>__<optionset>.metrics.json` (candidates, peak
/// memory), `OUTDIR/results.csv` and `OUTDIR/results.md`. Every file is
/// written whole (temporary file, then rename), so an interrupted batch
/// leaves only finished runs behind. A run whose plan exists and passes
/// `PlanValidator` against its (policy-adjusted) scenario is not solved
/// again; its row is rebuilt from the files. The tables are rewritten in
/// full at the end, in run order, from every plan in `plans/` — also those
/// of other shards — so the last shard to finish (or any rerun) writes the
/// table of everything done so far.
package struct BatchRunner: Sendable {
  package var study: BatchStudy
  package var outputDirectory: String
  /// Runs solved at the same time; each run's solver uses one job.
  package var jobs: Int = 1
  package var shard: BatchShard = .all
  /// Seconds per run for option sets without their own `timeLimit`.
  package var defaultTimeLimit: Double = 60
  /// Progress lines (one per run), e.g. to standard error.
  package var log: @Sendable (String) -> Void = { _ in }
  /// Polled between runs and during solves: true stops the batch (signals).
  package var shouldStop: (@Sendable () -> Bool)?
  /// Writes one file whole (plans, metrics, tables). `match-cli` gives its
  /// own writer (links followed, modes kept, new files 0600); the default
  /// is a temporary file beside the target, then a rename.
  package var write: @Sendable (_ bytes: [UInt8], _ path: String) throws -> Void = BatchRunner.writeAtomically

  package init(study: BatchStudy, outputDirectory: String) {
    self.study = study
    self.outputDirectory = outputDirectory
  }

  /// What a batch did.
  package struct Outcome: Sendable {
    /// Every row of the tables written (all shards' finished runs), in run order.
    package var rows: [BatchRow]
    /// Runs of this shard solved now.
    package var solved: Int
    /// Runs whose plan was already there (any shard), rows rebuilt.
    package var resumed: Int
    /// Runs with no plan yet: other shards' runs, and this shard's runs
    /// stopped by `shouldStop` (left out of the tables).
    package var pending: Int
    /// Runs whose scenario was refused, whose plan failed validation or could not be written.
    package var failed: [BatchRow]
  }

  /// Runs the shard's missing runs and rewrites the tables.
  /// - Throws: `BatchError` (unreadable) if the output directory or a table cannot be written.
  package func run() throws(BatchError) -> Outcome {
    let plans = outputDirectory + "/plans"
    do {
      try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
    } catch {
      throw BatchError(problems: ["\(plans): cannot create the directory"], isUnreadable: true)
    }
    let runs = study.runs
    let rows = SlotStore<RunResult>(count: runs.count)
    let scenarios = ScenarioCache()
    let next = IndexCounter()
    let total = runs.filter { shard.contains($0.index) }.count
    let done = IndexCounter()
    let workers = max(1, min(jobs, runs.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let position = next.take(below: runs.count) {
        let run = runs[position]
        if shouldStop?() == true { continue }
        rows.set(position, perform(run, plans: plans, scenarios: scenarios, mine: shard.contains(run.index), progress: { done.take(below: .max).map { $0 + 1 } ?? 0 }, total: total))
      }
    }
    let outcome = rows.outcome
    do {
      try write(Array(try BatchTable.csv(outcome.rows).utf8), outputDirectory + "/results.csv")
      try write(Array(BatchTable.markdown(outcome.rows).utf8), outputDirectory + "/results.md")
    } catch {
      throw BatchError(problems: ["\(outputDirectory): cannot write the results tables: \(error)"], isUnreadable: true)
    }
    return outcome
  }

  /// One run: resume from its plan, solve it (if this shard's), or leave it pending.
  private func perform(_ run: BatchStudy.Run, plans: String, scenarios: ScenarioCache, mine: Bool, progress: () -> Int, total: Int) -> RunResult {
    let planPath = plans + "/" + run.planFileName
    let metricsPath = planPath.dropLast(".json".count) + ".metrics.json"
    let existing = FileManager.default.contents(atPath: planPath).map { [UInt8]($0) }
    guard mine || existing != nil else { return .pending }
    let label = "\(run.scenario.name) × \(run.optionSet.name)"
    let scenario: Scenario
    do {
      scenario = try scenarios.scenario(run.scenario.path, policy: run.optionSet.policy)
    } catch {
      log("\(label): the scenario is refused: \(error.description.split(separator: "\n").first ?? "")")
      return .failed(BatchRow(index: run.index, scenario: run.scenario.name, options: run.optionSet.name, status: "refused"))
    }
    if let problem = scenario.nothingToPlan {
      // An empty plan would read optimal, 100 % covered: a refused run instead.
      log("\(label): the scenario is refused: \(problem)")
      return .failed(BatchRow(index: run.index, scenario: run.scenario.name, options: run.optionSet.name, status: "refused"))
    }
    if let existing, let plan = try? Plan.decode(existing), PlanValidator(scenario: scenario).violations(of: plan).isEmpty {
      let metrics = FileManager.default.contents(atPath: String(metricsPath)).flatMap { BatchMetrics([UInt8]($0)) }
      return .resumed(BatchRow(run: run, plan: plan, metrics: metrics))
    }
    guard mine else { return .pending }

    var options = SolveOptions()
    options.method = run.optionSet.method ?? .mip
    options.timeLimit = run.optionSet.timeLimit ?? defaultTimeLimit
    options.mipGap = run.optionSet.mipGap
    options.jobs = 1
    options.shouldStop = shouldStop
    let report = Solver(options: options).solve(scenario)
    // A run cut short by a signal is not written: its plan would pass for a
    // finished one on resume. The rerun solves it in full.
    if shouldStop?() == true { return .pending }
    let violations = PlanValidator(scenario: scenario).violations(of: report.plan)
    guard violations.isEmpty else {
      log("\(label): internal error: the plan failed validation (\(violations.count) violations); not written")
      return .failed(BatchRow(index: run.index, scenario: run.scenario.name, options: run.optionSet.name, status: "invalid"))
    }
    let metrics = BatchMetrics(candidates: report.candidates, peakRSSMiB: Self.peakRSSMiB())
    do {
      try write(report.plan.jsonBytes, planPath)
      try write(JSONWriter.bytes(metrics.json), String(metricsPath))
    } catch {
      log("\(label): cannot write \(planPath): \(error)")
      return .failed(BatchRow(index: run.index, scenario: run.scenario.name, options: run.optionSet.name, status: "failed"))
    }
    let row = BatchRow(run: run, plan: report.plan, metrics: metrics)
    log("[\(progress())/\(total)] \(label): \(report.plan.status.rawValue), coverage \(report.plan.summary.weightedCoverage), \(report.plan.solver.seconds) s")
    return .solved(row)
  }

  /// The process's peak resident set so far, MiB (Linux `ru_maxrss` is in KiB, macOS in bytes).
  static func peakRSSMiB() -> Double {
    var usage = rusage()
    #if canImport(Glibc) || canImport(Musl)
      let who = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
      let who = RUSAGE_SELF
    #endif
    guard getrusage(who, &usage) == 0 else { return 0 }
    #if canImport(Darwin)
      return (Double(usage.ru_maxrss) / 1_048_576 * 10).rounded() / 10
    #else
      return (Double(usage.ru_maxrss) / 1024 * 10).rounded() / 10
    #endif
  }

  /// Writes a file whole: a temporary file beside it, then a rename.
  @Sendable static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}

/// What happened to one run.
enum RunResult: Sendable {
  case solved(BatchRow)
  case resumed(BatchRow)
  case failed(BatchRow)
  case pending
}

extension SlotStore where Value == RunResult {
  /// The rows and counts of the runs, read once at the end.
  var outcome: BatchRunner.Outcome {
    var outcome = BatchRunner.Outcome(rows: [], solved: 0, resumed: 0, pending: 0, failed: [])
    for result in all {
      switch result {
      case .solved(let row)?: outcome.rows.append(row); outcome.solved += 1
      case .resumed(let row)?: outcome.rows.append(row); outcome.resumed += 1
      case .failed(let row)?: outcome.rows.append(row); outcome.failed.append(row)
      case .pending?, nil: outcome.pending += 1
      }
    }
    return outcome
  }
}

/// Scenario files read once per batch (bytes), loaded per option set's policy.
final class ScenarioCache: @unchecked Sendable {
  private let lock = NSLock()
  private var bytes: [String: [UInt8]] = [:]

  /// The scenario at `path` with `policy` merged into its `policy` object before loading.
  ///
  /// Merged into the JSON, not the loaded value, because the loader
  /// resolves policy defaults into the records (a worker without a distance
  /// limit of their own gets `defaultMaxDistanceKm`) and classifies them.
  func scenario(_ path: String, policy: JSONObject) throws(ScenarioError) -> Scenario {
    lock.lock()
    var data = bytes[path]
    if data == nil {
      data = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
      bytes[path] = data
    }
    lock.unlock()
    guard let data else {
      throw ScenarioError(issues: [ScenarioIssue(.notJSON, at: .root, "\(path): cannot read the file")])
    }
    guard !policy.members.isEmpty else { return try Scenario.load(data) }
    guard case .object(var root)? = try? JSONParser.parse(data) else { return try Scenario.load(data) }
    var current = JSONObject()
    if case .object(let existing)? = root["policy"] { current = existing }
    root = root.merging(path: ["policy"], .object(current.merging(policy)))
    return try Scenario.load(JSONWriter.bytes(.object(root)))
  }
}
