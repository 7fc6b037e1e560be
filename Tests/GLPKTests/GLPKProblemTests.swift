import Foundation
import Testing

import GLPK

/// Tests of the GLPK wrapper: results, captured output, fatal-error recovery,
/// callbacks, stopping, thread safety and MPS export.
///
/// Every test body is synchronous on purpose: a `GLPKProblem` must stay on
/// the thread that created it, and a synchronous body never changes thread.
@Suite struct GLPKProblemTests {

  // MARK: Builders

  /// `max/min c·x` s.t. `A x <= capacities`, with dense `A` (one row per capacity).
  static func packing(
    objective: [Double], rows: [[Double]], capacities: [Double], kind: ColumnKind = .binary,
    maximize: Bool = true, upper: Double = 1
  ) throws -> GLPKProblem {
    var program = LinearProgram(maximize: maximize)
    let n = objective.count
    program.addColumns(
      kinds: Array(repeating: kind, count: n), lower: Array(repeating: 0, count: n),
      upper: Array(repeating: upper, count: n), objective: objective,
      names: (0..<n).map { "x\($0)" })
    program.addRows(capacities.map { .upper($0) }, names: capacities.indices.map { "cap\($0)" })
    var r: [Int32] = [], c: [Int32] = [], v: [Double] = []
    for (i, row) in rows.enumerated() {
      for (j, a) in row.enumerated() where a != 0 {
        r.append(Int32(i)); c.append(Int32(j)); v.append(a)
      }
    }
    program.addEntries(rows: r, columns: c, values: v)
    return try GLPKProblem(program, name: "packing")
  }

  /// The brief's 3-item example: optimum 9 at (1, 1, 0).
  static func smallKnapsack() throws -> GLPKProblem {
    try packing(objective: [5, 4, 3], rows: [[2, 3, 1], [4, 1, 2], [3, 4, 2]], capacities: [5, 11, 8])
  }

