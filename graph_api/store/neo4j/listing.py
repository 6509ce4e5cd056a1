"""Listings compiled to parameterised Cypher, with the semantics of
:mod:`graph_api.store.listing`.

Labels, relationship types and property names are spliced into the text only after
being checked against the metamodel; every value a client sent travels as a parameter.
"""

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from graph_api.metamodel import node_spec
from graph_api.store.listing import (
    AUDIT_FIELDS,
    AllOf,
    AnyOf,
    Filter,
    ListQuery,
    Not,
    PropertyTest,
    Related,
    SortKey,
    Window,
)
from graph_api.store.neo4j.cypher import node_map

_COMPARISONS = {
    "eq": "=",
    "in": "IN",
    "contains": "CONTAINS",
    "startsWith": "STARTS WITH",
    "gt": ">",
    "gte": ">=",
    "lt": "<",
    "lte": "<=",
}


class CypherListing:
    """Builds the parts of one query, collecting its parameters as it goes."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}
        self._names = 0

    def param(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = list(value) if isinstance(value, tuple) else value
        return f"${name}"

    def _variable(self) -> str:
        self._names += 1
        return f"m{self._names}"

    def condition(self, kind: str, where: Filter | None, var: str = "n") -> str:
        """A WHERE condition that is true or false, never null."""
        if where is None:
            return "true"
        if isinstance(where, PropertyTest):
            return self._test(kind, where, var)
        if isinstance(where, AllOf | AnyOf):
            if not where.items:
                return "true" if isinstance(where, AllOf) else "false"
            joiner = " AND " if isinstance(where, AllOf) else " OR "
            return "(" + joiner.join(self.condition(kind, i, var) for i in where.items) + ")"
        if isinstance(where, Not):
            return f"NOT {self.condition(kind, where.item, var)}"
        return self._related(kind, where, var)

    def _test(self, kind: str, test: PropertyTest, var: str) -> str:
        access = f"{var}.{property_name(kind, test.name)}"
        if test.op == "isNull":
            return f"{access} IS NULL" if test.value else f"{access} IS NOT NULL"
        return f"coalesce({access} {_COMPARISONS[test.op]} {self.param(test.value)}, false)"

    def _related(self, kind: str, where: Related, var: str) -> str:
        rel, other = where.field.relationship, where.field.other_kind
        if kind != (rel.source if where.field.direction == "out" else rel.target):
            raise ValueError(f"{where.field.name} is not a relationship field of {kind}")
        m = self._variable()
        labelled = f"({m}:{node_spec(other).name})"
        if where.field.direction == "out":
            pattern = f"({var})-[:{rel.type}]->{labelled}"
        else:
            pattern = f"{labelled}-[:{rel.type}]->({var})"
        if where.quantifier == "all":
            if where.where is None:
                return "true"
            inner = self.condition(other, where.where, m)
            return f"NOT EXISTS {{ MATCH {pattern} WHERE NOT {inner} }}"
        inner = self.condition(other, where.where, m)
        exists = f"EXISTS {{ MATCH {pattern} WHERE {inner} }}"
        return exists if where.quantifier == "some" else f"NOT {exists}"

    def text(self, kind: str, text: str | None, var: str = "n") -> str:
        """The ``search`` condition: ``text`` in label or description, ignoring case."""
        if not text:
            return "true"
        label_field = node_spec(kind).label_field
        return (
            f"toLower(coalesce(toString({var}.{label_field}), '') + '\\n' + "
            f"coalesce({var}.description, '')) CONTAINS toLower({self.param(text)})"
        )

    def beyond(
        self, kind: str, order: Sequence[SortKey], cursor: Sequence[Any], *, before: bool
    ) -> str:
        """Nodes strictly after (or before) the cursor's sort values in ``order``."""
        alternatives: list[str] = []
        equal_so_far: list[str] = []
        for key, value in zip(order, cursor, strict=True):
            access = f"n.{property_name(kind, key.name)}"
            # Missing values sort last ascending: "later" flips with DESC and with before.
            later = key.descending == before
            if value is None:
                past = "" if later else f"{access} IS NOT NULL"
                same = f"{access} IS NULL"
            else:
                operand = self.param(value)
                if later:
                    past = f"({access} > {operand} OR {access} IS NULL)"
                else:
                    past = f"coalesce({access} < {operand}, false)"
                same = f"coalesce({access} = {operand}, false)"
            if past:
                alternatives.append(" AND ".join([*equal_so_far, past]))
            equal_so_far.append(same)
        if not alternatives:
            return "false"
        return "(" + " OR ".join(f"({a})" for a in alternatives) + ")"

    def order_by(
        self, kind: str, order: Sequence[SortKey], *, reverse: bool = False, var: str = "n"
    ) -> str:
        return ", ".join(
            f"{var}.{property_name(kind, k.name)} {'DESC' if k.descending != reverse else 'ASC'}"
            for k in order
        )


