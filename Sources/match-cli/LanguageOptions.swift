import ArgumentParser
import Matcher

extension PlanReport.Language: ExpressibleByArgument {}

/// `--lang fr|en`, parsed once for `report`, `explain` and `changes`: French by default.
struct LanguageOptions: ParsableArguments {
  @Option(name: .customLong("lang"), help: ArgumentHelp("Language: fr (default) or en.", valueName: "lang"))
  var language: PlanReport.Language = .fr
}
