"""``search`` on the in-memory graph: BM25 over words, labels weighted above descriptions.

The twin of the Neo4j full-text index query. Both match the same nodes (every whole
word of the query, and the word being typed as the start of a word, in the label, the
description or a translation of them; a typo corrected only where that finds too few,
see :mod:`graph_api.traversals.search.query`) and both score alike: BM25 (Lucene's default
similarity, with the same parameters and label boost) for whole words, a constant per
field for the word being typed. Lucene stores field lengths lossily and counts its own
documents, so BM25 scores and the order of near ties may differ between the stores.
The index it reads is :mod:`graph_api.traversals.search.memory_index`.
"""

import heapq
from collections.abc import Sequence
from dataclasses import replace

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.store.search_terms import BOOSTED_FIELDS, LABEL_BOOST
from graph_api.traversals.search.memory_index import SearchIndex, search_index
from graph_api.traversals.search.query import (
    MIN_TYPO_LENGTH,
    PREFIX_BOOST,
    SearchQuery,
    parse_query,
)
from graph_api.traversals.search.result import SearchHit, SearchRequest


def _weight(name: str) -> float:
    return LABEL_BOOST if name in BOOSTED_FIELDS else 1.0


def _holding(
    index: SearchIndex, word: str, starting: dict[str, set[NodeRef]], *, corrected: bool
) -> set[NodeRef]:
    """The nodes holding ``word`` (or, for the word being typed, a word it starts: the
    nodes ``starting`` per field; or a word a typo away) in any field."""
    spellings = index.spellings(word) if corrected and len(word) >= MIN_TYPO_LENGTH else []
    found: set[NodeRef] = set().union(*starting.values())
    for f in index.fields.values():
        found |= f.postings.get(word, set())
        if spellings:
            found |= f.holding_any(spellings)
    return found


def _hits(
    index: SearchIndex,
    query: SearchQuery,
    kinds: Sequence[str] | None,
    first: int,
    *,
    corrected: bool,
) -> list[SearchHit]:
    """The ``first`` best nodes matching ``query``, ties by kind then key."""
    starting = (
        {name: f.starting_with(query.prefix) for name, f in index.fields.items()}
        if query.prefix is not None
        else {}
    )
    wanted = [*query.whole, *((query.prefix,) if query.prefix is not None else ())]
    candidates: set[NodeRef] | None = None
    for word in wanted:
        having = _holding(
            index, word, starting if word == query.prefix else {}, corrected=corrected
        )
        candidates = having if candidates is None else candidates & having
    scores = {n: 0.0 for n in candidates or () if kinds is None or n.kind in kinds}
    # Summed along the postings, in the same order for every node (words, then fields):
    # a common word ("the") costs a pass over the nodes holding it, not over the fields
    # of every candidate.
    for word in wanted:
        for name, f in index.fields.items():
            holding = f.postings.get(word, ())
            weight = _weight(name)
            among = [n for n in holding if n in scores] if len(holding) < len(scores) else scores
            for node, score in f.scores(word, among):
                scores[node] += weight * score
    # The word being typed: a constant per field it starts a word of, as Lucene's prefix
    # queries score.
    for name, nodes in starting.items():
        for node in nodes if len(nodes) < len(scores) else scores:
            if node in scores and node in nodes:
                scores[node] += _weight(name) * PREFIX_BOOST
    best = heapq.nsmallest(first, scores.items(), key=lambda s: (-s[1], s[0].kind, s[0].key))
    return [SearchHit(node, score) for node, score in best]


def search(memory: MemoryGraph, request: SearchRequest) -> list[SearchHit]:
    """Nodes matching the request's text, best first, ties by kind then key; where they are fewer
    than ``first``, those found with typos corrected follow."""
    query, kinds, first = parse_query(request.text), request.kinds, request.first
    if query.empty:
        return []
    index = search_index(memory)
    hits = _hits(index, query, kinds, first, corrected=False)
    if len(hits) < first and query.correctable:
        found = {hit.node for hit in hits}
        again = _hits(index, query, kinds, first, corrected=True)
        more = [h for h in again if h.node not in found]
        hits += [replace(h, corrected=True) for h in more[: first - len(hits)]]
    return hits
