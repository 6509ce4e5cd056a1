"""The fixture exchange file and a view of a store by names, for the ArchiMate tests."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph_api.metamodel import NODE_KINDS
from graph_api.store.base import GraphStore
from tests.snapshots import take_snapshot

FIXTURE = Path(__file__).parent / "fixtures" / "kestrel-acquisition.xml"


def fixture_text() -> str:
    return FIXTURE.read_text(encoding="utf-8")


def label_field(kind: str) -> str:
    return NODE_KINDS[kind].label_field


@dataclass(frozen=True)
class NamedGraph:
    """A store's nodes (kind, key) -> properties and links by node names."""

    nodes: dict[tuple[str, str], dict[str, Any]]
    links: frozenset[tuple[str, str, str]]

    def by_name(self, kind: str, name: str) -> tuple[str, dict[str, Any]]:
        """(key, properties) of the node of ``kind`` called ``name``."""
        label = label_field(kind)
        found = [(k, p) for (nk, k), p in self.nodes.items() if nk == kind and p[label] == name]
        assert len(found) == 1, (kind, name, found)
        return found[0]


async def named_graph(store: GraphStore) -> NamedGraph:
    snapshot = await take_snapshot(store)
    nodes = {(ref.kind, ref.key): props for ref, (props, _, _, _) in snapshot.nodes.items()}
    name = {ref: state[0][label_field(ref.kind)] for ref, state in snapshot.nodes.items()}
    links = frozenset((name[s], t, name[d]) for t, s, d in snapshot.edges)
    return NamedGraph(nodes, links)


# A large exchange file: groups of a capability, a process realizing it, a system serving
# the process and a team assigned to it (three relationships per group).
_GROUP_TYPES = {
    "cap": "Capability",
    "proc": "BusinessProcess",
    "app": "ApplicationComponent",
    "team": "BusinessActor",
}
_NAMESPACES = (
    'xmlns="http://www.opengroup.org/xsd/archimate/3.0/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
)


def large_exchange_file(elements: int) -> str:
    """An exchange file of ``elements`` elements (rounded up to groups of four), each
    mapped to a node, and three relationships per four elements."""
    groups = -(-elements // len(_GROUP_TYPES))
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<model {_NAMESPACES} identifier="m">']
    parts.append('<name xml:lang="en">Large model</name><elements>')
    for g in range(groups):
        for prefix, type_ in _GROUP_TYPES.items():
            parts.append(
                f'<element identifier="id-{prefix}-{g}" xsi:type="{type_}">'
                f'<name xml:lang="en">{type_} number {g}</name>'
                f'<documentation xml:lang="en">Element {g} of a large model.</documentation>'
                "</element>"
            )
    parts.append("</elements><relationships>")
    for g in range(groups):
        cap, proc, app, team = (f"id-{prefix}-{g}" for prefix in _GROUP_TYPES)
        for n, (type_, source, target) in enumerate(
            (("Realization", proc, cap), ("Serving", app, proc), ("Assignment", team, proc))
        ):
            parts.append(
                f'<relationship identifier="rel-{g}-{n}" xsi:type="{type_}" '
                f'source="{source}" target="{target}"/>'
            )
    parts.append("</relationships></model>\n")
    return "\n".join(parts)
