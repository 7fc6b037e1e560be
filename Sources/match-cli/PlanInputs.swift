import ArgumentParser
import Matcher

/// Reads plans and scenarios for the commands. `load`: a plan and its
/// scenario for `check`, `report`, `explain` and `changes`, both files read
/// and decoded before deciding, every problem printed, 66 / 65.
enum PlanInputs {
  /// The decoded plan and scenario; the plan must be for that scenario and week.
  static func load(plan: String, scenario: String, sameWeek: Bool = true) throws -> (Plan, Scenario) {
    let scenarioFile = InputFile(path: scenario)
    let planFile = InputFile(path: plan)
    var readFailure: ExitCode?
    var scenarioBytes: [UInt8] = []
    var planBytes: [UInt8] = []
    do { scenarioBytes = try scenarioFile.bytesOrExit(limit: Scenario.maximumFileBytes) } catch { readFailure = error }
    do { planBytes = try planFile.bytesOrExit(limit: Scenario.maximumFileBytes) } catch { readFailure = readFailure ?? error }
    if let readFailure { throw readFailure }
    var loadedScenario: Scenario?
    var loadedPlan: Plan?
    do {
      loadedScenario = try Scenario.load(scenarioBytes)
    } catch {
      DocumentReport.refused(error, file: scenarioFile, verdict: "the scenario is refused")
    }
    do {
      loadedPlan = try Plan.decode(planBytes)
    } catch {
      DocumentReport.refused(error, file: planFile, verdict: "not a valid \(Plan.format) plan")
    }
    guard let loadedScenario, let loadedPlan else { throw ExitCode.dataError }
    if sameWeek, loadedPlan.scenario != loadedScenario.id || loadedPlan.weekStart != loadedScenario.weekStart {
      CLILogging.problem("\(planFile): the plan is for \(loadedPlan.scenario) (\(loadedPlan.weekStart)), not for \(loadedScenario.id) (\(loadedScenario.weekStart))")
      throw ExitCode.dataError
    }
    return (loadedPlan, loadedScenario)
  }

  /// A scenario decoded from `bytes` already read from `file`, or every
  /// problem printed and 65 (`plan`, `validate` and `pin` read the bytes
  /// themselves: they time, log or edit them).
  /// Availability on a date outside the week is said, one warning per span
  /// (the planning ignores it).
  static func scenario(_ bytes: [UInt8], from file: InputFile) throws -> Scenario {
    do {
      let scenario = try Scenario.load(bytes)
      for ignored in scenario.availabilityOutsideWeek { CLILogging.logger.warning("\(file): \(ignored)") }
      return scenario
    } catch {
      DocumentReport.refused(error, file: file, verdict: "the scenario is refused")
      throw ExitCode.dataError
    }
  }

  /// A plan file alone (66 unreadable, 65 not a valid plan).
  static func plan(_ path: String) throws -> Plan {
    let file = InputFile(path: path)
    let bytes = try file.bytesOrExit(limit: Scenario.maximumFileBytes)
    do {
      return try Plan.decode(bytes)
    } catch {
      DocumentReport.refused(error, file: file, verdict: "not a valid \(Plan.format) plan")
      throw ExitCode.dataError
    }
  }
}
