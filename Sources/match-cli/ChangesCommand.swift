import ArgumentParser
import Matcher

/// `match-cli changes OLD_PLAN NEW_PLAN --scenario S`: what changed, whom to call.
struct ChangesCommand: ParsableCommand, OutputConfigurable {
  static let configuration = CommandConfiguration(
    commandName: "changes",
    abstract: "List what changed between two plans of a week, and whom to call.",
    discussion: """
      Matches the two plans seat by seat: kept (same request, worker, date \
      and start), rescheduled (same request and worker, another date or \
      start), reassigned (same request, another worker), added (new plan \
      only), dropped (old plan only; with the new plan's reason when the \
      seat is no longer covered). Prints the counts, then per worker what \
      to tell them, then per user. Typically OLD_PLAN is last night's plan \
      and NEW_PLAN the re-plan made with `plan --keep OLD_PLAN` after a \
      change; --scenario is the new week (activity labels, and the check \
      that NEW_PLAN belongs to it).

      Examples:
        match-cli changes monday.plan.json tuesday.plan.json --scenario week.json
        match-cli changes old.json new.json --scenario week.json --lang en

      Exit codes:
      \(ExitCodeHelp.table([
        (.success, "the changes are on standard output (also when nothing changed)"),
        (.usage, "bad command-line usage"),
        (.dataError, "a plan is not a valid ale-plan/1, the scenario is refused, or NEW_PLAN is not for it"),
        (.noInput, "a file cannot be read (missing, a directory, no permission)"),
      ]))
      """)

  @Argument(help: ArgumentHelp("The previous plan (ale-plan/1).", valueName: "old-plan"))
  var oldPlan: String

  @Argument(help: ArgumentHelp("The new plan (ale-plan/1).", valueName: "new-plan"))
  var newPlan: String

  @Option(help: ArgumentHelp("The (new) scenario (ale-scenario/1).", valueName: "scenario"))
  var scenario: String

  @OptionGroup var lang: LanguageOptions

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if [oldPlan, newPlan, scenario].filter({ $0 == "-" }).count > 1 {
      throw ValidationError("At most one input can be read from standard input (-).")
    }
  }

  func run() throws {
    let old = try PlanInputs.plan(oldPlan)
    let (new, loadedScenario) = try PlanInputs.load(plan: newPlan, scenario: scenario)
    if old.weekStart != new.weekStart {
      CLILogging.logger.warning("the plans are for different weeks (\(old.weekStart), \(new.weekStart))")
    }
    let changes = PlanChanges(old: old, new: new)
    Console.raw(Array(changes.text(lang.language, scenario: loadedScenario).utf8))
  }
}
