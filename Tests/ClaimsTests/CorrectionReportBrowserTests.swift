import DocumentModel
import Foundation
import TestSupport
import Testing

@testable import Claims

/// Opens the HTML report in headless Chromium (Debian's `chromium`) and checks that it
/// renders: the DOM after parsing holds one card per correction with the quoted texts, and
/// a screenshot is a real image. Without Chromium the test fails with a clear message, unless
/// `FUNDSTELLE_SKIP_BROWSER=1`.
@Suite struct CorrectionReportBrowserTests {
  static func chromium() -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      for name in ["chromium", "chromium-browser", "google-chrome"] {
        let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
      }
    }
    return nil
  }

  /// Runs the browser and returns its standard output; kills it after two minutes.
  static func run(_ browser: URL, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = browser
    process.arguments =
      ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
      + arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func reportRendersInChromium() throws {
    guard let browser = Self.chromium() else {
      if ProcessInfo.processInfo.environment["FUNDSTELLE_SKIP_BROWSER"] == "1" { return }
      Issue.record(
        "Chromium is not installed: `apt-get install -y chromium` (or set FUNDSTELLE_SKIP_BROWSER=1 to skip this test)"
      )
      return
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fundstelle-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let page = dir.appendingPathComponent("korrekturen.html")
    let html = CorrectionReport.html(SampleCorrections.all, titles: SampleCorrections.titles)
    try Data(html.utf8).write(to: page)

    let (status, dom) = try Self.run(browser, ["--dump-dom", page.absoluteString])
    #expect(status == 0)
    #expect(
      dom.components(separatedBy: "<article class=\"card\"").count == SampleCorrections.all.count
        + 1)
    #expect(dom.contains("<strong id=\"total\">4</strong>"))
    #expect(
      dom.contains("Dies <mark>beruht auf einem Irrtum</mark>. Dieser Bezug auf die Initiative"))
    #expect(
      dom.contains("Anonymisierte Bewerbungen <mark>sind nicht eingeführt worden. Vielmehr</mark>"))
    #expect(dom.contains("Falsche Zuschreibung"))
    #expect(dom.contains("nw/drs/16/850"))
    // The markup in a quote stayed text: the browser built no script or image element.
    #expect(!dom.contains("<script"))
    #expect(!dom.contains("<img"))

    let shot = dir.appendingPathComponent("korrekturen.png")
    _ = try Self.run(
      browser,
      [
        "--screenshot=\(shot.path)", "--window-size=1280,1800", "--hide-scrollbars",
        page.absoluteString,
      ])
    let png = try Data(contentsOf: shot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    // A blank page compresses to a few kilobytes; the rendered report does not.
    #expect(png.count > 40_000, "screenshot only \(png.count) bytes")
    print("report screenshot: \(shot.path) (\(png.count) bytes)")
  }
}
