"""``search`` in Cypher: one query on the full-text index over labels and descriptions.

Its in-memory twin is :mod:`graph_api.traversals.search.memory`. The client's
text never reaches Lucene's query parser as such: it is cut into words and rebuilt as a
query that requires every word in some searched field, labels boosted, the word being
typed as a prefix too (:func:`graph_api.traversals.search.query.lucene_query`); the query
travels as ``$lucene``. Where it finds fewer than ``$first`` hits, the same statement asks
the index again with typos corrected (``$corrected``, one edit per long word, scoring
nothing) for the nodes the first answer lacks, which follow it. The index is created with
the other schema statements (``schema.py``).
"""

from graph_api.store.base import NodeRef
from graph_api.store.search_terms import FULLTEXT_INDEX
from graph_api.store.traversal import RunQuery
from graph_api.traversals.search.query import lucene_queries, parse_query
from graph_api.traversals.search.result import SearchHit, SearchRequest

_RANKED = """
CALL db.index.fulltext.queryNodes('{index}', {lucene}) YIELD node, score
WITH labels(node)[0] AS kind, node.key AS key, score
WHERE $kinds IS NULL OR kind IN $kinds
WITH kind, key, score
ORDER BY score DESC, kind, key
"""

SEARCH = (
    _RANKED.format(index=FULLTEXT_INDEX, lucene="$lucene")
    + """LIMIT $first
RETURN kind, key, score, false AS corrected
"""
)
"""The words as typed."""

SEARCH_CORRECTING = (
    _RANKED.format(index=FULLTEXT_INDEX, lucene="$lucene")
    + f"""LIMIT $first
WITH collect({{kind: kind, key: key, score: score}}) AS found
CALL {{
  WITH found
  WITH found WHERE size(found) < $first
  CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $corrected) YIELD node, score
  WITH found, labels(node)[0] AS kind, node.key AS key, score
  WHERE ($kinds IS NULL OR kind IN $kinds)
    AND NOT {{kind: kind, key: key}} IN [hit IN found | {{kind: hit.kind, key: hit.key}}]
  WITH kind, key, score
  ORDER BY score DESC, kind, key
  LIMIT $first
  RETURN collect({{kind: kind, key: key, score: score}}) AS more
}}
UNWIND [hit IN found | hit {{.*, corrected: false}}]
  + [hit IN more[..$first - size(found)] | hit {{.*, corrected: true}}] AS hit
RETURN hit.kind AS kind, hit.key AS key, hit.score AS score, hit.corrected AS corrected
"""
)
"""The words as typed, then, where they find fewer than ``$first``, typos corrected."""


async def search(run: RunQuery, request: SearchRequest) -> list[SearchHit]:
    query, kinds, first = parse_query(request.text), request.kinds, request.first
    if query.empty:
        return []
    lucene, corrected = lucene_queries(query)
    kind_names = None if kinds is None else list(kinds)
    if corrected is None:
        rows = await run(SEARCH, lucene=lucene, kinds=kind_names, first=first)
    else:
        rows = await run(
            SEARCH_CORRECTING, lucene=lucene, corrected=corrected, kinds=kind_names, first=first
        )
    return [
        SearchHit(NodeRef(row["kind"], row["key"]), float(row["score"]), bool(row["corrected"]))
        for row in rows
    ]
