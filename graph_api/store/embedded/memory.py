"""The in-memory graph of the embedded store, and transactions over it with undo.

Nodes are kept per kind in dicts (fast lookups by key); relationships in a networkx
``MultiDiGraph`` whose nodes are :class:`NodeRef` and whose edge keys are relationship
types, so graph algorithms (paths, reachability) run on it directly. A relationship's
identifier (:attr:`AddLink.identifier`), when it has one, is the edge's ``identifier``
data.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import networkx as nx

from graph_api.errors import LinkNotFound, NotFound
from graph_api.metamodel import RelationshipSpec, node_spec
from graph_api.store.base import (
    SYSTEM,
    AddLink,
    DeleteNode,
    LinkRef,
    NodeRecord,
    NodeRef,
    RemoveLink,
    UpsertNode,
    WriteOp,
    WriteResult,
)
from graph_api.store.capability_levels import (
    HIERARCHY,
    KIND,
    LEVEL,
    derived_levels,
    keep_stored_level,
    relevelled,
    touches_levels,
)
from graph_api.store.rules import (
    CycleRefused,
    already_exists,
    check_version,
    require_link_identifier,
    require_relationship,
    second_source,
    second_target,
)

Edge = tuple[NodeRef, NodeRef, str]
"""A relationship: (source, target, type)."""
IDENTIFIER = "identifier"
"""The edge data holding a relationship's identifier (absent when it has none)."""


class MemoryGraph:
    """Nodes by kind and key, relationships in a networkx multigraph."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, NodeRecord]] = {}
        self.graph: nx.MultiDiGraph = nx.MultiDiGraph()
        self.node_changes = 0
        """Counts every node put or removed: what is derived from the nodes alone (the
        search index) is kept until it changes."""

    def get(self, ref: NodeRef) -> NodeRecord | None:
        return self.nodes.get(ref.kind, {}).get(ref.key)

    def put(self, record: NodeRecord) -> None:
        self.nodes.setdefault(record.kind, {})[record.key] = record
        self.graph.add_node(record.ref)
        self.node_changes += 1

    def remove(self, ref: NodeRef) -> list[tuple[Edge, str | None]]:
        """Remove a node; return the relationships it had, which went with it, each with
        its identifier (to put them back as they were)."""
        edges = [(edge, self.identifier(edge)) for edge in self.edges_of(ref)]
        del self.nodes[ref.kind][ref.key]
        self.graph.remove_node(ref)
        self.node_changes += 1
        return edges

    def edges_of(self, ref: NodeRef) -> list[Edge]:
        out = [(ref, t, k) for _, t, k in self.graph.out_edges(ref, keys=True)]
        inc = [(s, ref, k) for s, _, k in self.graph.in_edges(ref, keys=True) if s != ref]
        return out + inc

    def has_edge(self, edge: Edge) -> bool:
        source, target, type_ = edge
        return bool(self.graph.has_edge(source, target, key=type_))

    def add_edge(self, edge: Edge, identifier: str | None = None) -> None:
        source, target, type_ = edge
        if identifier is None:
            self.graph.add_edge(source, target, key=type_)
        else:
            self.graph.add_edge(source, target, key=type_, **{IDENTIFIER: identifier})

    def identifier(self, edge: Edge) -> str | None:
        """The identifier of the stored relationship ``edge`` (None when it has none)."""
        source, target, type_ = edge
        found: str | None = self.graph.edges[source, target, type_].get(IDENTIFIER)
        return found

    def set_identifier(self, edge: Edge, identifier: str | None) -> None:
        """Give the stored relationship ``edge`` ``identifier`` (None: take it away)."""
        source, target, type_ = edge
        data = self.graph.edges[source, target, type_]
        if identifier is None:
            data.pop(IDENTIFIER, None)
        else:
            data[IDENTIFIER] = identifier

    def identifiers(self, ref: NodeRef, type_: str, kind: str, out: bool) -> dict[str, str]:
        """The identifiers of ``ref``'s ``type_`` links to (``out``) or from nodes of
        ``kind``, by the other end's key; links without one are left out."""
        if ref not in self.graph:
            return {}
        edges = (
            ((t, d) for _, t, k, d in self.graph.out_edges(ref, keys=True, data=True) if k == type_)
            if out
            else (
                (s, d)
                for s, _, k, d in self.graph.in_edges(ref, keys=True, data=True)
                if k == type_
            )
        )
        return {
            other.key: data[IDENTIFIER]
            for other, data in edges
            if other.kind == kind and IDENTIFIER in data
        }

    def remove_edge(self, edge: Edge) -> None:
        source, target, type_ = edge
        self.graph.remove_edge(source, target, key=type_)

    def in_position_order(self, refs: Iterable[NodeRef]) -> list[NodeRef]:
        """``refs`` by their ``order`` property, then key: stages, steps and value-stream
        stages in sequence (nodes of other kinds, without ``order``, come by key)."""

        def position(ref: NodeRef) -> tuple[int, str]:
            record = self.get(ref)
            return (int(record.props.get("order", 0)) if record else 0, ref.key)

        return sorted(refs, key=position)

    def targets(self, ref: NodeRef, type_: str, kind: str) -> Iterator[NodeRef]:
        """Nodes of ``kind`` that ``ref`` points to through ``type_``."""
        if ref not in self.graph:
            return
        for _, target, key in self.graph.out_edges(ref, keys=True):
            if key == type_ and target.kind == kind:
                yield target

    def chain(self, start: NodeRef, goal: NodeRef, type_: str) -> list[NodeRef] | None:
        """The shortest chain of ``type_`` links from ``start`` to ``goal`` (``[start]``
        when they are one node), None when none leads there. Breadth-first, each node
        once, so it ends even on a cycle already stored."""
        previous: dict[NodeRef, NodeRef | None] = {start: None}
        frontier = [start]
        while frontier:
            if goal in previous:
                chain: list[NodeRef] = []
                node: NodeRef | None = goal
                while node is not None:
                    chain.append(node)
                    node = previous[node]
                return chain[::-1]
            reached: list[NodeRef] = []
            for node in frontier:
                for target in sorted(self.targets(node, type_, goal.kind)):
                    if target not in previous:
                        previous[target] = node
                        reached.append(target)
            frontier = reached
        return None

    def sources(self, ref: NodeRef, type_: str, kind: str) -> Iterator[NodeRef]:
        """Nodes of ``kind`` that point to ``ref`` through ``type_``."""
        if ref not in self.graph:
            return
        for source, _, key in self.graph.in_edges(ref, keys=True):
            if key == type_ and source.kind == kind:
                yield source


