import ArgumentParser
import Matcher

/// `match-cli explain PLAN --scenario S --request ID | --worker ID`: why the plan is as it is.
struct ExplainCommand: ParsableCommand, OutputConfigurable {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain a plan: why a request is (not) seated, what a worker could still take.",
    discussion: """
      With --request: the request's status in the plan (seated by whom, or \
      its unassigned reason), then every eligible worker with the first rule \
      that stops them, in funnel order: not authorised, other agency, too \
      far (km against their maximum), no common time, a cap (which cap and \
      period, hours left against hours needed) or the weekly maximum, \
      excluded by the user, already on this request, taken by other work in \
      this plan (the clashing assignments, or the cap the plan's other hours \
      leave no room under), or "could take it" and why they were not chosen.

      With --worker: their week in the plan, the hours left under each cap \
      for every month and year the week touches (worked + planned), and the \
      requests they could still take now (every rule, alone and with their \
      planned assignments — the validator's own maximality check).

      Examples:
        match-cli explain plan.json --scenario week.json --request r-007
        match-cli explain plan.json --scenario week.json --worker w-001 --lang en

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "the explanation is on standard output"),
        (.usage, "bad command-line usage"),
        (.dataError, "unknown id, refused scenario, or a plan that is not a valid ale-plan/1 for it"),
        (.noInput, "a file cannot be read (missing, a directory, no permission)"),
      ]))
      """)

  @Argument(help: ArgumentHelp("The plan file (ale-plan/1); - reads standard input.", valueName: "plan"))
  var plan: String

  @Option(help: ArgumentHelp("The scenario the plan was made for (ale-scenario/1).", valueName: "scenario"))
  var scenario: String

  @Option(help: ArgumentHelp("Explain this request.", valueName: "id"))
  var request: String?

  @Option(help: ArgumentHelp("Explain this worker.", valueName: "id"))
  var worker: String?

  @OptionGroup var lang: LanguageOptions

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if plan == "-" && scenario == "-" {
      throw ValidationError("Only one of <plan> and --scenario can be read from standard input (-).")
    }
    if (request == nil) == (worker == nil) { throw ValidationError("Give exactly one of --request and --worker.") }
  }

  func run() throws {
    let (loadedPlan, loadedScenario) = try PlanInputs.load(plan: plan, scenario: scenario)
    let language = lang.language
    let explainer = Explainer(plan: loadedPlan, scenario: loadedScenario)
    if let request {
      guard let explanation = explainer.request(Request.ID(request)) else {
        CLILogging.problem("\(scenario): no request \(request) in scenario \(loadedScenario.id)")
        throw ExitCode.dataError
      }
      Console.raw(Array(explanation.text(language, scenario: loadedScenario).utf8))
    } else if let worker {
      guard let explanation = explainer.worker(Worker.ID(worker)) else {
        CLILogging.problem("\(scenario): no worker \(worker) in scenario \(loadedScenario.id)")
        throw ExitCode.dataError
      }
      Console.raw(Array(explanation.text(language, scenario: loadedScenario).utf8))
    }
  }
}