  /// Deterministic pseudo-random numbers (LCG), so every run builds the same instances.
  struct LCG {
    var state: UInt64
    mutating func next(_ range: ClosedRange<Int>) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return range.lowerBound + Int((state >> 33) % UInt64(range.count))
    }
  }

  /// A random 0/1 knapsack with one constraint and its optimum by brute force (n <= 16).
  static func randomKnapsack(seed: UInt64, n: Int = 12) -> (values: [Double], weights: [Double], capacity: Double, optimum: Double) {
    var rng = LCG(state: seed)
    let values = (0..<n).map { _ in Double(rng.next(10...60)) }
    let weights = (0..<n).map { _ in Double(rng.next(5...40)) }
    let capacity = (weights.reduce(0, +) / 2).rounded(.down)
    var best = 0.0
    for mask in 0..<(1 << n) {
      var w = 0.0, v = 0.0
      for j in 0..<n where mask & (1 << j) != 0 { w += weights[j]; v += values[j] }
      if w <= capacity { best = max(best, v) }
    }
    return (values, weights, capacity, best)
  }

  /// A market-split instance (Cornuéjols–Dawande): tiny but very hard for branch and bound.
  /// Minimise total slack of `Σ a_ij x_j + s⁺_i − s⁻_i = b_i`; GLPK cannot prove optimality quickly.
  static func marketSplit(seed: UInt64 = 7, m: Int = 4, n: Int = 34) throws -> GLPKProblem {
    var rng = LCG(state: seed)
    var program = LinearProgram()
    program.addColumns(
      kinds: Array(repeating: .binary, count: n) + Array(repeating: .continuous, count: 2 * m),
      lower: Array(repeating: 0, count: n + 2 * m),
      upper: Array(repeating: 1, count: n) + Array(repeating: .infinity, count: 2 * m),
      objective: Array(repeating: 0, count: n) + Array(repeating: 1, count: 2 * m), names: nil)
    var r: [Int32] = [], c: [Int32] = [], v: [Double] = []
    var rhs: [RowBound] = []
    for i in 0..<m {
      var total = 0.0
      for j in 0..<n {
        let a = Double(rng.next(0...99))
        total += a
        if a != 0 { r.append(Int32(i)); c.append(Int32(j)); v.append(a) }
      }
      r.append(Int32(i)); c.append(Int32(n + 2 * i)); v.append(1)
      r.append(Int32(i)); c.append(Int32(n + 2 * i + 1)); v.append(-1)
      rhs.append(.fixed((total / 2).rounded(.down)))
    }
    program.addRows(rhs)
    program.addEntries(rows: r, columns: c, values: v)
    return try GLPKProblem(program, name: "market split")
  }

  /// Thread-safe counter for closures the solver or other threads call.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() { lock.lock(); value += 1; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return value }
  }

  /// Thread-safe list of failure descriptions.
  final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
  }

  /// A problem with its known optimum and an optimal solution.
  struct Instance: ~Copyable {
    var problem: GLPKProblem
    let optimum: Double
    let solution: [Double]
  }

  // MARK: Results

  @Test func tinyLPSolvedExactly() throws {
    // max 3x + 2y  s.t.  x + y <= 4,  x + 3y <= 6,  x <= 3  →  x = 3, y = 1, objective 11.
    var program = LinearProgram(maximize: true)
    program.addColumns(
      kinds: [.continuous, .continuous], lower: [0, 0], upper: [3, .infinity], objective: [3, 2],
      names: ["x", "y"])
    program.addRows([.upper(4), .upper(6)], names: ["a", "b"])
    program.addEntries(rows: [0, 0, 1, 1], columns: [0, 1, 0, 1], values: [1, 1, 1, 3])
    let problem = try GLPKProblem(program, name: "lp")
    let result = try problem.solve(MIPOptions())
    #expect(result.status == .optimal)
    #expect(result.objective == 11)
    #expect(result.values == [3, 1])
    #expect(result.lpObjective == 11)
    #expect(result.bound == 11)
    #expect(result.timeLimitHit == false)
  }

  @Test func tinyKnapsackSolvedExactly() throws {
    for presolve in [true, false] {
      let problem = try Self.smallKnapsack()
      var options = MIPOptions()
      options.presolve = presolve
      let result = try problem.solve(options)
      #expect(result.status == .optimal)
      #expect(result.objective == 9)
      #expect(result.values == [1, 1, 0])
      #expect(result.bound == 9)
      #expect(result.gap == 0)
      #expect(result.termination == .completed)
      #expect((result.lpObjective ?? 0) >= 9)
    }
  }

  @Test func minimisationWithEqualityAndIntegers() throws {
    // min x + y  s.t.  2x + 3y = 12, x, y integer in [0, 10]  →  (0, 4), objective 4.
    var program = LinearProgram()
    program.addColumns(kinds: [.integer, .integer], lower: [0, 0], upper: [10, 10], objective: [1, 1])
    program.addRows([.fixed(12)])
    program.addEntries(rows: [0, 0], columns: [0, 1], values: [2, 3])
    let problem = try GLPKProblem(program)
    let result = try problem.solve(MIPOptions())
    #expect(result.status == .optimal)
    #expect(result.objective == 4)
    #expect(result.values == [0, 4])
  }

  @Test func infeasibleAndUnboundedAreReportedTruthfully() throws {
    var infeasibleProgram = LinearProgram()
    infeasibleProgram.addColumns(kinds: [.binary, .binary], lower: [0, 0], upper: [1, 1], objective: [1, 1])
    infeasibleProgram.addRows([.lower(3)])
    infeasibleProgram.addEntries(rows: [0, 0], columns: [0, 1], values: [1, 1])
    let infeasible = try GLPKProblem(infeasibleProgram)
    let a = try infeasible.solve(MIPOptions())
    #expect(a.status == .infeasible)
    #expect(a.values.isEmpty && a.objective == nil && a.bound == nil)

    // Integer-infeasible although the LP relaxation is feasible: 2x = 1.
    var parityProgram = LinearProgram()
    parityProgram.addColumns(kinds: [.integer], lower: [0], upper: [5], objective: [1])
    parityProgram.addRows([.fixed(1)])
    parityProgram.addEntries(rows: [0], columns: [0], values: [2])
    let parity = try GLPKProblem(parityProgram)
    for presolve in [true, false] {
      var options = MIPOptions()
      options.presolve = presolve
      let b = try parity.solve(options)
      #expect(b.status == .infeasible)
      #expect(b.lpObjective == 0.5)
    }

    var unboundedProgram = LinearProgram(maximize: true)
    unboundedProgram.addColumns(kinds: [.integer], lower: [0], upper: [.infinity], objective: [1])
    let unbounded = try GLPKProblem(unboundedProgram)
    let c = try unbounded.solve(MIPOptions())
    #expect(c.status == .noSolution)
    #expect(c.termination == .unbounded)
  }

  @Test func invalidModelInputThrowsInsteadOfAborting() throws {
    var duplicate = LinearProgram()
    duplicate.addColumns(kinds: [.binary], lower: [0], upper: [1], objective: [1])
    duplicate.addRows([.upper(1)])
    duplicate.addEntries(rows: [0, 0], columns: [0, 0], values: [1, 2])
    #expect(throws: GLPKError.self) { _ = try GLPKProblem(duplicate) }

    var crossed = LinearProgram()
    crossed.addColumns(kinds: [.continuous], lower: [2], upper: [1], objective: [1])
    #expect(throws: GLPKError.self) { _ = try GLPKProblem(crossed) }

    var outOfRange = LinearProgram()
    outOfRange.addColumns(kinds: [.continuous], lower: [0], upper: [1], objective: [1])
    outOfRange.addEntries(rows: [0], columns: [0], values: [1])  // there are no rows
    #expect(throws: GLPKError.self) { _ = try GLPKProblem(outOfRange) }

    var mismatched = LinearProgram()
    mismatched.addColumns(kinds: [.binary, .binary], lower: [0], upper: [1, 1], objective: [1, 1])
    #expect(throws: GLPKError.self) { _ = try GLPKProblem(mismatched) }

    // The thread still builds and solves a valid program afterwards.
    let valid = try Self.smallKnapsack()
    #expect(try valid.solve(MIPOptions()).objective == 9)
  }

  // MARK: Output

  @Test func terminalOutputIsCapturedNotPrinted() throws {
    // Redirect this process's stdout into a file while solving, then look for GLPK's text in it.
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("glpk-stdout-\(UUID().uuidString).txt")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: url) }
    let file = try FileHandle(forWritingTo: url)
    fflush(nil)  // all C streams
    let saved = dup(STDOUT_FILENO)
    dup2(file.fileDescriptor, STDOUT_FILENO)
    let problem = try Self.smallKnapsack()
    var options = MIPOptions()
    options.messageLevel = .all
    let result = Result { try problem.solve(options) }
    fflush(nil)  // all C streams
    dup2(saved, STDOUT_FILENO)
    close(saved)
    try file.close()

    let solved = try result.get()
    #expect(solved.objective == 9)
    #expect(solved.log.contains("INTEGER OPTIMAL SOLUTION FOUND"))
    #expect(solved.log.contains("OPTIMAL LP SOLUTION FOUND"))
    let printed = try String(contentsOf: url, encoding: .utf8)
    #expect(!printed.contains("OPTIMAL"))
    #expect(!printed.contains("glp_"))

    let quiet = try Self.smallKnapsack()
    options.messageLevel = .off
    let quietLog = try quiet.solve(options).log
    #expect(quietLog.isEmpty, "\(quietLog)")
  }

  // MARK: Fatal errors

  @Test func injectedFaultThrowsAndThreadRecovers() throws {
    let older = try Self.smallKnapsack()  // lives in the environment the fault will free
    let faulty = try Self.smallKnapsack()
    var options = MIPOptions()
    options.injectFault = true
    #expect(throws: GLPKError.self) { try faulty.solve(options) }
    do {
      _ = try faulty.solve(options)
      Issue.record("a dead problem must not solve")
    } catch let GLPKError.glpk(message) {
      #expect(message.contains("unusable"))
    }
    // Every problem of this thread went with the environment: it must throw, not crash.
    #expect(throws: GLPKError.self) { try older.solve(MIPOptions()) }

    // The same thread solves normally afterwards.
    let fresh = try Self.smallKnapsack()
    let result = try fresh.solve(MIPOptions())
    #expect(result.status == .optimal)
    #expect(result.objective == 9)
  }

  @Test func injectedFaultMessageComesFromGLPK() throws {
    let problem = try Self.smallKnapsack()
    var options = MIPOptions()
    options.injectFault = true
    do {
      _ = try problem.solve(options)
      Issue.record("expected GLPKError.glpk")
    } catch let GLPKError.glpk(message) {
      #expect(message.contains("injected fault"))
      #expect(message.contains("glp_intopt"))
    }
  }

  @Test func tinyMemoryLimitThrowsWithoutCrashing() throws {
    // 400 × 600 dense binary packing: the simplex alone needs several MB on top of the model.
    var rng = LCG(state: 11)
    let n = 600, m = 400
    let rows = (0..<m).map { _ in (0..<n).map { _ in Double(rng.next(1...20)) } }
    let big = try Self.packing(
      objective: (0..<n).map { _ in Double(rng.next(1...50)) }, rows: rows,
      capacities: Array(repeating: 500, count: m))
    var options = MIPOptions()
    options.memoryLimitMB = 1
    options.timeLimit = .seconds(20)  // only matters if the limit failed to trigger
    do {
      _ = try big.solve(options)
      Issue.record("expected the 1 MB limit to be exceeded")
    } catch let GLPKError.glpk(message) {
      #expect(message.contains("memory"))
    }
    let fresh = try Self.smallKnapsack()
    #expect(try fresh.solve(MIPOptions()).objective == 9)
    // A generous limit does not get in the way.
    options.memoryLimitMB = 512
    let small = try Self.smallKnapsack()
    #expect(try small.solve(options).objective == 9)
  }

  // MARK: Callbacks

  /// 40-item knapsack whose LP relaxation is fractional, so GLPK asks for heuristics.
  static func heuristicInstance() throws -> Instance {
    var rng = LCG(state: 3)
    let n = 40
    let values = (0..<n).map { _ in Double(rng.next(20...80)) }
    let weights = (0..<n).map { _ in Double(rng.next(20...80)) }
    let capacity = (weights.reduce(0, +) / 3).rounded(.down)
    let reference = try packing(objective: values, rows: [weights], capacities: [capacity])
    let solved = try reference.solve(MIPOptions())
    return Instance(
      problem: try packing(objective: values, rows: [weights], capacities: [capacity]),
      optimum: solved.objective ?? 0, solution: solved.values)
  }

  @Test func initialSolutionIsOfferedAndAccepted() throws {
    let instance = try Self.heuristicInstance()
    let optimum = instance.optimum, solution = instance.solution
    #expect(optimum > 0)
    // Stop right after the first heuristic call: the initial solution was offered there.
    let heuristicCalls = Counter()
    var options = MIPOptions()
    options.initialSolution = solution
    options.heuristic = { _ in heuristicCalls.increment(); return nil }
    options.shouldStop = { heuristicCalls.count > 0 }
    let result = try instance.problem.solve(options)
    #expect(heuristicCalls.count == 1)
    #expect(result.acceptedOffers == 1)
    #expect(result.objective == optimum)
    #expect(result.values == solution)
    #expect(result.status == .feasible)
    #expect(result.timeLimitHit)
    #expect(result.termination == .stopped)
    #expect((result.bound ?? 0) >= optimum)
  }

  @Test func initialSolutionSurvivesZeroTimeLimit() throws {
    let instance = try Self.heuristicInstance()
    let optimum = instance.optimum, solution = instance.solution
    var options = MIPOptions()
    options.initialSolution = solution
    options.timeLimit = .zero
    let result = try instance.problem.solve(options)
    #expect(result.status == .feasible)
    #expect(result.objective == optimum)
    #expect(result.timeLimitHit)
    #expect(result.termination == .timeLimit)
  }

  @Test func infeasibleInitialSolutionIsIgnored() throws {
    let instance = try Self.heuristicInstance()
    let optimum = instance.optimum, solution = instance.solution
    var options = MIPOptions()
    options.initialSolution = solution.map { _ in 1 }  // everything packed: over capacity
    let result = try instance.problem.solve(options)
    #expect(result.status == .optimal)
    #expect(result.objective == optimum)
    #expect(result.acceptedOffers == 0)
    #expect(result.log.contains("initial solution ignored"))
    options.initialSolution = [1]
    #expect(throws: GLPKError.self) { try instance.problem.solve(options) }
  }

  @Test func heuristicIsCalledWithLPValuesAndItsSolutionsUsed() throws {
    let instance = try Self.heuristicInstance()
    let optimum = instance.optimum
    let calls = Counter()
    let columns = instance.problem.columnCount
    var options = MIPOptions()
    options.heuristic = { lp in
      calls.increment()
      #expect(lp.count == columns)
      #expect(lp.allSatisfy { $0 >= -1e-9 && $0 <= 1 + 1e-9 })
      return lp.map { $0.rounded(.down) }  // rounding down keeps a packing feasible
    }
    let result = try instance.problem.solve(options)
    #expect(calls.count > 0)
    #expect(result.acceptedOffers >= 1)
    #expect(result.status == .optimal)
    #expect(result.objective == optimum)
  }

  @Test func infeasibleHeuristicSolutionsAreNotOffered() throws {
    let instance = try Self.heuristicInstance()
    let optimum = instance.optimum
    let calls = Counter()
    var options = MIPOptions()
    options.heuristic = { lp in calls.increment(); return lp.map { _ in 1 } }
    let result = try instance.problem.solve(options)
    #expect(calls.count > 0)
    #expect(result.acceptedOffers == 0)
    #expect(result.objective == optimum)
  }

  // MARK: Stopping

  @Test func shouldStopReturnsQuicklyAndTruthfully() throws {
    let problem = try Self.marketSplit()
    var options = MIPOptions()
    options.shouldStop = { true }
    let result = try problem.solve(options)
    #expect(result.timeLimitHit)
    #expect(result.termination == .stopped)
    #expect(result.status == .noSolution)
    #expect(result.values.isEmpty)
  }

  @Test func shouldStopDuringSearchKeepsIncumbentAndBound() throws {
    let problem = try Self.marketSplit()
    let clock = ContinuousClock()
    let stopAt = clock.now + .milliseconds(300)
    var options = MIPOptions()
    options.shouldStop = { ContinuousClock().now >= stopAt }
    let result = try problem.solve(options)
    #expect(result.timeLimitHit)
    #expect(result.termination == .stopped)
    #expect(result.status == .feasible || result.status == .noSolution)
    let bound = try #require(result.bound)
    #expect(bound >= 0)  // every slack is >= 0
    if let objective = result.objective {
      #expect(bound <= objective)  // minimising: bound below the incumbent
      #expect(result.values.count == problem.columnCount)
    }
  }

  @Test func timeLimitIsHonoured() throws {
    let problem = try Self.marketSplit()
    var options = MIPOptions()
    options.timeLimit = .milliseconds(300)
    let result = try problem.solve(options)
    #expect(result.timeLimitHit)
    #expect(result.termination == .timeLimit)
    #expect(result.status != .optimal)
    #expect(result.bound != nil)
  }

  // MARK: Threads

  @Test func concurrentSolvesOnSeparateThreads() throws {
    // GLPK 5.0 keeps its environment in thread-local storage, so independent
    // problems on different threads must not interfere (cover cuts, whose
    // generator is not thread-safe, are serialised by the shim). 4 threads × 25 solves.
    let threads = 4, solvesPerThread = 25
    let failures = Failures()
    let solved = Counter()
    let done = DispatchGroup()
    for t in 0..<threads {
      done.enter()
      let thread = Thread {
        for k in 0..<solvesPerThread {
          let instance = Self.randomKnapsack(seed: UInt64(1000 * t + k + 1))
          var options = MIPOptions()
          options.presolve = k % 2 == 0
          options.coverCuts = k % 3 == 0  // the one GLPK feature that is serialised
          options.mirCuts = k % 4 == 0
          let outcome = Result {
            let problem = try Self.packing(
              objective: instance.values, rows: [instance.weights], capacities: [instance.capacity])
            return try problem.solve(options)
          }
          switch outcome {
          case .success(let result) where result.status == .optimal && result.objective == instance.optimum:
            solved.increment()
          case .success(let result):
            failures.append(
              "thread \(t) solve \(k): \(result.status) \(String(describing: result.objective)) ≠ \(instance.optimum)")
          case .failure(let error):
            failures.append("thread \(t) solve \(k): \(error)")
          }
        }
        GLPKProblem.releaseThreadEnvironment()
        done.leave()
      }
      thread.start()
    }
    done.wait()
    #expect(failures.all.isEmpty, "\(failures.all)")
    #expect(solved.count == threads * solvesPerThread)
  }

  @Test func faultOnOneThreadLeavesOtherThreadsAlone() throws {
    // concurrentPerform spreads iterations over several threads; every third
    // iteration faults (freeing its own thread's environment), the others must still be exact.
    let wrong = Failures()
    let faults = Counter()
    DispatchQueue.concurrentPerform(iterations: 60) { k in
      let instance = Self.randomKnapsack(seed: UInt64(k + 500))
      var options = MIPOptions()
      options.injectFault = k % 3 == 0
      let outcome = Result {
        let problem = try Self.packing(
          objective: instance.values, rows: [instance.weights], capacities: [instance.capacity])
        return try problem.solve(options)
      }
      switch (outcome, options.injectFault) {
      case (.failure, true): faults.increment()
      case (.success(let result), false) where result.objective == instance.optimum: break
      default: wrong.append("iteration \(k): \(outcome)")
      }
    }
    #expect(wrong.all.isEmpty, "\(wrong.all)")
    #expect(faults.count == 20)
  }

  // MARK: MPS

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/glpsol")))
  func writtenMPSIsReadableByGlpsol() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("glpk-mps-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let mps = directory.appendingPathComponent("knapsack.mps")
    let output = directory.appendingPathComponent("solution.txt")
    let problem = try Self.smallKnapsack()
    try problem.writeMPS(to: mps.path)
    let text = try String(contentsOf: mps, encoding: .utf8)
    #expect(text.contains("cap0") && text.contains("x2"))

    let glpsol = Process()
    glpsol.executableURL = URL(fileURLWithPath: "/usr/bin/glpsol")
    glpsol.arguments = ["--freemps", mps.path, "--max", "-o", output.path]
    glpsol.standardOutput = FileHandle.nullDevice
    glpsol.standardError = FileHandle.nullDevice
    try glpsol.run()
    glpsol.waitUntilExit()
    #expect(glpsol.terminationStatus == 0)
    let report = try String(contentsOf: output, encoding: .utf8)
    #expect(report.contains("INTEGER OPTIMAL"))
    #expect(report.contains("= 9 (MAXimum)"))

    #expect(throws: GLPKError.self) { try problem.writeMPS(to: directory.path + "/missing/dir/x.mps") }
  }
}
