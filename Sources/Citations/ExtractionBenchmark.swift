import DocumentModel
import Foundation

/// Measures extraction speed on a sample repeated to a given size (issue 7's benchmark).
public enum ExtractionBenchmark {
  /// A built-in sample in the style of an NRW answer (written for the benchmark, not a
  /// real paper): references of every kind among ordinary running text.
  public static let sample = """
    Antwort der Landesregierung auf die Kleine Anfrage 421 vom 6. September 2012 der Abgeordneten Drucksache 16/850
    Am 21. Dezember 2010 verschickte das Ministerium für Arbeit, Integration und Soziales eine Pressemitteilung mit der Überschrift „Start der Initiative“. Minister Schneider wurde in derselben Mitteilung mit dem Satz „Wir gewinnen Partner.“ zitiert.
    Die interkulturelle Öffnung ist eine Aufgabe des Landes nach dem Teilhabe- und Integrationsgesetz (vgl. §§ 1 Nr. 7 und 6 Abs.1). Die Prüfung erfolgt nach § 88 Absatz 2 BHO.
    Im Rahmen des unter 3. genannten Pilotprojektes wurden bis zum 30. Juni 2012 insgesamt 89 Stellen besetzt; auf diese Stellen hatten sich 1.256 Personen beworben.
    Über die Ergebnisse wurde der Landtag mit Vorlage 15/1144 vom 18. Januar 2012 informiert. Vgl. auch die Drucksachen 16/7748 und 16/7912 sowie Plenarprotokoll 16/85, S. 8752 ff.
    Die Landesregierung hat in den vergangenen Monaten zahlreiche Gespräche mit Kommunen, Verbänden und Unternehmen geführt, um weitere Partner für die Landesinitiative zu gewinnen.

    """

  /// `run(sample:targetBytes:)` on the built-in sample, about 5 MB.
  public static func run() -> (bytes: Int, seconds: Double) {
    let r = run(sample: sample)
    return (r.bytes, r.seconds)
  }

  /// Extracts the references of `sample` repeated to about `targetBytes` bytes (paragraphs
  /// kept apart by newlines), keyed as `key`; returns the bytes scanned, the seconds taken
  /// and the number of references found.
  public static func run(
    sample: String, targetBytes: Int = 5_000_000, key: DocumentKey = "nw/antwort/16/850",
    body: Parliament = .nw, wahlperiode: Int = 16
  ) -> (bytes: Int, seconds: Double, references: Int) {
    let unit = sample.hasSuffix("\n") ? sample : sample + "\n"
    let copies = max(1, targetBytes / max(1, unit.utf8.count))
    let text = String(repeating: unit, count: copies)
    let bytes = Array(text.utf8)
    let document = Document(
      source: SourceInfo(
        path: "benchmark", sha256: "", byteCount: bytes.count, format: .text, encoding: "utf-8"),
      key: key, keyOrigin: .derived, body: body, wahlperiode: wahlperiode, kind: .antwort,
      text: NormalizedText(
        text: text, map: .identity(length: bytes.count),
        originalLineStarts: NormalizedText.lineStarts(of: bytes)))
    let extractor = ReferenceExtractor()
    let clock = ContinuousClock()
    var count = 0
    let elapsed = clock.measure { count = extractor.extract(from: document).count }
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (bytes.count, seconds, count)
  }
}
