"""Collecting generated nodes into a model document, counting nodes and links as it goes.

Nodes go into their kind's section (``steps``, ``kpis``, ...) as flat entries that name
their neighbours by key through the kind's outgoing relationship fields: the shape
``graph-api export`` writes, which :func:`graph_api.model_io.read_model` reads.
"""

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graph_api.metamodel import NODE_KINDS, outgoing_fields
from graph_api.model_io import FORMAT

Entry = dict[str, Any]
"""One node of the document: ``key``, properties and relationship fields."""


@cache
def _single(kind: str, name: str) -> bool:
    """Whether ``kind``'s outgoing field ``name`` has at most one target (KeyError if none)."""
    return outgoing_fields(kind)[name].single


@dataclass(slots=True)
class DocumentBuilder:
    """Sections of a model document, filled node by node."""

    sections: dict[str, list[Entry]] = field(
        default_factory=lambda: {spec.plural: [] for spec in NODE_KINDS.values()}
    )
    nodes: Counter[str] = field(default_factory=Counter)
    """How many nodes of each kind were added."""
    links: Counter[str] = field(default_factory=Counter)
    """How many links of each ``Kind.field`` were added."""

    def node(self, kind: str, key: str, /, **props: Any) -> Entry:
        """Add a node of ``kind``; properties with the value None are left out."""
        entry: Entry = {"key": key}
        entry.update((name, value) for name, value in props.items() if value is not None)
        self.sections[NODE_KINDS[kind].plural].append(entry)
        self.nodes[kind] += 1
        return entry

    def link(self, entry: Entry, kind: str, name: str, *keys: str) -> None:
        """Link ``entry`` (a node of ``kind``) through its outgoing field ``name``.

        A single-ended field (a touchpoint's ``channel``) takes exactly one key, written
        as a plain key; others take any number, kept as a list without duplicates.
        """
        if _single(kind, name):
            if len(keys) != 1 or name in entry:
                raise ValueError(f"{kind}.{name} takes exactly one key")
            entry[name] = keys[0]
            self.links[f"{kind}.{name}"] += 1
            return
        targets: list[str] = entry.setdefault(name, [])
        for key in keys:
            if key not in targets:
                targets.append(key)
                self.links[f"{kind}.{name}"] += 1

    @property
    def node_count(self) -> int:
        return sum(self.nodes.values())

    @property
    def link_count(self) -> int:
        return sum(self.links.values())

    def document(self) -> dict[str, Any]:
        """The model document: the format line, then every non-empty section."""
        document: dict[str, Any] = {"format": FORMAT}
        document.update((name, items) for name, items in self.sections.items() if items)
        return document
