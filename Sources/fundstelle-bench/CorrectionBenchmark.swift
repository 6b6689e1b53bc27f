import Claims
import CorpusGenerator
import Foundation
import Pipeline

/// Corrections and version changes the ingest found, scored against the truth.
extension Benchmark {
  /// Runs `fundstelle corrections --format json` on the bench store and scores the report
  /// against the injected corrections and hard negatives.
  mutating func corrections() throws {
    let output = root + "/corrections.json"
    let result = Subprocess.run(
      fundstelle,
      ["corrections", "--store", storePath, "--format", "json", "--output", output],
      outputPath: root + "/corrections.out")
    guard result.status == 0 else {
      failures.append("corrections exited with \(result.status)")
      say("corrections: FAILED (exit \(result.status)): \(result.output.suffix(500))")
      return
    }
    let report = try JSONDecoder().decode(
      [ReportedCorrection].self, from: Data(contentsOf: URL(fileURLWithPath: output)))
    var score = CorrectionScore(truth: try CorpusWriter.readTruth(truthPath))
    score.add(report)
    correctionScore = score
    let f = Self.f
    let all = score.overall
    say(
      "corrections vs truth (fundstelle corrections --format json, \(f(result.seconds, 2)) s, peak RSS \(f(Self.mb(result.peakRSS), 1)) MB): precision \(f(all.precision, 4)), recall \(f(all.recall, 4)) (\(all.found) found, \(all.truth - all.found) missed, \(all.reported - all.found) extra; \(score.reportedCount) reported, of which \(score.repeats) repeat a correction already found)"
    )
    for (scope, t) in score.byScope {
      say(
        "  \(scope): precision \(f(t.precision, 4)), recall \(f(t.recall, 4)) (\(t.found) of \(t.truth) injected found, \(t.reported) reported)"
      )
    }
    for (kind, t) in score.byKind {
      say(
        "  kind \(kind): precision \(f(t.precision, 4)), recall \(f(t.recall, 4)) (\(t.found) of \(t.truth) injected found, \(t.reported) reported)"
      )
    }
    let pairs = score.byPair
    say(
      "  paper pairs, any kind: precision \(f(pairs.precision, 4)), recall \(f(pairs.recall, 4)) (\(pairs.found) of \(pairs.truth) pairs, \(pairs.reported) reported)"
    )
    let negatives = score.negativesByKind
    say(
      "  hard negatives (cross-paper): \(negatives.map { "\($0.0) \($0.reported) of \($0.total)" }.joined(separator: ", ")) reported as corrections"
    )
    if !score.unmappedKeys.isEmpty {
      say(
        "  keys not in the truth: \(score.unmappedKeys.sorted().prefix(5).joined(separator: ", "))\(score.unmappedKeys.count > 5 ? " …" : "")"
      )
    }
    let extras = score.extras
    let misses = score.misses
    say("  extra by reason, reported kind and cue:")
    for (pattern, count) in Self.histogram(
      extras.map { "\($0.2); \($0.0.kind), cue \($0.1.cue ?? "none")" })
    {
      say("    \(count) × \(pattern)")
    }
    say("  missed by injected kind, scope and what was reported instead:")
    for (pattern, count) in Self.histogram(
      misses.map { "\($0.1.kind) (\($0.1.scope)); \($0.2)" })
    {
      say("    \(count) × \(pattern)")
    }
    for (triple, c, other) in Self.spread(misses, 8) {
      say(
        "  missed: \(triple.kind) \(triple.pair.claim) → \(triple.pair.correction) (\(c.scope), cue \u{201E}\(c.cue)\u{201C}; \(other)): \u{201E}\(Self.short(c.claimed))\u{201C} → \u{201E}\(Self.short(c.corrected))\u{201C}"
      )
    }
    for (triple, r, why) in Self.spread(extras, 12) {
      say(
        "  extra:  \(triple.kind) \(triple.pair.claim) → \(triple.pair.correction) (\(why), cue \(r.cue.map { "\u{201E}\($0)\u{201C}" } ?? "none")): claim \u{201E}\(Self.short(r.claim.text))\u{201C}; correction \u{201E}\(Self.short(r.correction.text))\u{201C}"
      )
    }
  }

