"""``search`` on the in-memory graph: BM25 over words, labels weighted above descriptions.

The twin of the Neo4j full-text index query. Both match the same nodes (every query word
occurs as a whole word in the label, the description or a translation of them, see
:mod:`graph_api.store.search_terms`)
and both rank with BM25 (Lucene's default similarity, with the same parameters and label
boost), but Lucene stores field lengths lossily and counts its own documents, so scores
and the order of near ties may differ between the stores.
"""

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

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
    """One searched field across all nodes: word counts per node, for BM25."""

    counts: dict[NodeRef, Counter[str]]
    document_frequency: Counter[str]

    @property
    def average_length(self) -> float:
        lengths = [sum(c.values()) for c in self.counts.values()]
        return sum(lengths) / len(lengths) if lengths else 0.0

    def score(self, node: NodeRef, word: str, average_length: float) -> float:
        counts = self.counts.get(node)
        if not counts or not counts[word]:
            return 0.0
        docs, df = len(self.counts), self.document_frequency[word]
        idf = math.log(1 + (docs - df + 0.5) / (df + 0.5))
        length = sum(counts.values())
        tf = counts[word] / (counts[word] + K1 * (1 - B + B * length / average_length))
        return idf * tf


def _label_text(record: NodeRecord) -> str | None:
    field = node_spec(record.kind).label_field
    value = record.props.get(field)
    return value if field in LABEL_FIELDS and isinstance(value, str) else None


def _index(memory: MemoryGraph) -> dict[str, _Field]:
    """The searched fields as BM25 fields (like Lucene, one per name)."""
    fields = {name: _Field({}, Counter()) for name in SEARCHED_FIELDS}
    for nodes in memory.nodes.values():
        for record in nodes.values():
            texts = {
                node_spec(record.kind).label_field: _label_text(record),
                DESCRIPTION_FIELD: record.props.get(DESCRIPTION_FIELD),
                **translation_texts(record.props.get("translations")),
            }
            for name, text in texts.items():
                if isinstance(text, str) and (found := word_counts(text)):
                    fields[name].counts[record.ref] = found
                    fields[name].document_frequency.update(found.keys())
    return fields


def search(
    memory: MemoryGraph, query: list[str], kinds: Sequence[str] | None, first: int
) -> list[SearchHit]:
    """Nodes matching every word of ``query``, best first, ties by kind then key."""
    if not query:
        return []
    fields = _index(memory)
    averages = {name: f.average_length for name, f in fields.items()}
    label_of = {name: name in BOOSTED_FIELDS for name in fields}
    candidates: set[NodeRef] | None = None
    for word in query:
        having = {n for f in fields.values() for n, c in f.counts.items() if c[word]}
        candidates = having if candidates is None else candidates & having
    hits = []
    for node in candidates or set():
        if kinds is not None and node.kind not in kinds:
            continue
        score = sum(
            (LABEL_BOOST if label_of[name] else 1.0) * f.score(node, word, averages[name])
            for word in query
            for name, f in fields.items()
        )
        hits.append(SearchHit(node, score))
    hits.sort(key=lambda h: (-h.score, h.node.kind, h.node.key))
    return hits[:first]
