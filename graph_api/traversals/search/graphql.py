"""``search``: nodes whose label or description (or a translation of them) hold the words
of a text, ranked."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.loading import NodesRead, read_nodes
from graph_api.graphql.types.base import GraphNode
from graph_api.graphql.types.node_kind import NodeKind, kind_name, node_kind
from graph_api.traversals.description import Traversal
from graph_api.traversals.search import cypher, memory
from graph_api.traversals.search.query import MIN_PREFIX, MIN_TYPO_LENGTH
from graph_api.traversals.search.result import SearchHit as SearchHitRow
from graph_api.traversals.search.result import SearchRequest

MAX_TEXT = 500
MAX_HITS = 100

SearchText = Annotated[
    str,
    strawberry.argument(
        description="Words to look for (case ignored; every word must occur in the label, "
        "the description or one of their translations); other characters only separate "
        "words. Whole words, but the last one, when the text ends with it, is taken as "
        f"typed so far (of {MIN_PREFIX} characters or more): it also finds the words it "
        "starts. Where that finds fewer than `first` nodes, a word of "
        f"{MIN_TYPO_LENGTH} characters or more may be one edit away (a typo): such hits "
        "follow the others, with `corrected` true."
    ),
]
SearchKinds = Annotated[
    list[NodeKind] | None,
    strawberry.argument(description="Only nodes of these kinds (default: every kind)."),
]
FirstHits = Annotated[
    int, strawberry.argument(description=f"How many hits to return, 1-{MAX_HITS} (default 20).")
]


@strawberry.type(description="A node matching a search, with its relevance.")
class SearchHit:
    hit: strawberry.Private[SearchHitRow]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The matching node.")
    def node(self) -> GraphNode:
        return self.nodes.node(self.hit.node)

    @strawberry.field(description="The node's kind.")
    def kind(self) -> NodeKind:
        return node_kind(self.hit.node.kind)

    @strawberry.field(
        description="The relevance (BM25; label words weigh double; a word the last one "
        "starts adds a little): higher is better among hits alike in `corrected`. Scores "
        "are comparable within one answer, not across stores or queries."
    )
    def score(self) -> float:
        return self.hit.score

    @strawberry.field(
        description="Whether the node was found only with a typo corrected (a word one "
        "edit away from one of the text's): such hits come after all the others."
    )
    def corrected(self) -> bool:
        return self.hit.corrected


async def resolve_search(
    info: Info, text: SearchText, kinds: SearchKinds = None, first: FirstHits = 20
) -> list[SearchHit]:
    errors = []
    if not text.strip():
        errors.append(FieldError("text", "must not be blank"))
    elif len(text) > MAX_TEXT:
        errors.append(FieldError("text", f"must be at most {MAX_TEXT} characters"))
    if not 1 <= first <= MAX_HITS:
        errors.append(FieldError("first", f"must be between 1 and {MAX_HITS}"))
    if errors:
        raise ValidationFailed(errors)
    names = None if kinds is None else sorted({kind_name(k) for k in kinds})
    hits = await info.context.store.traverse(TRAVERSAL, SearchRequest(text, names, first))
    nodes = await read_nodes(info, [hit.node for hit in hits], named_by_answer=True)
    return [SearchHit(hit=hit, nodes=nodes) for hit in hits]


TRAVERSAL = Traversal(
    name="search",
    cypher=cypher.search,
    in_memory=memory.search,
    field=strawberry.field(
        resolver=resolve_search,
        description="Nodes of any kind (or of `kinds`) whose label (name, statement, "
        "title or summary), description, or their `translations`, contain every word of "
        "`text` (the last one as typed so far: `tick` finds `ticket`), best match first "
        "(label matches rank above description matches), ties by kind then key; where "
        "they are fewer than `first`, nodes found with a typo corrected follow them.",
    ),
    cost=FieldCost(500),
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
