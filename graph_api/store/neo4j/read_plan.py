"""Read plans on Neo4j: one Cypher statement per plan, every value a parameter.

The shape is the one ``@neo4j/graphql`` compiles a selection to: the roots matched by
key (or the listing's page, :func:`~graph_api.store.neo4j.listing.list_query`), each
returned as a map of the properties the plan asks for, with one ``COLLECT { }``
subquery per relationship field (filter, order and ``LIMIT`` inside it, nested the same
way) and a ``COUNT { }`` where a total is needed. A connection cut by ``first`` alone
reads one node more than the page (so ``hasNextPage`` needs no count); one paged by
cursors or from the end reads the whole ordered list, which
:func:`~graph_api.store.read_plan.windowed` cuts as listings do.

Labels, relationship types and property names are spliced in only after being checked
against the metamodel (``property_name``); filters and windows are parameters.
"""

import json
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

from graph_api.metamodel import NODE_KINDS, OBJECT_LIST_FIELDS, node_spec
from graph_api.store.neo4j.listing import CypherListing, cut_page, list_query
from graph_api.store.neo4j.records import AUDIT_FIELDS, to_record
from graph_api.store.read_plan import (
    FieldRead,
    PlanAnswer,
    Properties,
    ReadNode,
    ReadPlan,
    RelatedRead,
    partial_record,
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
            limit = f" LIMIT {self.listing.param(read.window.first + 1)}"
        projection = self.project(other, read.properties, read.below, var)
        return f"COLLECT {{ {match} WITH {var} ORDER BY {order}{limit} RETURN {projection} }}"


def plan_query(plan: ReadPlan) -> tuple[str, dict[str, Any]]:
    """The plan's one statement and its parameters."""
    cypher = PlanCypher()

    def project(var: str) -> str:
        return cypher.project(plan.kind, plan.properties, plan.below, var)

    if plan.listing is not None:
        return list_query(plan.kind, plan.listing, cypher.listing, project)
    label = node_spec(plan.kind).name
    keys = cypher.listing.param(list(plan.keys or ()))
    text = f"MATCH (n:{label}) WHERE n.key IN {keys} RETURN collect({project('n')}) AS page"
    return text, cypher.listing.params


def plans_query(plans: Sequence[ReadPlan]) -> tuple[str, dict[str, Any]]:
    """One statement reading several plans of nodes by key: a ``CALL`` each."""
    cypher = PlanCypher()
    calls = []
    for index, plan in enumerate(plans):
        if plan.keys is None:
            raise ValueError("only plans of nodes by key are read together")
        label = node_spec(plan.kind).name
        keys = cypher.listing.param(list(plan.keys))
        projection = cypher.project(plan.kind, plan.properties, plan.below, "n")
        calls.append(
            f"CALL () {{ MATCH (n:{label}) WHERE n.key IN {keys} "
            f"RETURN collect({projection}) AS page{index} }}"
        )
    returned = ", ".join(f"page{index}" for index in range(len(plans)))
    return " ".join(calls) + f" RETURN {returned}", cypher.listing.params


def plans_answers(plans: Sequence[ReadPlan], rows: list[dict[str, Any]]) -> list[PlanAnswer]:
    """The answers of :func:`plans_query`'s row, one per plan."""
    (row,) = rows
    return [plan_answer(plan, [{"page": row[f"page{index}"]}]) for index, plan in enumerate(plans)]


def plan_answer(plan: ReadPlan, rows: list[dict[str, Any]]) -> PlanAnswer:
    """The statement's one row as the plan's answer."""
    (row,) = rows
    roots = [_node(plan.kind, plan.properties, plan.below, m) for m in row["page"]]
    if plan.keys is not None:
        by_key = {n.record.key: n for n in roots}
        found = [by_key[k] for k in dict.fromkeys(plan.keys) if k in by_key]
        return PlanAnswer(found, len(found))
    assert plan.listing is not None
    page, has_next, has_previous = cut_page(roots, row, plan.listing.window)
    return PlanAnswer(page, int(row["total"]), has_next, has_previous)


def _node(
    kind: str, properties: Properties, reads: tuple[FieldRead, ...], found: dict[str, Any]
) -> ReadNode:
    if properties.everything:
        own = {k: v for k, v in found.items() if not k.startswith("#")}
        record = to_record(kind, own)
    else:
        props: dict[str, Any] = {}
        audit: dict[str, Any] = {}
        for name, value in found.items():
            if name.startswith("#"):
                continue
            if name in AUDIT_FIELDS:
                audit[name] = value
            elif value is not None:  # a missing property reads as null: absent
                props[name] = _decoded(name, value)
        audit["createdAt"] = _time(audit.get("createdAt"))
        audit["updatedAt"] = _time(audit.get("updatedAt"))
        record = partial_record(
            kind, audit["key"], props, {k: v for k, v in audit.items() if v is not None}
        )
    node = ReadNode(record)
    for index, read in enumerate(reads):
        children = [
            _node(read.field.other_kind, read.properties, read.below, m) for m in found[f"#{index}"]
        ]
        node.related[read.key] = _related_read(read, children, found.get(f"#{index}n"))
    return node


def _related_read(read: FieldRead, children: list[ReadNode], count: int | None) -> RelatedRead:
    if not _cut_by_first(read):
        return windowed(children, read)
    assert read.window is not None and read.window.first is not None
    first = read.window.first
    more = len(children) > first
    page = children[:first]
    total = count if count is not None else len(children)
    return RelatedRead(page, total, has_next_page=more, has_previous_page=False)


def _decoded(name: str, value: Any) -> Any:
    if name in OBJECT_LIST_FIELDS and isinstance(value, str):
        return json.loads(value)
    return value


def _time(value: Any) -> Any:
    return datetime.fromisoformat(value) if isinstance(value, str) else value
