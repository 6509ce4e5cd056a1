"""search: full-text search across every kind, ranked by score."""

from collections.abc import Iterable

from bench.operations.base import JSON, Operation, Parameters, ReferenceForm, Value
from graph_api.metamodel import NODE_KINDS
from graph_api.traversals.search.cypher import SEARCH
from graph_api.traversals.search.query import lucene_query, parse_query

# --- search -----------------------------------------------------------------------------

_SEARCH_OURS = """
query Search($text: String!, $first: Int!) {
  search(text: $text, first: $first) { score node { __typename key } }
}
"""


def result_field(kind: str) -> str:
    """The field of @neo4j/graphql's ``<Kind>FulltextResult`` that holds the node."""
    return kind.lower() if kind.isupper() else kind[0].lower() + kind[1:]


def _search_reference_document() -> str:
    queries = "\n".join(
        f"  {kind}: {spec.plural}Fulltext(phrase: $phrase, limit: $first, "
        f"sort: [{{score: DESC}}, {{{result_field(kind)}: {{key: ASC}}}}]) "
        f"{{ score {result_field(kind)} {{ key }} }}"
        for kind, spec in NODE_KINDS.items()
    )
    return f"query Search($phrase: String!, $first: Int!) {{\n{queries}\n}}\n"


def _search_reference_document_7() -> str:
    """7.x: each full-text query answers a connection (``first``; edges with the score
    and the node; sort by ``score`` and by ``node``)."""
    queries = "\n".join(
        f"  {kind}: {spec.plural}Fulltext(phrase: $phrase, first: $first, "
        "sort: [{score: DESC}, {node: {key: ASC}}]) "
        "{ edges { score node { key } } }"
        for kind, spec in NODE_KINDS.items()
    )
    return f"query Search($phrase: String!, $first: Int!) {{\n{queries}\n}}\n"


def _hits(rows: Iterable[tuple[str, str, float]], first: int) -> Value:
    ranked = sorted(rows, key=lambda r: (-r[2], r[0], r[1]))[:first]
    return [[kind, key, round(score, 6)] for kind, key, score in ranked]


def search(p: Parameters) -> Operation:
    phrase = lucene_query(parse_query(p.search_text))
    first = p.search_first

    def from_reference_7(data: JSON) -> Value:
        return _hits(
            (
                (kind, edge["node"]["key"], edge["score"])
                for kind, connection in data.items()
                for edge in connection["edges"]
            ),
            first,
        )

    return Operation(
        name="search",
        question=f"full-text search for {p.search_text!r}, first {first}",
        ours=_SEARCH_OURS,
        ours_variables={"text": p.search_text, "first": first},
        reference=_search_reference_document(),
        reference_variables={"phrase": phrase, "first": first},
        floor=SEARCH,
        floor_parameters={"lucene": phrase, "kinds": None, "first": first},
        from_ours=lambda d: _hits(
            ((h["node"]["__typename"], h["node"]["key"], h["score"]) for h in d["search"]), first
        ),
        from_reference=lambda d: _hits(
            (
                (kind, hit[result_field(kind)]["key"], hit["score"])
                for kind, hits in d.items()
                for hit in hits
            ),
            first,
        ),
        from_floor=lambda rows: _hits(((r["kind"], r["key"], r["score"]) for r in rows), first),
        reference_note=f"@fulltext on node_text_search: one query per kind "
        f"({len(NODE_KINDS)} aliases, our Lucene text as the phrase), merged by score "
        "by the client (7.x: each a connection of edges with score and node)",
        reference_by_major={
            7: ReferenceForm(
                _search_reference_document_7(),
                {"phrase": phrase, "first": first},
                from_reference_7,
            )
        },
    )
