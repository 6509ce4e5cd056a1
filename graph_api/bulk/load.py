"""Bulk loading a plan into whichever store, through its own fast path, timed."""

import time
from dataclasses import dataclass

from graph_api.store.base import SYSTEM, GraphStore
from graph_api.store.bulk_plan import DEFAULT_BATCH_SIZE, BulkPlan, Progress


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
        self.node_count = node_count
        self.progress = progress
        self.start()

    def start(self) -> None:
        """(Re)start timing: the store calls it when its checks passed."""
        self.started = time.perf_counter()
        self.nodes_left = self.node_count
        self.nodes_done = self.started if self.node_count == 0 else 0.0
        self.last_batch = self.started

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
    :class:`~graph_api.store.bulk_plan.BulkLoadFailed` if the write failed (nothing of
    it kept). Each store writes the plan its own way (``GraphStore.bulk_create``); the
    report times the write alone, from when the store's checks passed.
    """
    clock = _Clock(plan.node_count, progress)
    replaced = await store.bulk_create(
        plan, batch_size=batch_size, actor=actor, progress=clock, started=clock.start
    )
    return clock.report(plan, replaced)
