import Foundation
import PackagePlugin

/// Embeds the target's `Resources/*.json` in its binary as string constants
/// (`EmbeddedResources`), generated at build time by `embed-json`.
///
/// An installed `match-cli` has no resource bundle beside it: the default
/// rule set and policy must be part of the program. The JSON files stay the
/// one source; the generated Swift is rebuilt whenever one changes.
@main
struct EmbedResources: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let directory = target.directoryURL.appending(path: "Resources")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
    let inputs = names.map { directory.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(names.joined(separator: ", ")) in \(target.name)",
        executable: try context.tool(named: "embed-json").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
