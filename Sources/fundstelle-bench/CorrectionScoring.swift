import CorpusGenerator
import Foundation

/// One correction as `fundstelle corrections --format json` prints it (the fields scoring
/// needs).
struct ReportedCorrection: Decodable {
  struct Passage: Decodable {
    var document: String
    var text: String
  }
  var kind: String
  var claim: Passage
  var correction: Passage
  var cue: String?
}

/// A claim paper and the paper that corrects it, by truth key.
struct PaperPair: Hashable, Comparable {
  var claim: String
  var correction: String

  static func < (a: PaperPair, b: PaperPair) -> Bool {
    (a.claim, a.correction) < (b.claim, b.correction)
  }
}

/// Precision and recall of reported corrections against the injected ones.
///
/// A report hits an injected correction when the claim paper, the correcting paper and the
/// kind agree (after mapping the report's keys to truth keys) and the reported claim is the
/// injected one: its text holds the injected figure or statement. A correction of another
/// claim between the same two papers is an extra, not a hit. A report of a correction already
/// hit (a Neudruck repeating its Antrag, a second sentence saying the same) counts as a
/// repeat, apart from precision. Version changes (`neudruck`) are scored against
/// `fundstelle diff` instead.
struct CorrectionScore {
  struct Triple: Hashable {
    var pair: PaperPair
    var kind: String
  }

  /// Tallies of one kind or scope.
  struct Tally {
    var truth = 0
    var reported = 0
    var found = 0
    var recall: Double { Double(found) / Double(max(1, truth)) }
    var precision: Double { Double(found) / Double(max(1, reported)) }
  }

  var truth: [Triple: InjectedCorrection] = [:]
  var negatives: [PaperPair: InjectedCorrection] = [:]
  var questionAnswerPairs: Set<PaperPair> = []
  var reportedCount = 0
  var repeats = 0
  var unmappedKeys: Set<String> = []
  /// The first report that hit each injected correction.
  var hits: [Triple: ReportedCorrection] = [:]
  /// Reports that hit nothing.
  var extraReports: [(Triple, ReportedCorrection)] = []
  /// Kinds reported on each pair of papers.
  var reportedKinds: [PaperPair: Set<String>] = [:]

  /// Truth key of the answer to each question key, for keys derived from the question
  /// (`nw/antwort/16/1000` names the answer to `nw/drs/16/1000`).
  private var answerOf: [String: String] = [:]
  private var knownKeys: Set<String> = []
  /// A paper and its Neudruck (both unversioned: the same key).
  private var versionPairs: Set<PaperPair> = []

  init(truth records: [TruthRecord]) {
    for record in records {
      knownKeys.insert(record.key)
      for var c in record.corrections {
        // A Neudruck's changed figure is reported as the paper's self-correction, between its
        // two versions (one paper once versions are set aside).
        if c.scope == "version" {
          c.kind = "self-correction"
          versionPairs.insert(
            PaperPair(claim: c.claimDocument, correction: unversioned(c.correctionDocument)))
        }
        let pair = PaperPair(claim: c.claimDocument, correction: unversioned(c.correctionDocument))
        truth[Triple(pair: pair, kind: c.kind)] = c
        if c.scope == "question-answer" {
          questionAnswerPairs.insert(pair)
          answerOf[c.claimDocument] = c.correctionDocument
        }
      }
      for n in record.negatives {
        negatives[PaperPair(claim: n.claimDocument, correction: n.correctionDocument)] = n
      }
    }
  }

  /// The truth key of a key as the store prints it: versions name the same paper, and a key
  /// derived from the answered question names the answer.
  mutating func truthKey(_ printed: String) -> String {
    let unversioned = String(printed.split(separator: "@", maxSplits: 1).first ?? "")
    if knownKeys.contains(unversioned) { return unversioned }
    let parts = unversioned.split(separator: "/")
    if parts.count == 4, parts[1] == "antwort",
      let answer = answerOf["\(parts[0])/drs/\(parts[2])/\(parts[3])"]
    {
      return answer
    }
    unmappedKeys.insert(printed)
    return unversioned
  }

  /// Text on one line with line-end hyphens joined, padded with spaces so that a figure
  /// matches as a whole word.
  static func flat(_ text: String) -> String {
    let joined = text.replacingOccurrences(of: "-\n", with: "")
    return " " + joined.split(whereSeparator: \.isWhitespace).joined(separator: " ") + " "
  }

  /// Whether a reported claim is the injected one.
  static func isClaim(_ reported: String, of injected: InjectedCorrection) -> Bool {
    let anchor = flat(injected.claimed).dropLast()
    return flat(reported).contains(anchor)
  }

