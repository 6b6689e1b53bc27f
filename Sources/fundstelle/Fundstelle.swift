import ArgumentParser

/// `fundstelle`: German parliamentary papers into a citation graph and correction reports.
@main
struct Fundstelle: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fundstelle",
    abstract:
      "Reads German parliamentary papers, finds their references and builds a citation graph.",
    discussion: """
      Papers are plain text as pdftotext writes it, or XML (Bundestag plenary protocols, \
      Akoma Ntoso, Landtag exports, DIP records). The store is an SQLite file: --store, else \
      $FUNDSTELLE_STORE, else ./fundstelle.sqlite.
      """,
    subcommands: [
      IngestCommand.self, ShowCommand.self, RefsCommand.self, GraphCommand.self,
      ClaimsCommand.self, CorrectionsCommand.self, DiffCommand.self, StatsCommand.self,
      EvaluateCommand.self, WatchCommand.self,
    ]
  )
}
