/// Receives the citation graph as the store reads it (`PaperStore.graph(into:)`): every node
/// in key order, then every edge in (source, target, relation) order.
public protocol GraphSink {
  mutating func node(_ node: CitationGraph.Node) throws
  mutating func edge(_ edge: CitationGraph.Edge) throws
}

/// Collecting the graph in memory, as `PaperStore.graph()` does.
extension CitationGraph: GraphSink {
  public mutating func node(_ node: Node) { nodes.append(node) }
  public mutating func edge(_ edge: Edge) { edges.append(edge) }
}

/// An error of a caller's sink, carried through the store's reading unchanged: the store
/// names its own errors ("cannot read …"), never a sink's.
struct SinkFailure: Error {
  let error: any Error

  static func passing(_ body: () throws -> Void) throws {
    do { try body() } catch { throw SinkFailure(error: error) }
  }
}
