// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Fundstelle",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "fundstelle", targets: ["fundstelle"]),
    .library(name: "Pipeline", targets: ["Pipeline"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // SHA-256 block compression with the x86 SHA extensions; DocumentModel's SHA256 uses it
    // where the CPU has them and its own Swift rounds elsewhere.
    .target(name: "CSHA256"),
    // Value types shared by every stage. Depends on nothing but CSHA256.
    .target(name: "DocumentModel", dependencies: ["CSHA256"]),
    // Plain-text papers: decoding, normalisation with offset map, structure, sentences.
    .target(name: "TextIngest", dependencies: ["DocumentModel"]),
    // libxml2 through a shim header (see Sources/CLibXML2/shim.h for the ICU trap).
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    // XML papers, streamed with xmlTextReader. The only target that imports CLibXML2.
    .target(name: "XMLIngest", dependencies: ["DocumentModel", "TextIngest", "CLibXML2"]),
    // Reference extraction and resolution; per-parliament profiles are data files.
    .target(
      name: "Citations", dependencies: ["DocumentModel", "TextIngest"],
      resources: [.copy("Profiles")]),
    // Claims, corrections and version diffs.
    .target(name: "Claims", dependencies: ["DocumentModel", "TextIngest"]),
    // The SQLite store (GRDB, WAL), late binding and graph exports.
    .target(
      name: "Store",
      dependencies: ["DocumentModel", .product(name: "GRDB", package: "GRDB.swift")]),
    // read → normalize → structure → extract → resolve → claims, for one file.
    .target(
      name: "Pipeline",
      dependencies: ["DocumentModel", "TextIngest", "XMLIngest", "Citations", "Claims"]),
    // Ingest orchestration shared by the CLI and the daemon: batched parallel ingest, and
    // linking each stored paper (corrections, version diffs) against the store.
    .target(name: "Ingestion", dependencies: ["DocumentModel", "Pipeline", "Store", "Claims"]),
    // The watcher daemon: inotify/polling, work queue, quarantine, sd_notify.
    .target(
      name: "Daemon",
      dependencies: [
        "DocumentModel", "Pipeline", "Store", .product(name: "Logging", package: "swift-log"),
      ]),
    // libxml2 streaming vs Foundation XMLParser on a generated protocol (issue 4).
    .executableTarget(name: "xml-bench", dependencies: ["XMLIngest"]),
    // Deterministic NRW and Bundestag papers with their true references (issue 7).
    .target(name: "CorpusGenerator"),
    // Issue 7's benchmark: ingest, extraction, store, graph, recall against rg and Python.
    .executableTarget(
      name: "fundstelle-bench",
      dependencies: ["CorpusGenerator", "Pipeline", "Citations", "Claims", "DocumentModel"]),
    .executableTarget(
      name: "fundstelle",
      dependencies: [
        "Pipeline", "Store", "Daemon", "Ingestion", "Claims",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .testTarget(name: "DocumentModelTests", dependencies: ["DocumentModel"]),
    .testTarget(name: "TextIngestTests", dependencies: ["TextIngest", "TestSupport"]),
    .testTarget(name: "XMLIngestTests", dependencies: ["XMLIngest", "TestSupport"]),
    .testTarget(name: "CitationsTests", dependencies: ["Citations", "Pipeline", "TestSupport"]),
    .testTarget(name: "ClaimsTests", dependencies: ["Claims", "Pipeline", "TestSupport"]),
    .testTarget(
      name: "StoreTests",
      dependencies: ["Store", "Pipeline", "Ingestion", "Claims", "TextIngest", "TestSupport"],
      exclude: ["check_graphml.py"]),
    .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
    .testTarget(
      name: "BenchTests",
      dependencies: ["CorpusGenerator", "Pipeline", "Citations", "TestSupport"]),
    .testTarget(
      name: "DaemonTests",
      dependencies: [
        "Daemon", "DocumentModel", "Store", "Ingestion", "Pipeline", "TestSupport",
        .product(name: "Logging", package: "swift-log"),
      ]),
    // Locating Fixtures/ and the built binary from tests.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
  ]
)
