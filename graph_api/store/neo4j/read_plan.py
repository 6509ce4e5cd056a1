"""Read plans on Neo4j: one Cypher statement per plan, every value a parameter.

The shape is the one ``@neo4j/graphql`` compiles a selection to: the roots matched by
key (or the listing's page, :func:`~graph_api.store.neo4j.listing.list_query`), each
returned as a map of the properties the plan asks for, with one ``COLLECT { }``
subquery per relationship field (filter, order and ``LIMIT`` inside it, nested the same
way) and a ``COUNT { }`` where a total is needed. A connection cut by ``first`` alone
reads one node more than the page when its ``pageInfo`` is asked for (so
``hasNextPage`` needs no count), and the page alone otherwise; one paged by
cursors or from the end reads the whole ordered list, which
:func:`~graph_api.store.read_plan.windowed` cuts as listings do.

Labels, relationship types and property names are spliced in only after being checked
against the metamodel (``property_name``); filters and windows are parameters.
"""

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from graph_api.metamodel import NODE_KINDS, node_spec
from graph_api.store.base import NodeRecord
from graph_api.store.neo4j.listing import CypherListing, cut_page, list_query
from graph_api.store.neo4j.records import AUDIT_FIELDS, to_partial_record, to_record
from graph_api.store.read_plan import (
    FieldRead,
    Properties,
    ReadNode,
    ReadPage,
    ReadPlan,
    in_key_order,
    windowed,
)

_TIMES = ("createdAt", "updatedAt")
_ALWAYS = ("key",)


@cache
def _stored_names(kind: str) -> frozenset[str]:
    fields = NODE_KINDS[kind].fields()
    return frozenset({*AUDIT_FIELDS, *(f.alias or attr for attr, f in fields.items())})


def _stored_name(kind: str, name: str) -> str:
    """``name`` if ``kind`` stores a property of that name; ValueError otherwise (a
    name is spliced into the text only once checked)."""
    if name not in _stored_names(kind):
        raise ValueError(f"{kind} has no property {name!r}")
    return name


def _related_name(index: int) -> str:
    """The map key a relationship read is returned under: not a property name."""
    return f"`#{index}`"


def _count_name(index: int) -> str:
    return f"`#{index}n`"


def _cut_by_first(read: FieldRead) -> bool:
    """Whether Neo4j can cut the list itself: a window of ``first`` alone."""
    span = read.window
    return (
        span is not None
        and span.first is not None
        and span.after is None
        and span.before is None
        and span.last is None
    )


class PlanCypher:
    """Compiles one plan, collecting its parameters."""

    def __init__(self) -> None:
        self.listing = CypherListing()
        self._variables = 0

    def _variable(self) -> str:
        self._variables += 1
        return f"r{self._variables}"

    def project(
        self, kind: str, properties: Properties, reads: tuple[FieldRead, ...], var: str
    ) -> str:
        """The map ``var`` is returned as: its properties and its relationship reads."""
        if properties.everything:
            entries = [".*", *(f"{t}: toString({var}.{t})" for t in _TIMES)]
        else:
            entries = []
            for name in sorted({*_ALWAYS, *properties.names}):
                checked = _stored_name(kind, name)
                if checked in _TIMES:
                    entries.append(f"{checked}: toString({var}.{checked})")
                else:
                    entries.append(f".{checked}")
        for index, read in enumerate(reads):
            entries.append(f"{_related_name(index)}: {self._related(read, var)}")
            if read.count and _cut_by_first(read):
                entries.append(f"{_count_name(index)}: COUNT {{ {self._match(read, var)[0]} }}")
        return f"{var} {{ {', '.join(entries)} }}"

    def by_keys(self, plan: ReadPlan, name: str) -> str:
        """Reads the nodes of a plan by key, returned as the list ``name``."""
        if plan.keys is None:
            raise ValueError("a plan of nodes by key is needed here")
        label = node_spec(plan.kind).name
        keys = self.listing.param(list(plan.keys))
        projection = self.project(plan.kind, plan.properties, plan.below, "n")
        return f"MATCH (n:{label}) WHERE n.key IN {keys} RETURN collect({projection}) AS {name}"

    def _match(self, read: FieldRead, owner: str) -> tuple[str, str]:
        """``MATCH ... WHERE ...`` from ``owner`` along the read's field, and its variable."""
        var = self._variable()
        rel = read.field.relationship
        other = read.field.other_kind
        labelled = f"({var}:{node_spec(other).name})"
        if read.field.direction == "out":
            pattern = f"({owner})-[:{rel.type}]->{labelled}"
        else:
            pattern = f"{labelled}-[:{rel.type}]->({owner})"
        condition = self.listing.condition(other, read.where, var)
        return f"MATCH {pattern} WHERE {condition}", var

    def _related(self, read: FieldRead, owner: str) -> str:
        match, var = self._match(read, owner)
        other = read.field.other_kind
        order = self.listing.order_by(other, read.order, var=var)
        limit = ""
        if _cut_by_first(read):
            assert read.window is not None and read.window.first is not None
            # One node more tells hasNextPage, when asked for.
            more = 1 if read.page_info else 0
            limit = f" LIMIT {self.listing.param(read.window.first + more)}"
        projection = self.project(other, read.properties, read.below, var)
        return f"COLLECT {{ {match} WITH {var} ORDER BY {order}{limit} RETURN {projection} }}"


