"""The fixture exchange file and a view of a store by names, for the ArchiMate tests."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph_api.store.base import GraphStore
from tests.snapshots import take_snapshot

FIXTURE = Path(__file__).parent / "fixtures" / "kestrel-acquisition.xml"


def fixture_text() -> str:
    return FIXTURE.read_text(encoding="utf-8")


@dataclass(frozen=True)
class NamedGraph:
    """A store's nodes (kind, key) -> properties and links by node names."""

    nodes: dict[tuple[str, str], dict[str, Any]]
    links: frozenset[tuple[str, str, str]]

    def by_name(self, kind: str, name: str) -> tuple[str, dict[str, Any]]:
        """(key, properties) of the node of ``kind`` called ``name``."""
        found = [(k, p) for (nk, k), p in self.nodes.items() if nk == kind and p["name"] == name]
        assert len(found) == 1, (kind, name, found)
        return found[0]


async def named_graph(store: GraphStore) -> NamedGraph:
    snapshot = await take_snapshot(store)
    nodes = {(ref.kind, ref.key): props for ref, (props, _, _, _) in snapshot.nodes.items()}
    name = {ref: state[0]["name"] for ref, state in snapshot.nodes.items()}
    links = frozenset((name[s], t, name[d]) for t, s, d in snapshot.edges)
    return NamedGraph(nodes, links)