  /// The Neudrucke against `fundstelle diff` of the two stored versions: each should show
  /// the changed figure as a `number` change and nothing else (layout is never a change).
  /// Diffs at most `limit` Neudrucke, spread over the corpus.
  func versionChanges(limit: Int) throws {
    var reprints: [InjectedCorrection] = []
    for record in try CorpusWriter.readTruth(truthPath) {
      reprints += record.corrections.filter { $0.scope == "version" }
    }
    guard !reprints.isEmpty else { return }
    let step = max(1, reprints.count / limit)
    let sample = stride(from: 0, to: reprints.count, by: step).prefix(limit).map { reprints[$0] }
    var found = 0
    var otherChanges = 0
    var failed = 0
    var seconds = 0.0
    var notes: [String] = []
    struct Diff: Decodable {
      struct Change: Decodable {
        var kind: String
        var old: String
        var new: String
      }
      var changes: [Change]
    }
    for c in sample {
      let out = root + "/diff.json"
      let result = Subprocess.run(
        fundstelle,
        ["diff", "--format", "json", "--store", storePath, c.claimDocument, c.correctionDocument],
        outputPath: out)
      seconds += result.seconds
      guard result.status == 0,
        let diff = try? JSONDecoder().decode(Diff.self, from: Data(result.output.utf8))
      else {
        failed += 1
        if notes.count < 4 {
          notes.append("\(c.correctionDocument): diff failed: \(Self.short(result.output))")
        }
        continue
      }
      let old = c.claimed.split(separator: " ").first.map(String.init) ?? c.claimed
      let new = c.corrected.split(separator: " ").first.map(String.init) ?? c.corrected
      let hits = diff.changes.filter {
        $0.kind == "number" && $0.old.contains(old) && $0.new.contains(new)
      }
      if !hits.isEmpty { found += 1 }
      let others = diff.changes.count - min(1, hits.count)
      otherChanges += others
      if hits.isEmpty || others > 0, notes.count < 4 {
        let shown = diff.changes.prefix(3).map {
          "\($0.kind) \u{201E}\($0.old)\u{201C} → \u{201E}\($0.new)\u{201C}"
        }
        notes.append(
          "\(c.correctionDocument): expected number \(old) → \(new), got [\(shown.joined(separator: "; "))]"
        )
      }
    }
    let f = Self.f
    say(
      "version changes (Neudrucke) vs truth, fundstelle diff on \(sample.count) of \(reprints.count) stored pairs: recall \(f(Double(found) / Double(max(1, sample.count)), 4)) (\(found) changed figures found), \(otherChanges) other changes reported (layout is never a change), \(failed) diffs failed; \(f(seconds / Double(max(1, sample.count)), 3)) s per diff"
    )
    for note in notes { say("  \(note)") }
  }

  /// Counts of equal strings, most frequent first.
  static func histogram(_ items: [String]) -> [(String, Int)] {
    var counts: [String: Int] = [:]
    for i in items { counts[i, default: 0] += 1 }
    return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
  }

  /// At most `count` items, taking the first of each distinct reason before the second.
  static func spread<T>(_ items: [(CorrectionScore.Triple, T, String)], _ count: Int)
    -> [(CorrectionScore.Triple, T, String)]
  {
    var taken: [Int] = []
    var seen: [String: Int] = [:]
    for round in 0..<count {
      for (i, item) in items.enumerated() where taken.count < count {
        let reason = "\(item.0.kind) \(item.2)"
        if seen[reason, default: 0] == round, !taken.contains(i) {
          taken.append(i)
          seen[reason, default: 0] += 1
        }
      }
      if taken.count >= count { break }
    }
    return taken.sorted().map { items[$0] }
  }

  /// A passage on one line, cut to a length that reads in a terminal.
  static func short(_ text: String, _ length: Int = 220) -> String {
    let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return line.count > length ? String(line.prefix(length)) + "…" : line
  }
}

