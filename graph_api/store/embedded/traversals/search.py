"""``search`` on the in-memory graph: BM25 over words, labels weighted above descriptions.

The twin of the Neo4j full-text index query. Both match the same nodes (every query word
occurs as a whole word in the label, the description or a translation of them, see
:mod:`graph_api.store.search_terms`) and both rank with BM25 (Lucene's default similarity,
with the same parameters and label boost), but Lucene stores field lengths lossily and
counts its own documents, so scores and the order of near ties may differ between the
stores.

Like Lucene, it keeps an inverted index (per field: the nodes each word occurs in, and
each node's word counts). It is built on the first search and kept until a node is put
or removed (:attr:`MemoryGraph.node_changes`), so a search costs the words' postings,
not a pass over every node.
"""

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from graph_api.metamodel import node_spec
from graph_api.store.base import NodeRecord, NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.store.results import SearchHit
from graph_api.store.search_terms import (
    BOOSTED_FIELDS,
    DESCRIPTION_FIELD,
    LABEL_BOOST,
    LABEL_FIELDS,
    SEARCHED_FIELDS,
    translation_texts,
    word_counts,
)

K1 = 1.2
B = 0.75
"""Lucene's BM25 defaults."""


@dataclass(slots=True)
class _Field:
    """One searched field across all nodes: word counts per node and postings, for BM25."""

    counts: dict[NodeRef, Counter[str]] = field(default_factory=dict)
    lengths: dict[NodeRef, int] = field(default_factory=dict)
    postings: dict[str, set[NodeRef]] = field(default_factory=dict)
    average_length: float = 0.0

    def add(self, node: NodeRef, found: Counter[str]) -> None:
        self.counts[node] = found
        self.lengths[node] = sum(found.values())
        for word in found:
            self.postings.setdefault(word, set()).add(node)

    def finish(self) -> None:
        lengths = self.lengths.values()
        self.average_length = sum(lengths) / len(lengths) if lengths else 0.0

    def score(self, node: NodeRef, word: str) -> float:
        counts = self.counts.get(node)
        if not counts or not counts[word]:
            return 0.0
        docs, df = len(self.counts), len(self.postings[word])
        idf = math.log(1 + (docs - df + 0.5) / (df + 0.5))
        norm = 1 - B + B * self.lengths[node] / self.average_length
        return idf * counts[word] / (counts[word] + K1 * norm)


def _label_text(record: NodeRecord) -> str | None:
    field_ = node_spec(record.kind).label_field
    value = record.props.get(field_)
    return value if field_ in LABEL_FIELDS and isinstance(value, str) else None


def _build(memory: MemoryGraph) -> dict[str, _Field]:
    """The searched fields as BM25 fields (like Lucene, one per name)."""
    fields = {name: _Field() for name in SEARCHED_FIELDS}
    for nodes in memory.nodes.values():
        for record in nodes.values():
            texts = {
                node_spec(record.kind).label_field: _label_text(record),
                DESCRIPTION_FIELD: record.props.get(DESCRIPTION_FIELD),
                **translation_texts(record.props.get("translations")),
            }
            for name, text in texts.items():
                if isinstance(text, str) and (found := word_counts(text)):
                    fields[name].add(record.ref, found)
    for built in fields.values():
        built.finish()
    return fields


_INDEXES: WeakKeyDictionary[MemoryGraph, tuple[int, dict[str, _Field]]] = WeakKeyDictionary()


def _index(memory: MemoryGraph) -> dict[str, _Field]:
    """The index of ``memory``'s nodes as they are now: the one kept, or built anew."""
    kept = _INDEXES.get(memory)
    if kept is not None and kept[0] == memory.node_changes:
        return kept[1]
    fields = _build(memory)
    _INDEXES[memory] = (memory.node_changes, fields)
    return fields


def search(
    memory: MemoryGraph, query: list[str], kinds: Sequence[str] | None, first: int
) -> list[SearchHit]:
    """Nodes matching every word of ``query``, best first, ties by kind then key."""
    if not query:
        return []
    fields = _index(memory)
    candidates: set[NodeRef] | None = None
    for word in query:
        having = set().union(*(f.postings.get(word, ()) for f in fields.values()))
        candidates = having if candidates is None else candidates & having
    hits = []
    for node in candidates or set():
        if kinds is not None and node.kind not in kinds:
            continue
        score = sum(
            (LABEL_BOOST if name in BOOSTED_FIELDS else 1.0) * f.score(node, word)
            for word in query
            for name, f in fields.items()
        )
        hits.append(SearchHit(node, score))
    hits.sort(key=lambda h: (-h.score, h.node.kind, h.node.key))
    return hits[:first]
