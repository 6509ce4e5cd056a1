"""GraphQL requests generated from the schema that walk every relationship field to depth 3.

:func:`generated_requests` writes one document per planned tree (tests/reads/walk_plan.py)
and varies, document by document and field by field in a fixed rotation, everything a
client may put around a relationship field: roots (a listing, a lookup by key,
``node(id:)`` with fragments on two types), aliases (one field twice with other
arguments), named and inline fragments (on the kind and on ``Node``), ``@skip`` and
``@include`` driven by variables (each document using them is sent with both values),
``where`` (a property test or a relation test, inline or as a variable), ``orderBy`` on
a string property DESC, connection pages (``first``, ``last``, ``after``/``before``
cursors taken from a first answer) and every part of a connection.
"""

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graph_api.graphql.ids import global_id
from graph_api.store.base import NodeRef
from tests.reads.demo_graph import DemoGraph, demo_graph
from tests.reads.schema_shape import EnumValue, RelationField, SchemaShape, Shape
from tests.reads.walk_plan import Branch, PlannedDocument, planned_documents

PATHS_PER_DOCUMENT = 20
PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"


@dataclass(frozen=True, slots=True)
class CursorSource:
    """Where a cursor variable's value is read in a first answer of the same request."""

    path: tuple[str, ...]
    """Response keys from ``data`` to a connection (lists on the way are searched)."""
    last: bool
    """Take the cursor of the connection's last edge (for ``before``), else its first."""


@dataclass
class GeneratedRequest:
    """One request of the walk: its document and variables, and the cursors it needs."""

    name: str
    document: str
    variables: dict[str, Any]
    cursors: dict[str, CursorSource] = field(default_factory=dict)


def literal(value: Any) -> str:
    """``value`` written as a GraphQL input literal (enum values bare)."""
    if isinstance(value, EnumValue):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


