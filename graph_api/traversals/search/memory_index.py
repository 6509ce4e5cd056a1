"""The inverted index ``search`` reads on the in-memory graph, as Lucene keeps one.

Per searched field: each node's word counts and length (for BM25), the nodes each word
occurs in (postings), and the words in code-point order (Lucene's term order, UTF-8 byte
order being code-point order), so that the words starting with a prefix are a slice. The
words one edit away from a typed word are found through their deletions (each word of the
index stands under itself less one character), not a pass over every word.

It is built on the first search and kept until a node is put or removed
(:attr:`MemoryGraph.node_changes`), so a search costs the words' postings, not a pass over
every node.
"""

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from graph_api.metamodel import node_spec
from graph_api.store.base import NodeRecord, NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.store.search_terms import (
    DESCRIPTION_FIELD,
    LABEL_FIELDS,
    SEARCHED_FIELDS,
    translation_texts,
    word_counts,
)
from graph_api.traversals.search.query import MAX_SPELLINGS, MIN_TYPO_LENGTH

K1 = 1.2
B = 0.75
"""Lucene's BM25 defaults."""


@dataclass(slots=True)
class SearchField:
    """One searched field across all nodes: word counts per node and postings, for BM25."""

    counts: dict[NodeRef, Counter[str]] = field(default_factory=dict)
    lengths: dict[NodeRef, int] = field(default_factory=dict)
    postings: dict[str, set[NodeRef]] = field(default_factory=dict)
    vocabulary: list[str] = field(default_factory=list)
    average_length: float = 0.0

    def add(self, node: NodeRef, found: Counter[str]) -> None:
        self.counts[node] = found
        self.lengths[node] = sum(found.values())
        for word in found:
            self.postings.setdefault(word, set()).add(node)

    def finish(self) -> None:
        lengths = self.lengths.values()
        self.average_length = sum(lengths) / len(lengths) if lengths else 0.0
        self.vocabulary = sorted(self.postings)

    def scores(self, word: str, nodes: Iterable[NodeRef]) -> Iterator[tuple[NodeRef, float]]:
        """BM25 of ``word`` in this field of each of ``nodes`` that holds it."""
        holding = self.postings.get(word)
        if not holding:
            return
        docs, df = len(self.counts), len(holding)
        idf = math.log(1 + (docs - df + 0.5) / (df + 0.5))
        for node in nodes:
            if node in holding:
                count = self.counts[node][word]
                norm = 1 - B + B * self.lengths[node] / self.average_length
                yield node, idf * count / (count + K1 * norm)

    def starting_with(self, prefix: str) -> set[NodeRef]:
        """The nodes holding a word that starts with ``prefix`` in this field."""
        found: set[NodeRef] = set()
        at = bisect_left(self.vocabulary, prefix)
        while at < len(self.vocabulary) and self.vocabulary[at].startswith(prefix):
            found |= self.postings[self.vocabulary[at]]
            at += 1
        return found

    def holding_any(self, spellings: list[str]) -> set[NodeRef]:
        """The nodes holding one of ``spellings`` (nearest first) in this field: at most
        :data:`MAX_SPELLINGS` of them count, as in a Lucene fuzzy query."""
        present = [w for w in spellings if w in self.postings][:MAX_SPELLINGS]
        return set().union(*(self.postings[w] for w in present))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def edits_apart(a: str, b: str) -> int | None:
    """0 or 1: how many edits (a character added, removed or replaced, or two neighbours
    swapped) make ``a`` into ``b``; ``None`` when it takes more."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > 1:
        return None
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        swapped = a[start + 1 : start + 2] + a[start : start + 1] + a[start + 2 :]
        return 1 if a[start + 1 :] == b[start + 1 :] or swapped == b[start:] else None
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return 1 if longer[start + 1 :] == shorter[start:] else None


@dataclass(slots=True)
class SearchIndex:
    """Every searched field, and the words one edit away from a typed one."""

    fields: dict[str, SearchField]
    _by_deletion: dict[str, set[str]] | None = None

    def spellings(self, typed: str) -> list[str]:
        """The words of the index one edit from ``typed`` or equal to it, nearest first
        (as Lucene ranks them: one edit weighs more in a shorter word), then in
        code-point order."""
        by_deletion = self._deletions()
        candidates = {typed, *by_deletion.get(typed, ())}
        for shorter in _deletions(typed):
            candidates.add(shorter)
            candidates |= by_deletion.get(shorter, set())
        near = []
        for word in candidates:
            apart = edits_apart(typed, word)
            if apart is not None and any(word in f.postings for f in self.fields.values()):
                near.append((1 - apart / min(len(word), len(typed)), word))
        return [word for _, word in sorted(near, key=lambda n: (-n[0], n[1]))]

    def _deletions(self) -> dict[str, set[str]]:
        # Built on the first corrected search only: most searches never need it.
        if self._by_deletion is None:
            self._by_deletion = {}
            for word in {w for f in self.fields.values() for w in f.postings}:
                if len(word) >= MIN_TYPO_LENGTH - 1:
                    for shorter in _deletions(word):
                        self._by_deletion.setdefault(shorter, set()).add(word)
        return self._by_deletion


def _label_text(record: NodeRecord) -> str | None:
    field_ = node_spec(record.kind).label_field
    value = record.props.get(field_)
    return value if field_ in LABEL_FIELDS and isinstance(value, str) else None


def _build(memory: MemoryGraph) -> SearchIndex:
    """The searched fields as BM25 fields (like Lucene, one per name)."""
    fields = {name: SearchField() for name in SEARCHED_FIELDS}
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
    return SearchIndex(fields)


_INDEXES: WeakKeyDictionary[MemoryGraph, tuple[int, SearchIndex]] = WeakKeyDictionary()


def search_index(memory: MemoryGraph) -> SearchIndex:
    """The index of ``memory``'s nodes as they are now: the one kept, or built anew."""
    kept = _INDEXES.get(memory)
    if kept is not None and kept[0] == memory.node_changes:
        return kept[1]
    index = _build(memory)
    _INDEXES[memory] = (memory.node_changes, index)
    return index
