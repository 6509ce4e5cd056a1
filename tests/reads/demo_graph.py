"""The demo model's links, by relationship field, so that generated reads find data.

Read from the demo model file itself (the one the ``demo_store`` fixture loads). The
walk uses it to nest fields under ones that have links in the demo (a path through
empty lists would check little at depth 3) and to start each document from the nodes
whose nested fields reach the most.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from graph_api.metamodel import RELATIONSHIPS
from graph_api.model_io.loader import parse_model_file_text
from graph_api.model_io.reader import read_model
from tests.conftest import DEMO_MODEL
from tests.reads.schema_shape import RelationField, Shape

Neighbours = dict[str, frozenset[str]]
"""For each key of a field's owner kind, the keys the field reaches."""


@dataclass(frozen=True)
class DemoGraph:
    keys: dict[str, list[str]]
    """Each kind's keys, sorted."""
    by_field: dict[tuple[str, str], Neighbours]
    """``(owner, field)`` (a connection under its list field's name) -> neighbours."""

    def _neighbours(self, field: RelationField) -> Neighbours:
        name = field.name
        if field.shape is Shape.CONNECTION:
            name = name.removesuffix("Connection")
        return self.by_field.get((field.owner, name), {})

    def reached(self, field: RelationField, keys: Iterable[str]) -> set[str]:
        """The keys ``field`` reaches from the nodes ``keys``."""
        neighbours = self._neighbours(field)
        return {target for key in keys for target in neighbours.get(key, ())}

    def has_links(self, field: RelationField) -> bool:
        return bool(self._neighbours(field))


@cache
def demo_graph() -> DemoGraph:
    draft = read_model(parse_model_file_text(DEMO_MODEL.read_text(encoding="utf-8"), DEMO_MODEL))
    keys: dict[str, list[str]] = defaultdict(list)
    for ref in sorted(draft.nodes):
        keys[ref.kind].append(ref.key)
    found: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    specs = {(s.source, s.type, s.target): s for s in RELATIONSHIPS}
    for link in draft.links:
        spec = specs.get((link.source.kind, link.type, link.target.kind))
        if spec is None:
            continue
        found[(spec.source, spec.out_field)][link.source.key].add(link.target.key)
        found[(spec.target, spec.in_field)][link.target.key].add(link.source.key)
    by_field = {
        field: {key: frozenset(targets) for key, targets in neighbours.items()}
        for field, neighbours in found.items()
    }
    return DemoGraph(dict(keys), by_field)