@dataclass(slots=True)
class TouchedState:
    """What a transaction changed, for persisting its net effect."""

    nodes: set[NodeRef]
    edges: set[Edge]


class MemoryTransaction:
    """Applies write operations to a :class:`MemoryGraph`, able to undo all of them."""

    def __init__(
        self, memory: MemoryGraph, now: datetime | None = None, actor: str = SYSTEM
    ) -> None:
        self.memory = memory
        self.now = now or datetime.now(UTC)
        self.actor = actor
        self.result = WriteResult()
        self.touched = TouchedState(set(), set())
        self._undo: list[Callable[[], object]] = []
        self._added: set[LinkRef] = set()
        """The links this write added: their identifier is part of the addition."""

    def apply(self, op: WriteOp) -> None:
        match op:
            case UpsertNode():
                self._upsert(op)
            case DeleteNode():
                self._delete(op)
            case AddLink():
                self._link(op)
            case RemoveLink():
                self._unlink(op)

    def apply_all(self, ops: Iterable[WriteOp]) -> None:
        """Apply ``ops`` in order, then derive again what depends on them (capability
        levels): a whole write, as the store commits it."""
        ops = list(ops)
        for op in ops:
            self.apply(op)
        if touches_levels(ops):
            self._derive_levels()

    def _derive_levels(self) -> None:
        """Each capability's level from the hierarchy, stored where it changed: a new
        version for a capability this write had not changed otherwise."""
        capabilities = self.memory.nodes.get(KIND, {})
        parents = {
            key: next((w.key for w in self.memory.targets(r.ref, HIERARCHY, KIND)), None)
            for key, r in capabilities.items()
        }
        written = {*self.result.created, *self.result.updated}
        for key, level in derived_levels(parents).items():
            record = capabilities[key]
            if record.props.get(LEVEL) != level:
                derived = relevelled(record, level, self.result, written, self.now, self.actor)
                self._put(derived, record)

    def rollback(self) -> None:
        while self._undo:
            self._undo.pop()()

    # -- nodes ---------------------------------------------------------------------------

    def _upsert(self, op: UpsertNode) -> None:
        node_spec(op.kind)  # unknown kinds never reach the graph
        ref = op.ref
        existing = self.memory.get(ref)
        props = dict(op.props)
        keep_stored_level(op.kind, props, existing.props if existing else None)
        if existing is None:
            if op.must_exist:
                raise NotFound(op.kind, op.key)
            record = NodeRecord(
                op.kind, op.key, props, self.now, self.now, 1, self.actor, self.actor
            )
            self.result.created.append(ref)
        else:
            if op.create_only:
                raise already_exists(ref)
            check_version(ref, existing.version, op.expected_version)
            if dict(existing.props) == props:
                self.result.unchanged.append(ref)
                self.result.records[ref] = existing
                return
            record = replace(
                existing,
                props=props,
                updated_at=self.now,
                version=existing.version + 1,
                updated_by=self.actor,
            )
            self.result.updated.append(ref)
        self._put(record, existing)
        self.result.records[ref] = record

    def _put(self, record: NodeRecord, previous: NodeRecord | None) -> None:
        memory = self.memory
        memory.put(record)
        self.touched.nodes.add(record.ref)
        if previous is None:
            self._undo.append(lambda: memory.remove(record.ref))
        else:
            self._undo.append(lambda: memory.put(previous))

    def _delete(self, op: DeleteNode) -> None:
        ref = op.ref
        existing = self.memory.get(ref)
        if existing is None:
            raise NotFound(op.kind, op.key)
        check_version(ref, existing.version, op.expected_version)
        edges = self.memory.remove(ref)
        self.touched.nodes.add(ref)
        self.touched.edges.update(edge for edge, _ in edges)
        memory = self.memory

        def restore() -> None:
            memory.put(existing)
            for edge, identifier in edges:
                memory.add_edge(edge, identifier)

        self._undo.append(restore)
        self.result.deleted.append(ref)
        self.result.records.pop(ref, None)

    # -- relationships -------------------------------------------------------------------

    def _link(self, op: AddLink) -> None:
        spec = require_relationship(op.type, op.source, op.target)
        require_link_identifier(op)
        for ref in (op.source, op.target):
            if self.memory.get(ref) is None:
                raise NotFound(ref.kind, ref.key)
        edge: Edge = (op.source, op.target, op.type)
        memory = self.memory
        if memory.has_edge(edge):
            self._identify(op, edge)
            return
        self._check_cardinality(spec, op.source, op.target)
        if spec.acyclic and (back := memory.chain(op.target, op.source, op.type)):
            raise CycleRefused(op.type, [op.source, *back])
        memory.add_edge(edge, op.identifier)
        self.touched.edges.add(edge)
        self._undo.append(lambda: memory.remove_edge(edge))
        self.result.links_added.append(op.link)
        self._added.add(op.link)
        self.result.linked += 1

    def _identify(self, op: AddLink, edge: Edge) -> None:
        """Give the existing link ``edge`` the identifier ``op`` gives, if it differs."""
        memory = self.memory
        previous = memory.identifier(edge)
        if op.identifier is None or op.identifier == previous:
            return
        memory.set_identifier(edge, op.identifier)
        self.touched.edges.add(edge)
        self._undo.append(lambda: memory.set_identifier(edge, previous))
        if op.link not in self._added:
            self.result.links_identified.append(op.link)

    def _check_cardinality(self, spec: RelationshipSpec, source: NodeRef, target: NodeRef) -> None:
        if spec.single_target:
            for other in self.memory.targets(source, spec.type, spec.target):
                raise second_target(spec, source, other)
        if spec.single_source:
            for other in self.memory.sources(target, spec.type, spec.source):
                raise second_source(spec, target, other)

    def _unlink(self, op: RemoveLink) -> None:
        require_relationship(op.type, op.source, op.target)
        edge: Edge = (op.source, op.target, op.type)
        if not self.memory.has_edge(edge):
            raise LinkNotFound(f"no {op.type} relationship from {op.source} to {op.target}")
        memory = self.memory
        identifier = memory.identifier(edge)
        memory.remove_edge(edge)
        self.touched.edges.add(edge)
        self._undo.append(lambda: memory.add_edge(edge, identifier))
        self.result.links_removed.append(LinkRef(op.type, op.source, op.target))
        self.result.unlinked += 1