def property_name(kind: str, name: str) -> str:
    """``name`` if it is a property or audit field of ``kind``; ValueError otherwise."""
    spec = node_spec(kind)
    known = {f.alias or attr for attr, f in spec.scalar_fields().items()}
    if name not in known and name not in AUDIT_FIELDS:
        raise ValueError(f"{kind} has no property {name!r}")
    return name


_NO_CONDITION = "true AND true"
"""What a listing's condition reads without a filter or a text (``CypherListing``)."""


def list_query(
    kind: str,
    query: ListQuery,
    cypher: CypherListing | None = None,
    project: Callable[[str], str] = node_map,
    *,
    one_more: bool = True,
) -> tuple[str, dict[str, Any]]:
    """One query returning the page, the total and what pageInfo needs.

    ``project`` makes what each node of the page is returned as (a read plan's
    projection, its relationship reads included); ``cypher`` collects the parameters
    when the query is part of a larger one. A page of ``first`` reads one node more
    (:func:`cut_page` cuts it) unless ``one_more`` is false: the counts tell whether
    nodes follow it, and a plan's node past the page would be read with everything
    below it.
    """
    cypher = cypher or CypherListing()
    label = node_spec(kind).name
    matching = f"{cypher.condition(kind, query.where)} AND {cypher.text(kind, query.text)}"
    span = query.window
    after = (
        "true" if span.after is None else cypher.beyond(kind, query.order, span.after, before=False)
    )
    before = (
        "true"
        if span.before is None
        else cypher.beyond(kind, query.order, span.before, before=True)
    )
    from_end = span.last is not None
    limit = span.last if from_end else span.first
    more = 1 if one_more or from_end else 0
    order = cypher.order_by(kind, query.order, reverse=from_end)
    if span.after is None and span.before is None and matching != _NO_CONDITION:
        # The filter evaluated once: the matching nodes ordered, counted and cut in one
        # pass (one pass to count and one for the page cost the filter twice). Without a
        # filter two passes are cheaper: the count is the store's, the page a top-k sort.
        cut = "" if limit is None else f"[0..{cypher.param(limit + more)}]"
        text = (
            f"MATCH (n:{label}) WHERE {matching} WITH n ORDER BY {order} "
            "WITH collect(n) AS matched "
            "RETURN size(matched) AS total, size(matched) AS afterCount, "
            f"size(matched) AS beforeCount, [n IN matched{cut} | {project('n')}] AS page"
        )
        return text, cypher.params
    limit_clause = "" if limit is None else f" LIMIT {cypher.param(limit + more)}"
    text = (
        f"CALL () {{ MATCH (n:{label}) WHERE {matching} "
        f"RETURN count(n) AS total, count(CASE WHEN {after} THEN 1 END) AS afterCount, "
        f"count(CASE WHEN {before} THEN 1 END) AS beforeCount }} "
        f"CALL () {{ MATCH (n:{label}) WHERE {matching} AND {after} AND {before} "
        f"WITH n ORDER BY {order}{limit_clause} "
        f"RETURN collect({project('n')}) AS page }} "
        "RETURN total, afterCount, beforeCount, page"
    )
    return text, cypher.params


T = TypeVar("T")


def cut_page(items: list[T], row: dict[str, Any], span: Window) -> tuple[list[T], bool, bool]:
    """The page of a :func:`list_query` row (``items``: its nodes as read, in the row's
    order), with whether nodes follow it and come before it."""
    total = int(row["total"])
    if span.last is not None:
        items = items[::-1]  # fetched from the end
    has_previous = span.after is not None and total > row["afterCount"]
    has_next = span.before is not None and total > row["beforeCount"]
    if span.first is not None and span.last is None:
        # Between the cursors: each node passes one of the two tests at least.
        between = int(row["afterCount"]) + int(row["beforeCount"]) - total
        has_next = has_next or between > span.first
    if span.first is not None and len(items) > span.first:
        items, has_next = items[: span.first], True
    if span.last is not None and len(items) > span.last:
        items, has_previous = items[len(items) - span.last :], True
    return items, has_next, has_previous


def neighbours_query(
    match: str, other: str, where: Filter | None, order: Sequence[SortKey]
) -> tuple[str, dict[str, Any]]:
    """Nodes at the other end of a relationship field, filtered and ordered.

    ``match`` is the pattern binding ``a`` (the owners, by ``$keys``) and ``n``.
    """
    cypher = CypherListing()
    condition = cypher.condition(other, where)
    text = (
        f"MATCH {match} WHERE a.key IN $keys AND {condition} "
        f"WITH a, n ORDER BY {cypher.order_by(other, order)} "
        f"RETURN a.key AS owner, collect({node_map()}) AS nodes"
    )
    return text, cypher.params