  mutating func add(_ report: [ReportedCorrection]) {
    for r in report {
      reportedCount += 1
      let pair = PaperPair(
        claim: truthKey(r.claim.document), correction: truthKey(r.correction.document))
      let triple = Triple(pair: pair, kind: r.kind)
      reportedKinds[pair, default: []].insert(r.kind)
      if let injected = truth[triple], Self.isClaim(r.claim.text, of: injected) {
        if hits[triple] == nil { hits[triple] = r } else { repeats += 1 }
      } else {
        extraReports.append((triple, r))
      }
    }
  }

  func scope(of pair: PaperPair) -> String {
    if versionPairs.contains(pair) { return "version" }
    return questionAnswerPairs.contains(pair) ? "question-answer" : "cross-paper"
  }

  private func unversioned(_ key: String) -> String {
    String(key.split(separator: "@", maxSplits: 1).first ?? "")
  }

  var overall: Tally {
    Tally(truth: truth.count, reported: hits.count + extraReports.count, found: hits.count)
  }

  /// Tallies by kind (of the truth for recall, of the report for precision).
  var byKind: [(String, Tally)] {
    var tallies: [String: Tally] = [:]
    for t in truth.keys { tallies[t.kind, default: Tally()].truth += 1 }
    for t in hits.keys {
      tallies[t.kind, default: Tally()].reported += 1
      tallies[t.kind, default: Tally()].found += 1
    }
    for (t, _) in extraReports { tallies[t.kind, default: Tally()].reported += 1 }
    return tallies.sorted { $0.key < $1.key }
  }

  /// Tallies by scope: a reported correction between a question and its answer counts for
  /// `question-answer`, any other for `cross-paper`.
  var byScope: [(String, Tally)] {
    var tallies: [String: Tally] = ["question-answer": Tally(), "cross-paper": Tally()]
    for t in truth.keys { tallies[scope(of: t.pair), default: Tally()].truth += 1 }
    for t in hits.keys {
      tallies[scope(of: t.pair), default: Tally()].reported += 1
      tallies[scope(of: t.pair), default: Tally()].found += 1
    }
    for (t, _) in extraReports { tallies[scope(of: t.pair), default: Tally()].reported += 1 }
    return tallies.sorted { $0.key > $1.key }
  }

  /// Pairs of papers, whatever the kind and claim.
  var byPair: Tally {
    let truthPairs = Set(truth.keys.map(\.pair))
    let reportedPairs = Set(reportedKinds.keys)
    return Tally(
      truth: truthPairs.count, reported: reportedPairs.count,
      found: truthPairs.intersection(reportedPairs).count)
  }

  /// Hard negatives by kind: how many there are, and on how many pairs a correction was
  /// reported.
  var negativesByKind: [(String, total: Int, reported: Int)] {
    var total: [String: Int] = [:]
    var hit: [String: Int] = [:]
    for (pair, n) in negatives {
      total[n.kind, default: 0] += 1
      if reportedKinds[pair] != nil { hit[n.kind, default: 0] += 1 }
    }
    return total.keys.sorted().map { ($0, total[$0] ?? 0, hit[$0] ?? 0) }
  }

  /// Reported corrections not in the truth, with why they are wrong.
  var extras: [(Triple, ReportedCorrection, String)] {
    let truthPairs = Dictionary(grouping: truth.keys, by: \.pair)
    return extraReports.sorted { a, b in
      (a.0.pair, a.0.kind, a.1.claim.text) < (b.0.pair, b.0.kind, b.1.claim.text)
    }.map { triple, report in
      let why: String
      let injected = (truthPairs[triple.pair] ?? []).compactMap { truth[$0] }
      if let claimOf = injected.first(where: { Self.isClaim(report.claim.text, of: $0) }) {
        why = "wrong kind for an injected \(claimOf.kind)"
      } else if !injected.isEmpty {
        let kinds = injected.map(\.kind).sorted().joined(separator: ", ")
        why = "right papers, another claim (injected: \(kinds))"
      } else if let n = negatives[triple.pair] {
        why = "hard negative (\(n.kind))"
      } else if triple.pair.claim == triple.pair.correction {
        why = "within one paper"
      } else {
        why = "no correction between these papers"
      }
      return (triple, report, why)
    }
  }

  /// Injected corrections not reported, with what was reported on the same pair instead.
  var misses: [(Triple, InjectedCorrection, String)] {
    truth.filter { hits[$0.key] == nil }.sorted { a, b in
      (a.key.pair, a.key.kind) < (b.key.pair, b.key.kind)
    }.map { triple, c in
      let other = reportedKinds[triple.pair].map {
        "reported on this pair: \($0.sorted().joined(separator: ", "))"
      }
      return (triple, c, other ?? "nothing reported on this pair")
    }
  }
}
