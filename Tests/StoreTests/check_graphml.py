#!/usr/bin/env python3
"""Check a graph export with networkx: it loads, is directed, and holds the expected
nodes and edges.

    check_graphml.py FILE [--node ID] [--node-attr ID NAME VALUE] [--edge SOURCE TARGET
                          [RELATION [COUNT]]] [--absent-node ID] [--nodes N] [--edges N]

FILE is GraphML (read_graphml) or, when it ends in .gexf, GEXF (read_gexf). Every option may
be repeated. --edges counts edges as exported (one per source, target and relation).
Exit status: 0 all checks hold, 1 some check failed (each failure printed), 2 the file does
not load or networkx is missing.
"""
import argparse
import sys


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--format", choices=["graphml", "gexf"])
    parser.add_argument("--node", action="append", default=[], metavar="ID")
    parser.add_argument("--node-attr", action="append", nargs=3, default=[],
                        metavar=("ID", "NAME", "VALUE"))
    parser.add_argument("--edge", action="append", nargs="+", default=[],
                        metavar="SOURCE TARGET [RELATION [COUNT]]")
    parser.add_argument("--absent-node", action="append", default=[], metavar="ID")
    parser.add_argument("--nodes", type=int, metavar="N")
    parser.add_argument("--edges", type=int, metavar="N")
    arguments = parser.parse_args(argv)
    for edge in arguments.edge:
        if not 2 <= len(edge) <= 4:
            parser.error("--edge takes SOURCE TARGET [RELATION [COUNT]]")
    return arguments


def load(path, fmt):
    import networkx as nx
    if fmt is None:
        fmt = "gexf" if path.lower().endswith(".gexf") else "graphml"
    if fmt == "gexf":
        return nx.read_gexf(path)
    return nx.read_graphml(path)


def edge_attributes(graph, source, target):
    """The attribute dicts of every edge from source to target."""
    if not graph.has_edge(source, target):
        return []
    data = graph.get_edge_data(source, target)
    if graph.is_multigraph():
        return list(data.values())
    return [data]


def check(graph, arguments):
    failures = []
    if not graph.is_directed():
        failures.append("the graph is not directed")
    for node in arguments.node:
        if node not in graph:
            failures.append(f"node {node!r} is missing")
    for node in arguments.absent_node:
        if node in graph:
            failures.append(f"node {node!r} should not be there")
    for node, name, value in arguments.node_attr:
        if node not in graph:
            failures.append(f"node {node!r} is missing (wanted {name}={value!r})")
            continue
        actual = graph.nodes[node].get(name)
        if actual is None or str(actual) != value:
            failures.append(f"node {node!r}: {name} is {actual!r}, expected {value!r}")
    for edge in arguments.edge:
        source, target = edge[0], edge[1]
        candidates = edge_attributes(graph, source, target)
        if not candidates:
            failures.append(f"edge {source!r} -> {target!r} is missing")
            continue
        if len(edge) >= 3:
            relation = edge[2]
            matching = [a for a in candidates if a.get("relation") == relation]
            if not matching:
                found = sorted(str(a.get("relation")) for a in candidates)
                failures.append(
                    f"edge {source!r} -> {target!r}: no relation {relation!r} (found {found})")
                continue
            if len(edge) == 4:
                counts = [a.get("count") for a in matching]
                if not any(str(c) == edge[3] for c in counts):
                    failures.append(
                        f"edge {source!r} -{relation}-> {target!r}: count {counts}, "
                        f"expected {edge[3]}")
    if arguments.nodes is not None and graph.number_of_nodes() != arguments.nodes:
        failures.append(f"{graph.number_of_nodes()} nodes, expected {arguments.nodes}")
    if arguments.edges is not None and graph.number_of_edges() != arguments.edges:
        failures.append(f"{graph.number_of_edges()} edges, expected {arguments.edges}")
    return failures


def main(argv):
    arguments = parse_arguments(argv)
    try:
        graph = load(arguments.file, arguments.format)
    except ImportError:
        print("networkx is not installed", file=sys.stderr)
        return 2
    except Exception as error:  # networkx raises many kinds for a bad file
        print(f"{arguments.file}: does not load: {error}", file=sys.stderr)
        return 2
    failures = check(graph, arguments)
    for failure in failures:
        print(f"{arguments.file}: {failure}", file=sys.stderr)
    if not failures:
        print(f"{arguments.file}: {graph.number_of_nodes()} nodes, "
              f"{graph.number_of_edges()} edges, all checks hold")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
