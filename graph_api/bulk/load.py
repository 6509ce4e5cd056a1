"""Bulk loading a plan into whichever store: the fast path of each store, timed."""

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graph_api.bulk.plan import BulkPlan, BulkRefused, Progress, check_new
from graph_api.store.base import SYSTEM, AddLink, GraphStore, NodeRef, UpsertNode, WriteOp

if TYPE_CHECKING:
    from graph_api.store.neo4j.bulk_leftovers import Leftovers

DEFAULT_BATCH_SIZE = 10_000


@dataclass(frozen=True, slots=True)
class BulkReport:
    """What a bulk load wrote, and how long writing took (checks not included)."""

    nodes: int
    links: int
    seconds: float
    """Writing all of it."""
    node_seconds: float
    """Writing the nodes (until the batch holding the last node was written)."""
    commit_seconds: float = 0.0
    """Committing, after the last batch was written (the rest is the links')."""
    replaced: int = 0
    """Nodes of interrupted earlier loads of the model, deleted and written again."""

    @property
    def link_seconds(self) -> float:
        return self.seconds - self.node_seconds - self.commit_seconds

    @property
    def nodes_per_second(self) -> float:
        return self.nodes / self.node_seconds if self.node_seconds else 0.0

    @property
    def links_per_second(self) -> float:
        return self.links / self.link_seconds if self.link_seconds else 0.0


class _Clock:
    """Passes progress on, noting when the last node and the last batch were written."""

    def __init__(self, node_count: int, progress: Progress | None) -> None:
        self.started = time.perf_counter()
        self.nodes_left = node_count
        self.nodes_done = self.started if node_count == 0 else 0.0
        self.last_batch = self.started
        self.progress = progress

    def __call__(self, nodes: int, links: int) -> None:
        self.last_batch = time.perf_counter()
        self.nodes_left -= nodes
        if nodes and self.nodes_left <= 0:
            self.nodes_done = self.last_batch
        if self.progress:
            self.progress(nodes, links)

    def report(self, plan: BulkPlan, replaced: int = 0) -> BulkReport:
        ended = time.perf_counter()
        nodes_done = self.nodes_done or ended
        return BulkReport(
            plan.node_count,
            plan.link_count,
            ended - self.started,
            nodes_done - self.started,
            commit_seconds=ended - max(self.last_batch, nodes_done),
            replaced=replaced,
        )


async def bulk_load(
    store: GraphStore,
    plan: BulkPlan,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    actor: str = SYSTEM,
    progress: Progress | None = None,
) -> BulkReport:
    """Create the plan's nodes and links in ``store`` (open); all of them or none.

    Readers see none of the model until all of it is committed, on either store, even
    if the process dies half-way. Raises VALIDATION, before writing anything, if a node
    of the plan is already stored (on Neo4j, unless it is left over from an interrupted
    earlier load of the same model: see :mod:`graph_api.store.neo4j.bulk_leftovers`);
    :class:`~graph_api.bulk.plan.BulkLoadFailed` if the write failed (nothing of it kept).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    leftovers = await _check(store, plan)
    clock = _Clock(plan.node_count, progress)
    if store.name == "neo4j":
        from graph_api.store.neo4j import Neo4jStore
        from graph_api.store.neo4j.bulk import bulk_create as neo4j_create

        if isinstance(store, Neo4jStore):
            await neo4j_create(
                store,
                plan,
                batch_size=batch_size,
                actor=actor,
                progress=clock,
                leftovers=leftovers,
            )
            return clock.report(plan, leftovers.count if leftovers else 0)
    if store.name == "embedded":
        from graph_api.store.embedded import EmbeddedStore
        from graph_api.store.embedded.bulk import bulk_create as embedded_create

        if isinstance(store, EmbeddedStore):
            await embedded_create(store, plan, batch_size=batch_size, actor=actor, progress=clock)
            return clock.report(plan)
    # Any other store (a wrapper): its own atomic write, in one transaction.
    await store.write(plan_ops(plan), actor=actor)
    clock(plan.node_count, plan.link_count)
    return clock.report(plan)


async def _check(store: GraphStore, plan: BulkPlan) -> "Leftovers | None":
    """Check that no node of the plan is stored, but for leftovers of interrupted
    loads of it on Neo4j (returned, for the load to delete in its transaction)."""
    try:
        await check_new(store, plan)
        return None
    except BulkRefused:
        if store.name != "neo4j":
            raise
        from graph_api.store.neo4j import Neo4jStore
        from graph_api.store.neo4j.bulk_leftovers import find_leftovers

        if not isinstance(store, Neo4jStore):
            raise
        leftovers = await find_leftovers(store, plan)
        if leftovers is None:
            raise
    # The other nodes of the plan must still be new.
    rest = {
        kind: [op for op in ops if op.key not in leftovers.nodes.get(kind, frozenset())]
        for kind, ops in plan.nodes.items()
    }
    await check_new(store, BulkPlan(rest))
    return leftovers


def plan_ops(plan: BulkPlan) -> list[WriteOp]:
    """The plan as ordinary write operations (create-only upserts, then links)."""
    ops: list[WriteOp] = [
        UpsertNode(op.kind, op.key, op.props, create_only=True)
        for nodes in plan.nodes.values()
        for op in nodes
    ]
    ops.extend(
        AddLink(spec.type, NodeRef(spec.source, s), NodeRef(spec.target, t))
        for spec, pairs in plan.links.items()
        for s, t in pairs
    )
    return ops
