import DocumentModel

/// Resolution of extracted references against what the store knows. Pure: the store's
/// knowledge comes in as two lookups.
public enum CitationResolver {
  /// Pure resolution: status per reference, given what the store knows.
  ///
  /// - `known(key)` says whether a paper with this key is stored;
  /// - `alias(key)` maps an alias (`nw/ka/16/421`, `nw/antwort/16/850`) to the stored key.
  ///
  /// A Kleine-Anfrage number resolves to its Drucksache when the text itself pairs the two
  /// (`Kleinen Anfrage 1447 (LT-Drs. 16/3602)` anywhere in the paper, or the answered
  /// question's header), else through `alias`. Where the text and the store disagree, the
  /// text wins and the citation is `ambiguous`. A reference into a later Wahlperiode of the
  /// citing paper's own parliament cannot be real (an OCR or typing slip) and is dropped.
  /// Internal references resolve to the citing paper itself.
  public static func resolve(
    _ references: [Reference], citing: Document,
    known: (DocumentKey) -> Bool, alias: (DocumentKey) -> DocumentKey?
  ) -> [Citation] {
    // Question number → Drucksache, as the text pairs them.
    var textAliases: [DocumentKey: DocumentKey] = [:]
    for r in references {
      let targetSeries = KeyParts(r.target).series
      if r.aliases.isEmpty && targetSeries != .kleineAnfrage && targetSeries != .grosseAnfrage {
        continue  // the usual case: nothing to pair
      }
      let keys = [r.target] + r.aliases
      let series = [targetSeries] + r.aliases.map { KeyParts($0).series }
      guard let d = series.firstIndex(of: .drucksache) else { continue }
      let drs = KeyParts.unversioned(keys[d])
      for (k, s) in zip(keys, series) where s == .kleineAnfrage || s == .grosseAnfrage {
        textAliases[KeyParts.unversioned(k)] = drs
      }
    }
    let citingParts = KeyParts(citing.key)
    let citingBody = citing.body ?? citingParts.body
    let citingWP = citing.wahlperiode ?? citingParts.wahlperiode

    var citations: [Citation] = []
    citations.reserveCapacity(references.count)
    for r in references {
      let target = KeyParts.unversioned(r.target)
      let parts = KeyParts(target)
      if let body = parts.body, body == citingBody, body != .br, let wp = parts.wahlperiode,
        let citingWP, wp > citingWP
      {
        continue
      }
      if r.kind == .internal {
        citations.append(Citation(reference: r, resolvedTarget: r.target, status: .resolved))
        continue
      }
      let fromText = textAliases.isEmpty ? nil : textAliases[target]
      let fromStore = alias(target) ?? fromText.flatMap(alias)
      var resolved = target
      var status = ResolutionStatus.dangling
      if let fromText {
        resolved = fromStore ?? fromText
        if let fromStore, fromStore != fromText, alias(fromText) != fromStore {
          resolved = fromText
          status = .ambiguous
        }
      } else if let fromStore {
        resolved = fromStore
      }
      if status != .ambiguous {
        status = known(resolved) || known(target) ? .resolved : .dangling
        if !known(resolved) && known(target) { resolved = target }
      }
      citations.append(Citation(reference: r, resolvedTarget: resolved, status: status))
    }
    return citations
  }
}
