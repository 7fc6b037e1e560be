import ArgumentParser
import Matcher

/// `match-cli batch`: solve scenarios × option sets into plans and a results table.
///
/// The work is `Matcher.BatchRunner`'s; this type parses, checks the
/// options all at once in `validate()`, reports progress on stderr and
/// turns failures into exit statuses.
struct BatchCommand: ParsableCommand, OutputConfigurable {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Solve scenarios × option sets; write plans and a results table (CSV, Markdown).",
    discussion: """
      Runs every scenario of DIR (its *.json files, not *.plan.json) or of \
      a manifest (ale-batch/1, docs/research.md) with every option set, and \
      writes OUTDIR/plans/<scenario>__<optionset>.json (each validated, then \
      written atomically), OUTDIR/results.csv and OUTDIR/results.md (one row \
      per run: status, weighted coverage, hours, travel, continuity, empty \
      seats by reason, components, candidates, seconds, peak memory).

      Option sets (--options-set NAME=KEY=VALUE,...; repeatable, after the \
      manifest's): solver=mip|greedy, time-limit=S, mip-gap=G, and policy \
      keys merged into the scenario's policy before it is loaded \
      (defaultMaxDistanceKm=20, sameAgencyOnly=false, objective.travel=0.2). \
      None given: one set named "default".

      Runs are numbered in a fixed order: scenario file names sorted, then \
      option sets in order. --jobs N solves N runs at once on this machine \
      (each run's solver uses one thread). --shard i/n takes the runs whose \
      number mod n is i, so a Slurm job array or GNU parallel splits a study \
      with no coordination; the tables list every run whose plan exists, so \
      the last shard (or a rerun) writes the whole table. A run whose plan \
      already exists and validates is not solved again: an interrupted \
      batch resumes where it stopped.

      Examples:
        match-cli batch weeks/ -o study --options-set d15=defaultMaxDistanceKm=15 --options-set d20=defaultMaxDistanceKm=20
        match-cli batch --manifest study.json -o study --jobs 2 --time-limit 30
        match-cli batch --manifest study.json -o study --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "every run of the shard has a plan"),
        (.usage, "bad command-line usage or a bad manifest / option set"),
        (.dataError, "a scenario was refused (its row says refused; the other runs went on)"),
        (.noInput, "the directory or manifest cannot be read"),
        (.internalError, "a plan failed validation (not written; its row says invalid)"),
        (.cannotCreate, "OUTDIR, a plan or a table cannot be written"),
        (.interrupted, "interrupted (SIGINT, SIGTERM); finished runs are kept, rerun to resume"),
      ]))
      """)

  @Argument(help: ArgumentHelp("A directory of scenarios (ale-scenario/1 *.json).", valueName: "dir"))
  var directory: String?

  @Option(help: ArgumentHelp("A study manifest (ale-batch/1) instead of a directory.", valueName: "file.json"))
  var manifest: String?

  @Option(name: .customLong("options-set"), parsing: .singleValue, help: ArgumentHelp("An option set NAME=KEY=VALUE,... (repeatable).", valueName: "name=args"))
  var optionSets: [String] = []

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The study's output directory (created).", valueName: "outdir"))
  var outputDirectory: String

  @Option(help: ArgumentHelp("Runs solved at the same time.", valueName: "n"))
  var jobs: Int = 1

  @Option(help: ArgumentHelp("Only the runs whose number mod n is i (0 ≤ i < n).", valueName: "i/n"))
  var shard: String = "0/1"

  @Option(help: ArgumentHelp("Seconds per run, for option sets without their own.", valueName: "seconds"))
  var timeLimit: Double = 60

  @OptionGroup var output: OutputOptions

  func validate() throws {
    var problems: [String] = []
    if (directory == nil) == (manifest == nil) { problems.append("Give either a directory or --manifest FILE.json.") }
    if !(1...64).contains(jobs) { problems.append("--jobs must be between 1 and 64.") }
    if BatchShard(shard) == nil { problems.append("--shard must be i/n with 0 ≤ i < n.") }
    if !SolveOptions.timeLimitRange.contains(timeLimit) { problems.append(SolveOptions.timeLimitProblem("--time-limit")) }
    for text in optionSets {
      do throws(BatchError) { _ = try BatchOptionSet.parse(text) } catch { problems += error.problems }
    }
    guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n")) }
  }

  func run() throws {
    InterruptTrap.install()
    let manifestBytes = try manifest.map { try InputFile(path: $0).bytesOrExit(limit: 16 << 20) }
    let study: BatchStudy
    do throws(BatchError) {
      var extra: [BatchOptionSet] = []
      for text in optionSets { extra.append(try BatchOptionSet.parse(text)) }
      if let manifest, let bytes = manifestBytes {
        study = try BatchStudy.manifest(bytes, at: manifest, extraOptionSets: extra)
      } else {
        study = try BatchStudy(scenarioPaths: try BatchStudy.scenarioFiles(in: directory ?? "."), optionSets: extra)
      }
    } catch {
      for problem in error.problems { CLILogging.problem("match-cli batch: \(problem)") }
      throw error.isUnreadable ? ExitCode.noInput : ExitCode.usage
    }

    var runner = BatchRunner(study: study, outputDirectory: outputDirectory)
    runner.jobs = jobs
    runner.shard = BatchShard(shard) ?? .all
    runner.defaultTimeLimit = timeLimit
    runner.shouldStop = InterruptTrap.isInterrupted
    // The same writer as every other command: links followed, modes kept, new files 0600.
    runner.write = { bytes, path in
      do throws(OutputFile.Failure) { try OutputFile(path: path).write(bytes) } catch { throw BatchWriteFailure(message: error.message) }
    }
    let quiet = output.quiet
    runner.log = { line in if !quiet { CLILogging.report("match-cli batch: " + line) } }
    let outcome: BatchRunner.Outcome
    do throws(BatchError) {
      outcome = try runner.run()
    } catch {
      for problem in error.problems { CLILogging.problem("match-cli batch: \(problem)") }
      throw ExitCode.cannotCreate
    }
    if !quiet {
      CLILogging.report("match-cli batch: \(outcome.solved) solved, \(outcome.resumed) resumed, \(outcome.pending) pending (other shards, or stopped), \(outcome.failed.count) failed; tables in \(outputDirectory)/results.{csv,md}")
      Console.out(BatchTable.markdown(outcome.rows).split(separator: "\n").joined(separator: "\n"))
    }
    if InterruptTrap.signal != nil { throw ExitCode.interrupted }
    let statuses = Set(outcome.failed.map(\.status))
    if statuses.contains("invalid") { throw ExitCode.internalError }
    if statuses.contains("failed") { throw ExitCode.cannotCreate }
    if statuses.contains("refused") { throw ExitCode.dataError }
  }
}

/// `OutputFile`'s failure as the batch runner reports it.
struct BatchWriteFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
