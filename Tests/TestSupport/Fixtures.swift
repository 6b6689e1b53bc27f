import Foundation

/// Where the repository's files are, seen from a test.
public enum Repository {
  /// The repository root, found from this file's path (tests run from anywhere).
  public static let root: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url
  }()

  public static var fixtures: URL { root.appendingPathComponent("Fixtures") }
  public static var seeds: URL { root.appendingPathComponent("seeds") }

  /// A file below `Fixtures/`.
  public static func fixture(_ relativePath: String) -> URL {
    fixtures.appendingPathComponent(relativePath)
  }

  /// The bytes of a file below `Fixtures/`.
  public static func fixtureBytes(_ relativePath: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: fixture(relativePath)))
  }

  /// The seed paper.
  public static var seed: URL { seeds.appendingPathComponent("000_65a9724eb37073ec.txt") }

  /// The built `fundstelle` binary, beside the test bundle in the build folder.
  public static var binary: URL {
    let bundle = Bundle.main.bundleURL
    return bundle.deletingLastPathComponent().appendingPathComponent("fundstelle")
  }
}
