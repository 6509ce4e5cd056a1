"""``search`` in Cypher: one query on the full-text index over labels and descriptions.

Its in-memory twin is :mod:`graph_api.store.embedded.traversals.search`. The client's
text never reaches Lucene's query parser as such: it is cut into words and rebuilt as a
query that requires every word in some searched field, labels boosted
(:func:`graph_api.store.search_terms.lucene_query`); the query travels as ``$lucene``.
The index is created with the other schema statements (``schema.py``).
"""

from collections.abc import Sequence

from graph_api.store.base import NodeRef
from graph_api.store.neo4j.traversals.base import RunQuery
from graph_api.store.results import SearchHit
from graph_api.store.search_terms import FULLTEXT_INDEX, lucene_query

SEARCH = f"""
CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $lucene) YIELD node, score
WITH labels(node)[0] AS kind, node.key AS key, score
WHERE $kinds IS NULL OR kind IN $kinds
RETURN kind, key, score
ORDER BY score DESC, kind, key
LIMIT $first
"""


async def search(
    run: RunQuery, query: list[str], kinds: Sequence[str] | None, first: int
) -> list[SearchHit]:
    if not query:
        return []
    rows = await run(
        SEARCH,
        lucene=lucene_query(query),
        kinds=None if kinds is None else list(kinds),
        first=first,
    )
    return [SearchHit(NodeRef(row["kind"], row["key"]), float(row["score"])) for row in rows]