def plan_query(plan: ReadPlan) -> tuple[str, dict[str, Any]]:
    """The plan's one statement and its parameters."""
    cypher = PlanCypher()
    if plan.listing is not None:

        def project(var: str) -> str:
            return cypher.project(plan.kind, plan.properties, plan.below, var)

        return list_query(plan.kind, plan.listing, cypher.listing, project, one_more=False)
    return cypher.by_keys(plan, "page"), cypher.listing.params


def plans_query(plans: Sequence[ReadPlan]) -> tuple[str, dict[str, Any]]:
    """One statement reading several plans of nodes by key: a ``CALL`` each."""
    cypher = PlanCypher()
    calls = [f"CALL () {{ {cypher.by_keys(plan, f'page{i}')} }}" for i, plan in enumerate(plans)]
    returned = ", ".join(f"page{index}" for index in range(len(plans)))
    return " ".join(calls) + f" RETURN {returned}", cypher.listing.params


def plans_answers(plans: Sequence[ReadPlan], rows: list[dict[str, Any]]) -> list[ReadPage]:
    """The answers of :func:`plans_query`'s row, one per plan."""
    (row,) = rows
    return [plan_answer(plan, [{"page": row[f"page{index}"]}]) for index, plan in enumerate(plans)]


def plan_answer(plan: ReadPlan, rows: list[dict[str, Any]]) -> ReadPage:
    """The statement's one row as the plan's answer."""
    (row,) = rows
    roots = _nodes(plan.kind, plan.properties, plan.below, row["page"])
    if plan.keys is not None:
        return in_key_order(roots, plan.keys)
    assert plan.listing is not None
    page, has_next, has_previous = cut_page(roots, row, plan.listing.window)
    return ReadPage(page, int(row["total"]), has_next, has_previous)


def _nodes(
    kind: str, properties: Properties, reads: tuple[FieldRead, ...], maps: list[dict[str, Any]]
) -> list[ReadNode]:
    """The nodes of ``maps`` (``PlanCypher.project``'s maps) with the reads below them;
    each node's record is made only if asked for."""
    make = _record_maker(kind, properties.everything)
    below = [(read, f"#{index}", f"#{index}n") for index, read in enumerate(reads)]
    nodes = []
    for found in maps:
        node = ReadNode.as_read(found, make)
        for read, name, count_name in below:
            children = _nodes(read.field.other_kind, read.properties, read.below, found[name])
            node.related[read.key] = _related_read(read, children, found.get(count_name))
        nodes.append(node)
    return nodes


@cache
def _record_maker(kind: str, everything: bool) -> Callable[[Mapping[str, Any]], NodeRecord]:
    """Makes the record of a node of ``kind`` from its map (relationship reads left out)."""
    convert = to_record if everything else to_partial_record

    def make(found: Mapping[str, Any]) -> NodeRecord:
        return convert(kind, {k: v for k, v in found.items() if not k.startswith("#")})

    return make


def _related_read(read: FieldRead, children: list[ReadNode], count: int | None) -> ReadPage:
    if not _cut_by_first(read):
        return windowed(children, read)
    assert read.window is not None and read.window.first is not None
    first = read.window.first
    more = len(children) > first
    page = children[:first]
    total = count if count is not None else len(children)
    return ReadPage(page, total, has_next_page=more, has_previous_page=False)
