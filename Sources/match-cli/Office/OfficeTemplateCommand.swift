import ArgumentParser
import Office

/// `match-cli office template workers|users|requests [-o FILE]`: a CSV template to fill in.
struct OfficeTemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write the CSV template of workers, users or requests (French column names, ';' separated, UTF-8).",
    discussion: "The header line, then one example line to replace. Columns: docs/office.md.")

  @Argument(help: "workers, users or requests.")
  var kind: CSVImport.Kind

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Where to write it (default: standard output).", valueName: "file.csv"))
  var outputPath: String = "-"

  func run() throws {
    try OfficeRun.perform { try OutputFile(path: outputPath).write(Array(kind.template.utf8)) }
  }
}

extension CSVImport.Kind: ExpressibleByArgument {}
