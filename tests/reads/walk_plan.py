"""Which relationship paths the generated reads take, grouped into documents.

Every relationship field ``F`` of a node type ``T`` is wanted at depth 1, 2 and 3: at
depth 1 under a root of ``T``; at depth 2 under a field that reaches ``T``; at depth 3
under a field reaching the owner of that one. The fields reaching ``T`` are taken in
turn (``F``'s position picks one), so the paths spread over the whole schema while each
field appears once per depth. Paths from one root kind are merged into trees (shared
prefixes are read once) and cut into documents of at most ``paths_per_document`` paths.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field

from tests.reads.demo_graph import DemoGraph
from tests.reads.schema_shape import RelationField, SchemaShape

DEPTHS = (1, 2, 3)
Path = tuple[RelationField, ...]


@dataclass
class Branch:
    """One relationship field in a document's tree, with the fields read under it."""

    relation: RelationField
    children: dict[str, "Branch"] = field(default_factory=dict)


@dataclass
class PlannedDocument:
    """A root kind and the tree of relationship fields read from it."""

    root: str
    branches: dict[str, Branch]


def _reaching(shape: SchemaShape, graph: DemoGraph, kind: str, turn: int) -> RelationField:
    """The ``turn``-th field reaching ``kind``, among those with links in the demo when
    there are any (a path through empty lists checks little below it)."""
    incoming = shape.incoming[kind]
    if not incoming:
        raise ValueError(f"no relationship field reaches {kind}: its fields cannot be nested")
    linked = [f for f in incoming if graph.has_links(f)] or incoming
    return linked[turn % len(linked)]


def wanted_paths(shape: SchemaShape, graph: DemoGraph) -> Iterator[Path]:
    """For every relationship field and every depth 1-3, one path ending in it."""
    for owner, fields in shape.relations.items():
        for position, wanted in enumerate(fields):
            yield (wanted,)
            parent = _reaching(shape, graph, owner, position)
            yield (parent, wanted)
            # Another turn for depth 3, so that its middle field differs from depth 2's.
            middle = _reaching(shape, graph, owner, position + 1)
            yield (_reaching(shape, graph, middle.owner, position), middle, wanted)


def _merge(branches: dict[str, Branch], path: Path) -> None:
    for step in path:
        branches = branches.setdefault(step.name, Branch(step)).children


def planned_documents(
    shape: SchemaShape, graph: DemoGraph, paths_per_document: int
) -> list[PlannedDocument]:
    """The wanted paths, by root kind (in the schema's order), cut into documents."""
    by_root: dict[str, list[Path]] = {kind: [] for kind in shape.node_types}
    for path in wanted_paths(shape, graph):
        by_root[path[0].owner].append(path)
    documents: list[PlannedDocument] = []
    for root, paths in by_root.items():
        # Sorted by field names: paths sharing a prefix land in the same document.
        ordered = sorted(set(paths), key=lambda p: [f.name for f in p])
        for start in range(0, len(ordered), paths_per_document):
            branches: dict[str, Branch] = {}
            for path in ordered[start : start + paths_per_document]:
                _merge(branches, path)
            documents.append(PlannedDocument(root, branches))
    return documents
