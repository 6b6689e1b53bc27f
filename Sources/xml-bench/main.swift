// Benchmark: libxml2 streaming vs Foundation XMLParser on a generated plenary protocol.
// Usage: xml-bench [megabytes]   (default 50; build with -c release)
import Foundation
import XMLIngest

#if canImport(FoundationXML)
  import FoundationXML
#endif

final class Counter: NSObject, XMLParserDelegate {
  var nodes = 0
  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) { nodes += 1 }
  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) { nodes += 1 }
  func parser(_ parser: XMLParser, foundCharacters string: String) { nodes += 1 }
}

/// Foundation's SAX-style parser streaming from the file (`XMLParser(data:)` fails on
/// Linux above about 10 MB).
func foundationNodes(_ url: URL) -> Int {
  guard let stream = InputStream(url: url) else { return -1 }
  let parser = XMLParser(stream: stream)
  let counter = Counter()
  parser.delegate = counter
  return parser.parse() ? counter.nodes : -1
}

let megabytes = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 50
print(
  XMLBenchmark.run(
    megabytes: megabytes,
    comparisons: [(name: "Foundation XMLParser (InputStream)", parse: foundationNodes)]))