class _DocumentWriter:
    """Writes one planned document; ``number`` picks its styles, ``turns`` (shared by all
    documents) rotates the arguments of each field occurrence."""

    def __init__(
        self, shape: SchemaShape, graph: DemoGraph, number: int, turns: Counter[str]
    ) -> None:
        self.shape = shape
        self.graph = graph
        self.number = number
        self.turns = turns
        self.declared: dict[str, str] = {}
        self.values: dict[str, Any] = {}
        self.cursors: dict[str, CursorSource] = {}
        self.fragments: list[str] = []
        self.fragment_style = number % 4  # 0 plain, 1 named, 2 inline, 3 both by depth
        self.duplicates = number % 3 == 0
        self.directives = number % 5 in (1, 3)

    def turn(self, name: str) -> int:
        self.turns[name] += 1
        return self.turns[name]

    def variable(self, name: str, type_: str, value: Any) -> str:
        name = f"{name}{len(self.declared)}"
        self.declared[name] = type_
        self.values[name] = value
        return f"${name}"

    # --- arguments ----------------------------------------------------------------

    def where(self, kind: str, turn: int, relation: bool) -> dict[str, Any]:
        tests = self.shape.property_tests(kind)
        relations = self.shape.relation_tests(kind)
        if relation and relations:
            name, target = relations[turn % len(relations)]
            inner = self.shape.property_tests(target)
            return {name: {"some": dict([inner[turn % len(inner)]]) if inner else {}}}
        name, test = tests[turn % len(tests)]
        return {name: test}

    def where_argument(self, kind: str, turn: int, relation: bool, both: bool = False) -> str:
        """A property test, a relation test, or (``both``) the two under ``AND``."""
        value = self.where(kind, turn, relation)
        if both:
            value = {"AND": [value, self.where(kind, turn + 1, not relation)]}
        if turn % 3 == 0:  # a third as variables, the rest inline
            return f"where: {self.variable('w', f'{kind}Where', value)}"
        return f"where: {literal(value)}"

    def order_argument(self, kind: str, turn: int) -> str | None:
        orders = self.shape.string_orders(kind)
        if not orders:
            return None
        return f"orderBy: [{{{orders[turn % len(orders)]}: DESC}}]"

    def list_arguments(self, f: RelationField, turn: int) -> list[str]:
        variant = turn % 5
        args: list[str] = []
        if variant in (1, 2, 4):
            args.append(self.where_argument(f.target, turn, variant == 2, both=variant == 4))
        if variant in (3, 4) and (order := self.order_argument(f.target, turn)):
            args.append(order)
        return args

    # --- selections ---------------------------------------------------------------

    def leaves(self, kind: str) -> str:
        leaves = [leaf for leaf in self.shape.leaves[kind] if leaf != "key"]
        turn = self.turn(f"leaves:{kind}")
        picked = {leaves[(2 * turn) % len(leaves)], leaves[(2 * turn + 1) % len(leaves)]}
        typename = ["__typename"] if turn % 2 else []
        return " ".join(["key", *sorted(picked), *typename])

    def node_selection(
        self, kind: str, branches: dict[str, Branch], path: tuple[str, ...], depth: int
    ) -> str:
        """What is read of a node of ``kind`` whose relationship fields are at ``depth``."""
        parts = [self.leaves(kind)]
        for index, branch in enumerate(branches.values()):
            parts.extend(self.relation(branch, path, depth, index))
        body = " ".join(parts)
        named = self.fragment_style == 1 or (self.fragment_style == 3 and depth % 2 == 1)
        inline = self.fragment_style == 2 or (self.fragment_style == 3 and depth % 2 == 0)
        if named:
            name = f"{kind}Depth{depth}Part{len(self.fragments)}"
            self.fragments.append(f"fragment {name} on {kind} {{ {body} }}")
            return f"...{name}"
        if inline:
            return f"... on {kind} {{ {body} }} ... on Node {{ id __typename }}"
        return body

    def directive(self, depth: int, index: int) -> str:
        if not self.directives:
            return ""
        if depth == 1 and index == 1:
            return f" @skip(if: {self.variable('hidden', 'Boolean!', False)})"
        if depth == 2 and index == 0:
            return f" @include(if: {self.variable('shown', 'Boolean!', True)})"
        return ""

    def relation(self, branch: Branch, path: tuple[str, ...], depth: int, index: int) -> list[str]:
        f = branch.relation
        twice = self.duplicates and depth == 1 and index == 0 and f.shape is not Shape.SINGLE
        aliases = [f"{f.name}A", f"{f.name}B"] if twice else [None]
        written = []
        for alias in aliases:
            key = alias or f.name
            turn = self.turn(f"{f.shape}")
            directive = self.directive(depth, index)
            if f.shape is Shape.CONNECTION:
                args, selection = self.connection(f, branch, (*path, key), depth, turn)
            else:
                args = self.list_arguments(f, turn) if f.shape is Shape.LIST else []
                selection = self.node_selection(f.target, branch.children, (*path, key), depth + 1)
            arguments = f"({', '.join(args)})" if args else ""
            label = f"{alias}: " if alias else ""
            written.append(f"{label}{f.name}{arguments}{directive} {{ {selection} }}")
        return written

    def connection(
        self, f: RelationField, branch: Branch, path: tuple[str, ...], depth: int, turn: int
    ) -> tuple[list[str], str]:
        variant = turn % 6
        if variant == 0:
            args = ["first: 2"]
        elif variant == 1:
            args = ["last: 2"]
        elif variant == 2:
            args = ["first: 2", f"after: {self.cursor(path, last=False)}"]
        elif variant == 3:
            args = ["last: 1", f"before: {self.cursor(path, last=True)}"]
        elif variant == 4:
            args = ["first: 3", self.where_argument(f.target, turn, relation=True)]
        else:
            args = ["first: 2", self.where_argument(f.target, turn, relation=False)]
        if variant == 5 and (order := self.order_argument(f.target, turn)):
            args.append(order)
        parts = self.connection_parts(
            f.target, branch.children, path, depth, turn, variant in (2, 3)
        )
        return args, parts

    def connection_parts(
        self,
        kind: str,
        children: dict[str, Branch],
        path: tuple[str, ...],
        depth: int,
        turn: int,
        needs_edges: bool,
    ) -> str:
        """``totalCount``, ``edges``, ``nodes`` and ``pageInfo`` in turn; the nested
        fields go under ``edges { node }`` or ``nodes``."""
        form = (turn // 6 + depth) % 3
        if form == 1 and needs_edges:
            form = 0
        if form == 1:
            inner = self.node_selection(kind, children, (*path, "nodes"), depth + 1)
            return f"totalCount nodes {{ {inner} }}"
        inner = self.node_selection(kind, children, (*path, "edges", "node"), depth + 1)
        edges = f"edges {{ cursor node {{ {inner} }} }}"
        if form == 0:
            return f"totalCount {edges} {PAGE_INFO}"
        return f"{edges} nodes {{ key }} pageInfo {{ hasNextPage endCursor }}"

    def cursor(self, path: tuple[str, ...], last: bool) -> str:
        reference = self.variable("cursor", "String", None)
        self.cursors[reference[1:]] = CursorSource(path, last)
        return reference

    # --- roots ----------------------------------------------------------------------

    def reach(self, branches: dict[str, Branch], keys: set[str], depth: int) -> int:
        """How much of ``branches`` the demo fills from the nodes ``keys``: the nodes
        each level reaches, deeper levels weighing more."""
        total = 0
        for branch in branches.values():
            reached = self.graph.reached(branch.relation, keys)
            total += depth * depth * len(reached) + self.reach(branch.children, reached, depth + 1)
        return total

    def best_keys(self, planned: PlannedDocument, count: int) -> list[str]:
        """The ``count`` demo nodes of the root kind the document reads most under."""
        keys = self.graph.keys[planned.root]
        ranked = sorted(keys, key=lambda key: -self.reach(planned.branches, {key}, 1))
        return sorted(ranked[:count])

    def root(self, planned: PlannedDocument) -> str:
        kind = planned.root
        roots = self.shape.roots[kind]
        form = self.number % 3
        if form == 0:
            listing = roots.listing
            # A listing of the best nodes: its where holds them, its order and pages work
            # as over any other set.
            where = f"where: {{key: {{in: {literal(self.best_keys(planned, 3))}}}}}"
            if self.number % 2:
                args = f"first: 2, {where}, after: {self.cursor((listing,), last=False)}"
                inner = self.node_selection(kind, planned.branches, (listing, "edges", "node"), 1)
                return f"{listing}({args}) {{ totalCount edges {{ cursor node {{ {inner} }} }} }}"
            inner = self.node_selection(kind, planned.branches, (listing, "nodes"), 1)
            return f"{listing}(first: 2, {where}) {{ totalCount nodes {{ {inner} }} {PAGE_INFO} }}"
        (key,) = self.best_keys(planned, 1)
        if form == 1:
            inner = self.node_selection(kind, planned.branches, (roots.lookup,), 1)
            name = self.variable("key", "String!", key) if self.number % 2 else literal(key)
            return f"{roots.lookup}(key: {name}) {{ {inner} }}"
        inner = self.node_selection(kind, planned.branches, ("node",), 1)
        other = next(k for k in self.shape.node_types if k != kind)
        node_id = self.variable("id", "ID!", global_id(NodeRef(kind, key)))
        return (
            f"node(id: {node_id}) {{ __typename id ... on {kind} {{ {inner} }} "
            f"... on {other} {{ key }} }}"
        )

    def document(self, planned: PlannedDocument) -> str:
        root = self.root(planned)
        declared = ", ".join(f"${name}: {type_}" for name, type_ in self.declared.items())
        head = f"query Walk{self.number}({declared})" if declared else f"query Walk{self.number}"
        return "\n".join([f"{head} {{ {root} }}", *self.fragments])


@cache
def generated_requests(paths_per_document: int = PATHS_PER_DOCUMENT) -> list[GeneratedRequest]:
    """Every request of the walk, in a fixed order (the same on every run)."""
    shape = SchemaShape.from_file()
    graph = demo_graph()
    turns: Counter[str] = Counter()
    requests: list[GeneratedRequest] = []
    for number, planned in enumerate(planned_documents(shape, graph, paths_per_document)):
        writer = _DocumentWriter(shape, graph, number, turns)
        document = writer.document(planned)
        name = f"{number:03d}-{planned.root}"
        switches = [v for v in writer.values if v.startswith(("hidden", "shown"))]
        if not switches:
            requests.append(GeneratedRequest(name, document, writer.values, writer.cursors))
            continue
        # Each switch with both of its values: all fields shown, then all hidden.
        for shown in (True, False):
            values = dict(writer.values)
            for switch in switches:
                values[switch] = shown if switch.startswith("shown") else not shown
            label = "shown" if shown else "hidden"
            requests.append(GeneratedRequest(f"{name}-{label}", document, values, writer.cursors))
    return requests
