"""What one ``impact`` field of a request reads for its ``summary`` and ``hits`` fields.

Those fields resolve side by side (``summary`` and a page of every kind, aliased, is the
usual request), so they ask together: the loads of one turn of the event loop are
answered by one store call: one walk for the counts and every page
(:class:`~graph_api.traversals.impact.result.ImpactPagesQuery`), which also reads the
nodes of every page and chain. Only what the ``hits`` fields select below those nodes
(their relationship fields, the selections of all the ``hits`` fields merged) takes one
more. A page asked twice (the same kind, ``first`` and ``after``) is read once.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from strawberry.dataloader import DataLoader
from strawberry.types import Info

from graph_api.graphql.identity import ByIdentity
from graph_api.graphql.loading import read_nodes
from graph_api.store.base import GraphStore, NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.store.traversal import RunQuery
from graph_api.traversals.impact import cypher, memory
from graph_api.traversals.impact.hits import (
    ImpactHitPage,
    ImpactSummary,
    Walks,
    hit_page,
    summary_of,
)
from graph_api.traversals.impact.result import (
    HitsRequest,
    ImpactPages,
    ImpactPagesQuery,
    chain_nodes,
)


@dataclass(frozen=True, slots=True)
class PagedImpact:
    """The paged answer as a store runs it (``GraphStore.traverse``): counts and pages
    from one walk. Not a Query field of its own but the ``impact`` field's parts, so not
    a :class:`~graph_api.traversals.Traversal`."""

    name: str
    cypher: Callable[[RunQuery, ImpactPagesQuery], Awaitable[ImpactPages]]
    in_memory: Callable[[MemoryGraph, ImpactPagesQuery], ImpactPages]


PAGED = PagedImpact("impact", cypher.impact_pages, memory.impact_pages)

_SUMMARY = None
"""The load key of the summary, beside the pages' :class:`HitsRequest` keys."""

Loaded = ImpactSummary | ImpactHitPage


@dataclass
class ImpactReads:
    """The summary and the pages one ``impact`` field's answer reads, batched."""

    store: GraphStore
    start: NodeRef
    max_depth: int
    _infos: list[Info] = field(default_factory=list)
    """The ``hits`` fields waiting for the next batch: their nodes are read with all
    their selections."""
    _loader: DataLoader[HitsRequest | None, Loaded] | None = None

    def _batches(self) -> DataLoader[HitsRequest | None, Loaded]:
        if self._loader is None:
            self._loader = DataLoader(load_fn=self._load)
        return self._loader

    async def summary(self) -> ImpactSummary:
        """The counts by kind and distance."""
        loaded = await self._batches().load(_SUMMARY)
        assert isinstance(loaded, ImpactSummary)
        return loaded

    async def page(self, info: Info, request: HitsRequest) -> ImpactHitPage:
        """The page ``request`` asks for, for the ``hits`` field of ``info``."""
        self._infos.append(info)
        loaded = await self._batches().load(request)
        assert isinstance(loaded, ImpactHitPage)
        return loaded

    async def _load(self, keys: list[HitsRequest | None]) -> list[Loaded]:
        infos, self._infos = self._infos, []
        requests = tuple(key for key in keys if key is not None)
        query = ImpactPagesQuery(
            self.start, self.max_depth, _SUMMARY in keys, requests, nodes=bool(requests)
        )
        answer: ImpactPages = await self.store.traverse(PAGED, query)
        pages = iter(answer.pages)
        nodes = {}
        if requests:
            refs = [ref for page in answer.pages for ref in chain_nodes(page.rows)]
            read = await read_nodes(
                infos[0], refs, named_by_answer=True, also=infos[1:], known=answer.nodes
            )
            nodes = {ref: read.node(ref) for ref in read.found}
        walks: Walks = ByIdentity()
        return [
            summary_of(answer.counts or [])
            if key is None
            else hit_page(key, next(pages), nodes, walks)
            for key in keys
        ]


__all__ = ["PAGED", "ImpactReads", "PagedImpact"]
