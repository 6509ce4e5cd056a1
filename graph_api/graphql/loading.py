"""Reading the nodes a traversal named before it answers, through the request's loaders.

Traversals return keys. Their resolver reads every node the answer names, every kind in
one store call, with the relationship fields selected below them: :func:`read_selected`
(only the kinds the selection asks for, for answers read field by field) or
:func:`preloaded_nodes` (impact, paths: every node of the chains). The answer's fields
then return nodes without an await per node, which costs more than the read itself in a
large answer (docs/benchmarks.md). A kind whose nodes the selection asks for their key,
ID or type name alone is not read at all: the traversal's answer already holds those.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

from strawberry.types import Info

from graph_api.errors import NotFound
from graph_api.graphql.library_seams import resolve_info
from graph_api.graphql.reads.roots import planner_for
from graph_api.graphql.reads.selection import NotPlanned
from graph_api.graphql.types.base import GraphNode
from graph_api.graphql.types.nodes import to_node
from graph_api.store.base import NodeRecord, NodeRef


async def preload(
    info: Info,
    refs: Iterable[NodeRef],
    *,
    named_by_answer: bool = False,
    also: Sequence[Info] = (),
    known: Mapping[NodeRef, NodeRecord] | None = None,
) -> None:
    """Read the nodes of ``refs``, every kind in one store call, for
    :func:`read_nodes`; with what the selection reads below them, where it can be
    planned (:mod:`graph_api.graphql.reads`). When the store's own answer named every one
    of ``refs`` (``named_by_answer``), the kinds selected by key alone are not read; refs
    a caller gave (``nodes(ids:)``, a traversal's start) are read, to know they exist.
    ``also``: other fields of the same type as ``info``'s that answer from these nodes
    too (impact's pages of several kinds, read at once), their selections merged.
    ``known``: whole records the caller's store call read already (impact's walk), used
    instead of reading the same nodes again where nothing below them is selected."""
    wanted = list(refs)
    below = None
    key_only: frozenset[str] = frozenset()
    planner = planner_for(info)
    if planner is not None:
        raw = resolve_info(info)
        nodes = [*raw.field_nodes, *(n for other in also for n in resolve_info(other).field_nodes)]
        try:
            within = planner.within(raw.return_type, nodes, {r.kind for r in wanted})
        except NotPlanned:
            within = {}  # read level by level, where the checks report
        below = {kind: reads for kind, (_, reads) in within.items() if reads}
        if named_by_answer:
            key_only = frozenset(
                kind
                for kind, (properties, reads) in within.items()
                if not reads and not properties.everything and properties.names <= {"key"}
            )
    await info.context.loaders.preload(wanted, below, key_only=key_only, known=known)


def _object(info: Info, record: NodeRecord) -> GraphNode:
    """The GraphQL object of a preloaded node, with the reads made below it."""
    return to_node(record, info.context.loaders.related.get(record.ref))


async def preloaded_nodes(info: Info, refs: Iterable[NodeRef]) -> dict[NodeRef, GraphNode]:
    """The nodes of ``refs`` as GraphQL objects, read in one store call, one object
    per node however often it is named; NOT_FOUND if one vanished since the traversal."""
    read = await read_nodes(info, refs)
    return {ref: read.node(ref) for ref in read.found}


NodeT = TypeVar("NodeT", bound=GraphNode)
"""A node type of :mod:`graph_api.graphql.types.node_types`: its name is its kind."""


@dataclass(frozen=True, slots=True)
class NodesRead:
    """A traversal's nodes read in one store call (:func:`read_nodes`), for fields
    that then answer without awaiting: one object per node however often it is named."""

    found: Mapping[NodeRef, GraphNode | None]

    def _get(self, kind: str, key: str) -> GraphNode | None:
        try:
            return self.found[NodeRef(kind, key)]
        except KeyError:
            # A programming error: a node field whose kind its traversal's table lacks.
            missing = f"{kind} {key!r} was not read: is its field in NODE_FIELDS?"
            raise LookupError(missing) from None

    def node(self, ref: NodeRef) -> GraphNode:
        """The node ``ref`` names, of whichever kind; NOT_FOUND if it vanished since."""
        node = self._get(ref.kind, ref.key)
        if node is None:
            raise NotFound(ref.kind, ref.key)
        return node

    def one(self, node_type: type[NodeT], key: str) -> NodeT:
        """The node of ``node_type`` (a class of node_types.py) with ``key``; NOT_FOUND if
        it vanished since the traversal."""
        return cast(NodeT, self.node(NodeRef(node_type.__name__, key)))

    def optional(self, node_type: type[NodeT], key: str | None) -> NodeT | None:
        return None if key is None else cast(NodeT | None, self._get(node_type.__name__, key))

    def many(self, node_type: type[NodeT], keys: Iterable[str]) -> list[NodeT]:
        """The nodes in the order of ``keys``, those that vanished left out."""
        kind = node_type.__name__
        return [cast(NodeT, n) for k in keys if (n := self._get(kind, k)) is not None]


async def read_nodes(
    info: Info,
    refs: Iterable[NodeRef],
    *,
    named_by_answer: bool = False,
    also: Sequence[Info] = (),
    known: Mapping[NodeRef, NodeRecord] | None = None,
) -> NodesRead:
    """The nodes of ``refs``, read now, every kind in one store call (see :func:`preload`
    for ``named_by_answer``, ``also`` and ``known``)."""
    wanted = list(dict.fromkeys(refs))
    await preload(info, wanted, named_by_answer=named_by_answer, also=also, known=known)
    loaders = info.context.loaders
    found = {}
    for ref in wanted:
        record = loaders.preloaded(ref)
        found[ref] = _object(info, record) if record is not None else None
    return NodesRead(found)


def selected_names(info: Info) -> set[str]:
    """The names of every field selected below the current one, at any depth (fragments
    included): what a traversal needs to read before it answers."""
    names: set[str] = set()
    pending = list(info.selected_fields)
    while pending:
        selection = pending.pop()
        name = getattr(selection, "name", None)
        if name is not None:
            names.add(name)
        pending.extend(getattr(selection, "selections", ()))
    return names


def keys_by_kind(node_fields: Mapping[str, str]) -> dict[str, list[str | None]]:
    """An empty list of keys for each kind ``node_fields`` answers: what a traversal fills
    with the keys its answer names, for :func:`read_selected`."""
    return {kind: [] for kind in set(node_fields.values())}


async def read_selected(
    info: Info, node_fields: Mapping[str, str], keys: Mapping[str, Iterable[str | None]]
) -> NodesRead:
    """The nodes a traversal's answer names (``keys`` by kind) of the kinds its selection
    asks for: ``node_fields`` gives the kind each of its node fields answers."""
    kinds = {node_fields[name] for name in selected_names(info) if name in node_fields}
    refs = [NodeRef(kind, key) for kind in kinds for key in keys.get(kind, ()) if key is not None]
    return await read_nodes(info, refs, named_by_answer=True)
