internal import CLibXML2
import Foundation

/// Compares libxml2 streaming with Foundation's `XMLParser` on a generated plenary protocol,
/// and times the whole `XMLPaperReader.read` on it. Figures go into the README.
public enum XMLBenchmark {
  /// Writes a plenary protocol of about `megabytes` MB in the shape of the real 21/90
  /// excerpt (agenda items with T_Drs links, J/O paragraphs, comments, speeches, footnotes)
  /// to `url`; returns the number of agenda items. Each item holds six `<a href>` links.
  @discardableResult
  public static func generateProtocol(megabytes: Int, to url: URL) throws -> Int {
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown)
    }
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    let head = """
      <?xml version="1.0" encoding="UTF-8"?>
      <dbtplenarprotokoll wahlperiode="21" sitzung-nr="90" sitzung-datum="10.07.2026" \
      sitzung-start-uhrzeit="09:00" sitzung-ende-uhrzeit="17:08" start-seitennr="11107">
      <sitzungsverlauf>\n
      """
    try handle.write(contentsOf: Data(head.utf8))
    let target = megabytes * 1_000_000
    var written = head.utf8.count
    var items = 0
    var chunk = ""
    while written < target {
      items += 1
      let n = 1000 + items % 8000
      let item = """
            <tagesordnungspunkt top-id="Tagesordnungspunkt \(items)">
                <p klasse="J">Ich rufe auf den Tagesordnungspunkt \(items): </p>
                <p klasse="T_NaS">\ta)\tZweite und dritte Beratung des von der Bundesregierung eingebrachten Entwurfs eines Gesetzes zur Änderung des Gebäudeenergiegesetzes und zur Änderung weiterer Vorschriften im Wärmebereich </p>
                <p klasse="T_Drs">\t\t\t\tDrucksachen <a href="https://dserver.bundestag.de/btd/21/062/2106278.pdf">21/\(n)</a>, <a href="https://dserver.bundestag.de/btd/21/065/2106565.pdf">21/\(n + 1)</a></p>
                <p klasse="T_ZP_NaS">\t\t\t\tBeschlussempfehlung und Bericht des Ausschusses für Wirtschaft und Energie (9. Ausschuss)</p>
                <p klasse="T_Drs">\t\t\t\tDrucksache <a href="https://dserver.bundestag.de/btd/21/070/2107009.pdf">21/\(n + 2)</a></p>
                <p klasse="T_Drs">\t\t\tDrucksachen <a href="https://dserver.bundestag.de/btd/21/039/2103910.pdf">21/\(n + 3)</a>, <a href="https://dserver.bundestag.de/btd/21/060/2106019.pdf">21/\(n + 4)</a>, <a href="https://dserver.bundestag.de/btd/21/070/2107009.pdf">21/\(n + 5)</a></p>
                <p klasse="J">Für die Aussprache wurde eine Dauer von 30 Minuten beschlossen. Ich darf für die CDU/CSU-Fraktion Sepp Müller das Wort erteilen.</p>
                <kommentar>(Beifall bei der CDU/CSU sowie bei Abgeordneten der SPD)</kommentar>
                <rede id="ID2109\(items)">
                    <p klasse="redner"><redner id="11005\(items % 700)"><name><vorname>Sepp</vorname><nachname>Müller</nachname><fraktion>CDU/CSU</fraktion></name></redner>Sepp Müller (CDU/CSU):</p>
                    <p klasse="J_1">Frau Präsidentin! Liebe Kolleginnen und Kollegen! Der Ausschuss empfiehlt auf Drucksache 21/\(n + 2), den Gesetzentwurf auf Drucksache 21/\(n) &amp; 21/\(n + 1) anzunehmen.<sup>1</sup><fussnote><p>Ergebnis Seite 11171 C</p></fussnote></p>
                    <kommentar>(Beifall bei der CDU/CSU – Michael Kellner [BÜNDNIS 90/DIE GRÜNEN]: Nur eine halbe Stunde für das Gesetz!)</kommentar>
                    <p klasse="O">– Ich würde doch darum bitten, dass Sie nicht kommentieren, wie ich hier oben leite.</p>
                </rede>
                <name>Vizepräsident Bodo Ramelow:</name>
                <p klasse="J">Der Ausschuss für Wirtschaft und Energie empfiehlt unter Buchstabe a seiner Beschlussempfehlung auf Drucksache 21/\(n + 2), den Gesetzentwurf der Bundesregierung auf Drucksache 21/\(n) und 21/\(n + 1) in der Ausschussfassung anzunehmen. Wer stimmt dagegen? – Das sind die Fraktionen Die Linke, Bündnis 90/Die Grünen und AfD. Der Gesetzentwurf ist damit in zweiter Beratung angenommen.</p>
            </tagesordnungspunkt>\n
        """
      chunk += item
      written += item.utf8.count
      if chunk.utf8.count > 1_000_000 {
        try handle.write(contentsOf: Data(chunk.utf8))
        chunk = ""
      }
    }
    chunk += "</sitzungsverlauf>\n</dbtplenarprotokoll>\n"
    try handle.write(contentsOf: Data(chunk.utf8))
    return items
  }

  /// One measurement: throughput and the peak resident set while it ran.
  public struct Measurement: Sendable {
    public var name: String
    public var megabytesPerSecond: Double
    /// Throughput per CPU second (user + system): steadier on a shared machine.
    public var megabytesPerCPUSecond: Double
    public var peakRSSMiB: Double
    public var nodes: Int
  }

  /// Generates a protocol of `megabytes` MB in a temporary directory and measures libxml2
  /// streaming (`xmlReaderForFile`), each of `comparisons` (the `xml-bench` executable
  /// passes Foundation's `XMLParser`, which lives in FoundationXML and stays out of this
  /// library) and the whole `XMLPaperReader.read`. Peak RSS is reset between runs through
  /// `/proc/self/clear_refs`. Each parse returns its node count, or -1 on failure.
  public static func run(
    megabytes: Int, comparisons: [(name: String, parse: (URL) -> Int)] = []
  ) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fundstelle-xml-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("protocol.xml")
    let items: Int
    do {
      items = try generateProtocol(megabytes: megabytes, to: file)
    } catch {
      return "cannot write the benchmark file: \(error)"
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    var lines = [
      "generated protocol: \(String(format: "%.1f", Double(size) / 1_000_000)) MB, \(items) agenda items"
    ]
    var shape = ""
    var results = [measure("libxml2 xmlTextReader (streaming)", size) { libxml2Nodes(file.path) }]
    for c in comparisons {
      results.append(measure(c.name, size) { c.parse(file) })
    }
    results += [
      measure("XMLPaperReader.read (libxml2 + text + offset map)", size) {
        guard let bytes = readBytes(file.path),
          let document = (try? XMLPaperReader.read(bytes, path: file.path))?.first
        else { return -1 }
        shape =
          "document: text \(document.text.text.utf8.count / 1_000_000) MB, "
          + "\(document.text.map.segments.count) offset-map segments, "
          + "\(document.sections.count) sections, \(document.statedReferences.count) stated references"
        return document.sections.count
      }
    ]
    for r in results {
      lines.append(
        "\(r.name): \(String(format: "%.1f", r.megabytesPerSecond)) MB/s (\(String(format: "%.1f", r.megabytesPerCPUSecond)) MB per CPU second), peak RSS \(String(format: "%.1f", r.peakRSSMiB)) MiB, \(r.nodes) nodes"
      )
    }
    lines.append(shape)
    return lines.joined(separator: "\n")
  }

  private static func measure(_ name: String, _ size: Int, _ body: () -> Int) -> Measurement {
    resetPeakRSS()
    let start = Date()
    let cpuStart = cpuSeconds()
    let nodes = body()
    let seconds = max(Date().timeIntervalSince(start), 1e-9)
    let cpu = max(cpuSeconds() - cpuStart, 1e-9)
    return Measurement(
      name: name, megabytesPerSecond: Double(size) / 1_000_000 / seconds,
      megabytesPerCPUSecond: Double(size) / 1_000_000 / cpu,
      peakRSSMiB: Double(peakRSSKiB()) / 1024, nodes: nodes)
  }

  /// Nodes read by libxml2's streaming reader straight from the file.
  static func libxml2Nodes(_ path: String) -> Int {
    _ = LibXMLStream.initialized
    guard let reader = xmlReaderForFile(path, nil, LibXMLStream.options) else { return -1 }
    defer { xmlFreeTextReader(reader) }
    var nodes = 0
    var textBytes = 0
    while xmlTextReaderRead(reader) == 1 {
      nodes += 1
      if xmlTextReaderNodeType(reader) == 3, let value = xmlTextReaderConstValue(reader) {
        textBytes += strlen(value)
      }
    }
    return textBytes > 0 ? nodes : -1
  }

  /// The file's bytes, read straight into one array (no second copy through `Data`).
  static func readBytes(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    fseek(f, 0, SEEK_END)
    let size = ftell(f)
    fseek(f, 0, SEEK_SET)
    guard size >= 0 else { return nil }
    var ok = true
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = buffer.baseAddress.map { fread($0, 1, size, f) } ?? 0
      ok = count == size
    }
    return ok ? bytes : nil
  }

  private static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
  }

  private static func resetPeakRSS() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
  }

  /// VmHWM of /proc/self/status in KiB.
  private static func peakRSSKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
  }
}