extension Benchmark {
  /// The correction detector on the injected cross-paper pairs alone, in this process:
  /// `CorrectionDetector.corrections(between:and:)` on each (earlier, later) pair of the
  /// truth, injected corrections and hard negatives, at most `limit` of each. The ingest does
  /// not look for corrections between papers that are not question and answer yet; this line
  /// shows what the detector will report once it does.
  func crossPaperDetector(limit: Int) throws {
    let records = try CorpusWriter.readTruth(truthPath)
    var files: [String: String] = [:]
    for r in records where r.version == nil { files[r.key] = r.file }
    var positives: [InjectedCorrection] = []
    var negatives: [InjectedCorrection] = []
    var seen = Set<InjectedCorrection>()
    for r in records {
      for c in r.corrections where c.scope == "cross-paper" && seen.insert(c).inserted {
        positives.append(c)
      }
      for n in r.negatives where seen.insert(n).inserted { negatives.append(n) }
    }
    func sample(_ items: [InjectedCorrection]) -> [InjectedCorrection] {
      let step = max(1, items.count / limit)
      return stride(from: 0, to: items.count, by: step).prefix(limit).map { items[$0] }
    }
    let chosen = sample(positives) + sample(negatives)
    guard !chosen.isEmpty else { return }
    // The truth of the chosen pairs only, so that unsampled pairs do not count as misses.
    let truth = TruthRecord(
      file: "", key: "", kind: "", version: nil, references: [],
      corrections: chosen.filter { positives.contains($0) }, negatives: [])
    var negativeRecord = truth
    negativeRecord.corrections = []
    negativeRecord.negatives = chosen.filter { !positives.contains($0) }
    var score = CorrectionScore(
      truth: [truth, negativeRecord]
        + records.map { r in
          // Keys only, for mapping what the detector prints.
          TruthRecord(
            file: r.file, key: r.key, kind: r.kind, version: r.version, references: [],
            corrections: [], negatives: [])
        })
    let detector = CorrectionDetector()
    let start = DispatchTime.now().uptimeNanoseconds
    var reports: [ReportedCorrection] = []
    var unreadable = 0
    for entry in chosen {
      guard let earlierFile = files[entry.claimDocument],
        let laterFile = files[entry.correctionDocument],
        let earlier = try? PaperReader.read(
          PaperFiles.bytes(of: papersDir + "/" + earlierFile), path: earlierFile
        ).first,
        let later = try? PaperReader.read(
          PaperFiles.bytes(of: papersDir + "/" + laterFile), path: laterFile
        ).first
      else {
        unreadable += 1
        continue
      }
      for c in detector.corrections(between: earlier, and: later) {
        reports.append(
          ReportedCorrection(
            kind: c.kind.rawValue,
            claim: .init(document: c.claim.document.rawValue, text: c.claim.text),
            correction: .init(document: c.correction.document.rawValue, text: c.correction.text),
            cue: c.cue))
      }
    }
    score.add(reports)
    let f = Self.f
    let cross = score.overall
    let negativesHit = score.negativesByKind
    say(
      "cross-paper detector alone (CorrectionDetector.corrections(between:and:) in process, given each pair, without the ingest's candidate filter) on \(positives.count > limit ? limit : positives.count) injected pairs and \(negatives.count > limit ? limit : negatives.count) hard negatives: precision \(f(cross.precision, 4)), recall \(f(cross.recall, 4)) (\(cross.found) found, \(cross.truth - cross.found) missed, \(cross.reported - cross.found) extra; \(Self.f(Self.seconds(start), 2)) s\(unreadable > 0 ? ", \(unreadable) pairs unreadable" : ""))"
    )
    for (kind, t) in score.byKind {
      say(
        "  kind \(kind): precision \(f(t.precision, 4)), recall \(f(t.recall, 4)) (\(t.found) of \(t.truth) injected found, \(t.reported) reported)"
      )
    }
    say(
      "  hard negatives: \(negativesHit.map { "\($0.0) \($0.reported) of \($0.total)" }.joined(separator: ", ")) with a correction reported"
    )
    say("  extra by reason, reported kind and cue:")
    for (pattern, count) in Self.histogram(
      score.extras.map { "\($0.2); \($0.0.kind), cue \($0.1.cue ?? "none")" })
    {
      say("    \(count) × \(pattern)")
    }
    for (triple, c, other) in Self.spread(score.misses, 4) {
      say(
        "  missed: \(triple.kind) \(triple.pair.claim) → \(triple.pair.correction) (cue \u{201E}\(c.cue)\u{201C}; \(other)): \u{201E}\(Self.short(c.claimed))\u{201C} → \u{201E}\(Self.short(c.corrected))\u{201C}"
      )
    }
    for (triple, r, why) in Self.spread(score.extras, 8) {
      say(
        "  extra:  \(triple.kind) \(triple.pair.claim) → \(triple.pair.correction) (\(why), cue \(r.cue.map { "\u{201E}\($0)\u{201C}" } ?? "none")): claim \u{201E}\(Self.short(r.claim.text))\u{201C}; correction \u{201E}\(Self.short(r.correction.text))\u{201C}"
      )
    }
  }
}
