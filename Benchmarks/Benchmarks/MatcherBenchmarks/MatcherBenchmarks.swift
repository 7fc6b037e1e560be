import Benchmark
@_spi(Benchmarks) import Matcher

/// The matcher's stages on generated weeks: the public API, plus
/// `SolverStages` (SPI) for candidate generation and model build alone.
///
/// Each week is generated and loaded once, outside the measured closures
/// (the setup), and every result goes to `blackHole` so the optimiser keeps
/// the work. Families, per profile (`ale`, `city`; seed 1):
///
/// - `load/P`: `Scenario.load` of the week's bytes (decoding and checks).
/// - `candidates/P`: candidate enumeration and the start reduction.
/// - `model/P`: components and each one's integer program (the matrix GLPK
///   is given), from candidates made in the setup.
/// - `export/P`: `Solver.writeModel` to /dev/null, what `--write-model`
///   costs: candidates, model and GLPK's MPS writer.
/// - `greedy/P`: `SolveOptions.method = .greedy`: candidates + greedy.
/// - `solve/P`: the full MIP solve, one job (as `match-cli batch` runs it);
///   `city` at a 30 s limit, the target.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 1,
    scalingFactor: .one,
    maxDuration: .seconds(10),
    maxIterations: 50,
    thresholds: [.wallClock: .relaxed, .mallocCountTotal: .default]
  )

  for profile in [GeneratorProfile.ale, .city] {
    let bytes = ScenarioGenerator.bytes(GeneratorOptions(profile: profile, seed: 1))
    let scenario: Scenario
    do {
      scenario = try Scenario.load(bytes)
    } catch {
      preconditionFailure("the generated \(profile.rawValue) week does not load: \(error)")
    }
    let heavy = profile == .city
    let slow = Benchmark.Configuration(warmupIterations: 0, maxDuration: .seconds(60), maxIterations: heavy ? 3 : 20)

    Benchmark("load/\(profile.rawValue)") { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(try Scenario.load(bytes))
      }
    }

    Benchmark("candidates/\(profile.rawValue)") { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(SolverStages(scenario).candidateCount)
      }
    }

    let stages = SolverStages(scenario)
    Benchmark("model/\(profile.rawValue)") { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(stages.model())
      }
    }

    Benchmark("export/\(profile.rawValue)", configuration: heavy ? slow : Benchmark.defaultConfiguration) { benchmark in
      let solver = Solver(options: SolveOptions())
      for _ in benchmark.scaledIterations {
        blackHole(try solver.writeModel(scenario, to: "/dev/null"))
      }
    }

    Benchmark("greedy/\(profile.rawValue)") { benchmark in
      var options = SolveOptions()
      options.method = .greedy
      options.jobs = 1
      let solver = Solver(options: options)
      for _ in benchmark.scaledIterations {
        blackHole(solver.solve(scenario))
      }
    }

    Benchmark("solve/\(profile.rawValue)", configuration: slow) { benchmark in
      var options = SolveOptions()
      options.timeLimit = heavy ? 30 : 10
      options.jobs = 1
      let solver = Solver(options: options)
      for _ in benchmark.scaledIterations {
        blackHole(solver.solve(scenario))
      }
    }
  }
}
