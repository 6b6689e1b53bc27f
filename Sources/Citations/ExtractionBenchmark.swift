import DocumentModel
import Foundation

/// Measures extraction speed on a sample repeated to a given size (issue 7's benchmark).
public enum ExtractionBenchmark {
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
