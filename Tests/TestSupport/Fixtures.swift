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

  /// The built `fundstelle` binary: `$FUNDSTELLE_BINARY` if set, else the first that exists of
  /// the test bundle's build folder (`swift test` builds the executable there too) and
  /// `.build/debug/fundstelle` below the repository root. Use `requireBinary()` to fail with a
  /// clear message when it is missing.
  public static var binary: URL {
    binaryCandidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? binaryCandidates[0]
  }

  /// Where `binary` looks, in order.
  public static var binaryCandidates: [URL] {
    var candidates: [URL] = []
    if let path = ProcessInfo.processInfo.environment["FUNDSTELLE_BINARY"], !path.isEmpty {
      candidates.append(URL(fileURLWithPath: path))
    }
    // On Linux the test runner is `<build>/debug/FundstellePackageTests.xctest` (a file); on
    // macOS a bundle directory in the same folder. Either way the binary is its sibling.
    var folders: [URL] = []
    if let executable = Bundle.main.executableURL {
      folders.append(executable.deletingLastPathComponent())
      folders.append(executable.deletingLastPathComponent().deletingLastPathComponent())
    }
    folders.append(Bundle.main.bundleURL)
    folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
    for folder in folders {
      candidates.append(folder.appendingPathComponent("fundstelle"))
    }
    candidates.append(root.appendingPathComponent(".build/debug/fundstelle"))
    return candidates
  }

  /// The built binary, or an error that says where it was looked for and how to build it.
  public static func requireBinary() throws -> URL {
    let url = binary
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
      throw MissingBinary(searched: binaryCandidates.map(\.path))
    }
    return url
  }
}

/// The `fundstelle` binary was not found where the tests look for it.
public struct MissingBinary: Error, CustomStringConvertible {
  public var searched: [String]

  public var description: String {
    "the fundstelle binary is not built; run `swift build` (or set FUNDSTELLE_BINARY). Looked at: "
      + searched.joined(separator: ", ")
  }
}
