import DocumentModel
import Foundation
import Store
import Testing

@Suite struct LateBindingTests {
  /// Every order of a permutation of `items`.
  static func permutations<T>(_ items: [T]) -> [[T]] {
    guard items.count > 1 else { return [items] }
    return items.indices.flatMap { i -> [[T]] in
      var rest = items
      let first = rest.remove(at: i)
      return permutations(rest).map { [first] + $0 }
    }
  }

  @Test func aDanglingReferenceBindsWhenItsTargetArrives() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    try store.ingest(try Papers.seedAnswer())

    var answers = try store.citations(from: "nw/antwort/16/850")
    let toQuestion = try #require(answers.first { $0.reference.relation == .answers })
    #expect(toQuestion.status == .dangling)
    #expect(toQuestion.resolvedTarget == "nw/drs/16/850")
    #expect(try store.statistics().danglingTargets == 6)

    try store.ingest(try Papers.question())
    answers = try store.citations(from: "nw/antwort/16/850")
    #expect(answers.first { $0.reference.relation == .answers }?.status == .resolved)
    // What stays dangling: the Vorlage, both press releases, both law references.
    #expect(
      answers.filter { $0.status == .dangling }.map(\.resolvedTarget) == [
        "press/mais/2010-12-21", "press/mais/2012-08-23", "law/nw/tintg/§1/nr7",
        "law/nw/tintg/§6/abs1", "nw/vorlage/15/1144",
      ])
    let internalReference = try #require(answers.first { $0.reference.kind == .internal })
    #expect(internalReference.status == .resolved)
    #expect(internalReference.resolvedTarget == "nw/antwort/16/850#frage-3")

    let incoming = try store.citations(to: "nw/ka/16/421")
    #expect(incoming.map(\.citing) == ["nw/antwort/16/850"])
    #expect(incoming.first?.citation.status == .resolved)
    #expect(incoming.first?.citation.resolvedTarget == "nw/drs/16/850")
  }

  /// Issue 3's acceptance: ingesting an answer before its question gives the same graph as
  /// ingesting it after. Here for every order of four papers of one Vorgang, including the
  /// printed answer that merges with the derived one and a follow-up that names the first
  /// question only by its Kleine-Anfrage number.
  @Test func theGraphDoesNotDependOnTheIngestOrder() throws {
    let papers = [
      try Papers.question(), try Papers.seedAnswer(), try Papers.printedAnswer(),
      try Papers.followUp(),
    ]
    var exports = Set<String>()
    var statistics = Set<String>()
    var graph: CitationGraph?
    for order in Self.permutations(Array(papers.indices)) {
      let temporary = try TemporaryStore()
      defer { temporary.remove() }
      let store = try temporary.open()
      for i in order { try store.ingest(papers[i]) }
      let current = try store.graph()
      graph = current
      exports.insert(GraphExporter.export(current, as: .json)["graph.json"] ?? "")
      let counts = try store.statistics()
      statistics.insert("\(counts)")
    }
    #expect(exports.count == 1)
    #expect(statistics.count == 1)

    let final = try #require(graph)
    #expect(
      final.nodes.filter { $0.status == .stored }.map(\.id) == [
        "nw/drs/16/1087", "nw/drs/16/2001", "nw/drs/16/850",
      ])
    #expect(
      final.edges.map { "\($0.source) -\($0.relation)-> \($0.target) ×\($0.count)" } == [
        "nw/drs/16/1087 -mentions-law-> law/nw/tintg/§1/nr7 ×1",
        "nw/drs/16/1087 -mentions-law-> law/nw/tintg/§6/abs1 ×1",
        "nw/drs/16/1087 -answers-> nw/drs/16/850 ×1",
        "nw/drs/16/1087 -cites-> nw/vorlage/15/1144 ×1",
        "nw/drs/16/1087 -cites-> press/mais/2010-12-21 ×1",
        "nw/drs/16/1087 -cites-> press/mais/2012-08-23 ×1",
        "nw/drs/16/2001 -cites-> nw/drs/16/1087 ×1",
        "nw/drs/16/2001 -cites-> nw/drs/16/850 ×1",
        "nw/drs/16/850 -cites-> press/mais/2010-12-21 ×2",
        "nw/drs/16/850 -cites-> press/mais/2012-08-23 ×1",
      ])
  }

  /// The seed is stored under its derived key; the same answer arriving with its printed
  /// number merges with it: one paper, two versions, the derived key an alias.
  @Test(arguments: [false, true])
  func aDerivedIdentityMergesWithThePrintedOne(printedFirst: Bool) throws {
    let seed = try Papers.seedAnswer()
    let printed = try Papers.printedAnswer()
    let seedSHA = seed.document.source.sha256
    let printedSHA = printed.document.source.sha256
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    try store.ingest(try Papers.question())
    if printedFirst {
      #expect(try store.ingest(printed) == .inserted("nw/drs/16/1087"))
      #expect(try store.ingest(seed) == .newVersion("nw/drs/16/1087", previousSHA256: printedSHA))
    } else {
      #expect(try store.ingest(seed) == .inserted("nw/antwort/16/850"))
      #expect(try store.ingest(printed) == .newVersion("nw/drs/16/1087", previousSHA256: seedSHA))
    }

    let record = try #require(try store.paper("nw/antwort/16/850"))
    #expect(record.key == "nw/drs/16/1087")
    #expect(record.keyOrigin == .printed)
    #expect(record.currentSHA256 == printedSHA)
    #expect(Set(record.versions.map(\.sha256)) == [seedSHA, printedSHA])
    #expect(record.versions.first { $0.sha256 == seedSHA }?.keyOrigin == .derived)
    #expect(record.aliases == ["nw/antwort/16/850"])
    #expect(try store.paper("nw/drs/16/1087") == record)
    #expect(try store.statistics().papers == 2)

    // The internal reference follows the paper to its printed key.
    let internalReference = try #require(
      try store.citations(from: "nw/antwort/16/850").first { $0.reference.kind == .internal })
    #expect(internalReference.resolvedTarget == "nw/drs/16/1087#frage-3")
    // The seed's own references stay with its version.
    #expect(try store.citations(inVersion: seedSHA).count == 7)
    #expect(try store.ingest(seed) == .duplicate("nw/drs/16/1087"))
    #expect(
      try store.citations(to: "nw/drs/16/850").map(\.citing) == ["nw/drs/16/1087"])
  }

  /// References alone can tell that two names are one: the text "Kleine Anfrage 421 …
  /// Drucksache 16/850" makes `nw/ka/16/421` an alias before either paper is stored.
  @Test func aReferenceAliasJoinsNamesBeforeAnyPaperIsStored() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    try store.ingest(try Papers.followUp())
    #expect(try store.canonicalKey("nw/ka/16/421") == "nw/ka/16/421")
    try store.ingest(try Papers.seedAnswer())
    #expect(try store.canonicalKey("nw/ka/16/421") == "nw/drs/16/850")

    let graph = try store.graph()
    #expect(!graph.nodes.contains { $0.id == "nw/ka/16/421" })
    let question = try #require(graph.nodes.first { $0.id == "nw/drs/16/850" })
    #expect(question.status == .dangling)
    #expect(question.kind == "drucksache")
    #expect(
      graph.edges.filter { $0.target == "nw/drs/16/850" }.map(\.source) == [
        "nw/antwort/16/850", "nw/drs/16/2001",
      ])
  }

  /// A reference to a particular version (`Drucksache 16/8205 (Neudruck)`) binds to the
  /// paper; graph nodes carry unversioned keys only.
  @Test func aReferenceToAVersionBindsToThePaper() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    let text = "Beschlussempfehlung zum Antrag Drucksache 16/8205 (Neudruck)\n"
    try store.ingest(
      StoredPaper(
        document: Papers.document(
          text, key: "nw/drs/16/8400", kind: .beschlussempfehlung, title: "Beschlussempfehlung"),
        references: [
          try Papers.reference(
            "Drucksache 16/8205 (Neudruck)", in: text, kind: .drucksache,
            target: "nw/drs/16/8205@neudruck", relation: .cites)
        ]))
    #expect(try store.graph().nodes.map(\.id) == ["nw/drs/16/8205", "nw/drs/16/8400"])
    try store.ingest(
      StoredPaper(
        document: Papers.document(
          "Drucksache 16/8205\nAntrag\n", key: "nw/drs/16/8205", kind: .antrag, title: "Antrag"),
        references: []))
    let citation = try #require(try store.citations(from: "nw/drs/16/8400").first)
    #expect(citation.reference.target == "nw/drs/16/8205@neudruck")
    #expect(citation.resolvedTarget == "nw/drs/16/8205")
    #expect(citation.status == .resolved)
    #expect(try store.citations(to: "nw/drs/16/8205@neudruck").map(\.citing) == ["nw/drs/16/8400"])
    #expect(try store.graph().nodes.map(\.status) == [.stored, .stored])
  }

  /// A stray alias never fuses two printed papers.
  @Test func twoPrintedPapersStaySeparateDespiteAnAliasBetweenThem() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    try store.ingest(try Papers.question())
    let text =
      "Drucksache 16/851\nKleine Anfrage 422\nvgl. Kleine Anfrage 421 (Drucksache 16/851)\n"
    let other = StoredPaper(
      document: Papers.document(
        text, key: "nw/drs/16/851", kind: .kleineAnfrage, title: "Eine andere Frage"),
      references: [
        try Papers.reference(
          "Kleine Anfrage 421 (Drucksache 16/851)", in: text, kind: .kleineAnfrage,
          target: "nw/drs/16/851", relation: .cites, aliases: ["nw/ka/16/421"])
      ])
    try store.ingest(other)
    #expect(try store.paper("nw/drs/16/851")?.key == "nw/drs/16/851")
    #expect(try store.paper("nw/drs/16/850")?.key == "nw/drs/16/850")
    #expect(try store.paper("nw/ka/16/421")?.key == "nw/drs/16/850")
    #expect(try store.statistics().papers == 2)
  }

  /// A question stored under a name that references had used as an alias takes the group
  /// over: the names that pointed at the placeholder now point at the paper.
  @Test func aPaperArrivingUnderAnAliasedNameBecomesItsGroupsKey() throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    // The reference names the Kleine Anfrage as target and its Drucksache as alias.
    let text = "Antwort auf die Kleine Anfrage 77 (Drucksache 6/1686)\n"
    let answer = StoredPaper(
      document: Papers.document(
        text, key: "bb/antwort/6/1686", origin: .derived, kind: .antwort, title: "Radwege"),
      references: [
        try Papers.reference(
          "Kleine Anfrage 77 (Drucksache 6/1686)", in: text, kind: .kleineAnfrage,
          target: "bb/ka/6/77", relation: .answers, aliases: ["bb/drs/6/1686"])
      ])
    try store.ingest(answer)
    #expect(try store.canonicalKey("bb/ka/6/77") == "bb/drs/6/1686")
    #expect(try store.graph().edges.map(\.target) == ["bb/drs/6/1686"])

    let question = StoredPaper(
      document: Papers.document(
        "Drucksache 6/1686\nKleine Anfrage 77\n", key: "bb/drs/6/1686", kind: .kleineAnfrage,
        title: "Radwege"),
      references: [])
    try store.ingest(question)
    #expect(try store.paper("bb/ka/6/77")?.key == "bb/drs/6/1686")
    #expect(try store.citations(from: "bb/antwort/6/1686").first?.status == .resolved)
    #expect(try store.statistics().danglingReferences == 0)
  }
}
