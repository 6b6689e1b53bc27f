import ArgumentParser
import Foundation

/// `--store PATH`, shared by the commands that use the store.
struct StoreOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The SQLite store.", discussion: "Default: $FUNDSTELLE_STORE, else ./fundstelle.sqlite.",
      valueName: "path"))
  var store: String?

  /// The store path the user asked for, the environment's, or the default.
  var path: String {
    if let store { return store }
    if let env = ProcessInfo.processInfo.environment["FUNDSTELLE_STORE"], !env.isEmpty {
      return env
    }
    return "fundstelle.sqlite"
  }
}

/// Output formats for one paper or its references.
enum PaperFormat: String, ExpressibleByArgument, CaseIterable {
  case json, text
}
