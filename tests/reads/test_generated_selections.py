"""Reads generated from the schema, to depth 3 over every relationship and connection
field: each is answered through a read plan exactly as the level-by-level resolvers
answer it, in one store call.

The requests come from tests/reads/selection_walk.py; the reference app resolves every
relationship field through the request's DataLoaders (``read_plans=False``).
"""

import re
from dataclasses import dataclass
from typing import Any

from graph_api.store.base import GraphStore
from tests.limits.helpers import query_count
from tests.reads.coverage import selected_fields
from tests.reads.paired_apps import (
    Answer,
    PairedApps,
    answer,
    as_dicts,
    difference,
    paired_apps,
    with_cursors,
)
from tests.reads.schema_shape import SchemaShape, Shape
from tests.reads.selection_walk import GeneratedRequest, generated_requests
from tests.reads.walk_plan import DEPTHS

SHOWN_FAILURES = 3
REFUSED = "have errors in the reference answer"
DIFFERENT = "are answered otherwise than by the reference"
NOT_ONE_CALL = "are not one store call (one Neo4j round trip)"
EMPTY = "read no node of the demo model (nothing to compare)"


@dataclass
class Failure:
    request: GeneratedRequest
    variables: dict[str, object]
    detail: str

    def __str__(self) -> str:
        return (
            f"--- {self.request.name}\n{self.request.document}\n"
            f"variables: {self.variables}\n{self.detail}"
        )


def _report(failures: list[Failure], sendings: int, what: str) -> str:
    shown = "\n\n".join(str(f) for f in failures[:SHOWN_FAILURES])
    names = ", ".join(sorted({f.request.name for f in failures}))
    return f"{len(failures)} of {sendings} sendings {what} ({names}):\n\n{shown}"


def _reads_a_node(value: object) -> bool:
    """Whether an answer's data holds a node (an object with a ``key``)."""
    if isinstance(value, list):
        return any(_reads_a_node(item) for item in value)
    if isinstance(value, dict):
        return "key" in value or any(_reads_a_node(item) for item in value.values())
    return False


async def _check(
    apps: PairedApps,
    store: GraphStore,
    request: GeneratedRequest,
    variables: dict[str, Any],
    problems: dict[str, list[Failure]],
) -> Answer:
    """Send ``request`` to both apps; note what is wrong; return the reference's answer."""
    reference = await answer(apps.reference, request.document, variables)
    apps.counter.calls.clear()
    round_trips = query_count(store)
    plan = await answer(apps.plan, request.document, variables)
    round_trips = query_count(store) - round_trips
    calls = list(apps.counter.calls)
    if "errors" in as_dicts(reference):
        # Valid requests over valid data: an error here is the generator's mistake.
        problems[REFUSED].append(Failure(request, variables, str(as_dicts(reference))))
    if plan != reference:
        problems[DIFFERENT].append(Failure(request, variables, difference(reference, plan)))
    if len(calls) != 1 or (hasattr(store, "query_count") and round_trips != 1):
        detail = f"store calls: {calls}; Neo4j round trips: {round_trips}"
        problems[NOT_ONE_CALL].append(Failure(request, variables, detail))
    return reference


async def test_every_generated_read_is_one_store_call_answered_as_the_reference(
    demo_store: GraphStore,
) -> None:
    """One test for both checks: the reference answers are the slow part, read once."""
    problems: dict[str, list[Failure]] = {
        REFUSED: [],
        EMPTY: [],
        DIFFERENT: [],
        NOT_ONE_CALL: [],
    }
    sendings = 0
    async with paired_apps(demo_store) as apps:
        for request in generated_requests():
            first = await _check(apps, demo_store, request, request.variables, problems)
            sendings += 1
            if not _reads_a_node(as_dicts(first).get("data")):
                problems[EMPTY].append(Failure(request, request.variables, str(as_dicts(first))))
            if request.cursors:
                # Again with the cursors of that first answer: pages after and before.
                cursors = with_cursors(request, first)
                await _check(apps, demo_store, request, cursors, problems)
                sendings += 1
    reports = [_report(found, sendings, what) for what, found in problems.items() if found]
    assert not reports, "\n\n".join(reports)


def test_the_walk_reads_every_relationship_and_connection_field_at_each_depth() -> None:
    shape = SchemaShape.from_file()
    wanted = {(f.owner, f.name, depth) for f in shape.all_relations for depth in DEPTHS}
    reached: set[tuple[str, str, int]] = set()
    leaves: set[tuple[str, str]] = set()
    for request in generated_requests():
        relations, leaf_fields = selected_fields(shape, request.document)
        reached |= relations
        leaves |= leaf_fields
    missing = sorted(wanted - reached)
    assert not missing, f"{len(missing)} fields never read at a depth: {missing[:20]}"
    # Every leaf of every node type is read somewhere too (as GraphQL must write it).
    all_leaves = {(kind, leaf) for kind, names in shape.leaves.items() for leaf in names}
    assert not sorted(all_leaves - leaves), sorted(all_leaves - leaves)[:20]
    # Both kinds of field are in what was reached (the schema has both).
    connections = {f.name for f in shape.all_relations if f.shape is Shape.CONNECTION}
    assert connections and {name for _, name, _ in reached} >= connections


def test_the_walk_uses_every_form_a_client_may_write() -> None:
    requests = generated_requests()
    documents = "\n".join(r.document for r in requests)
    forms = {
        "alias of a field twice": r"(\w+)A: (\w+)\(.*\b\w+B: \2\(",
        "named fragment": r"\.\.\.\w+Part\d+",
        "inline fragment on a kind": r"\.\.\. on [A-Z]\w+ \{",
        "inline fragment on Node with __typename": r"\.\.\. on Node \{ id __typename \}",
        "node(id:) root": r"\{ node\(id: \$",
        "lookup root": r"\{ \w+\(key: ",
        "listing root": r"\{ \w+\(first: 2",
        "@skip": r"@skip\(if: \$",
        "@include": r"@include\(if: \$",
        "property test": r"where: \{\w+: \{(isNull|gte|in)",
        "relation test": r"where: \{\w+: \{some: ",
        "where as a variable": r"where: \$w",
        "orderBy DESC": r"orderBy: \[\{\w+: DESC\}\]",
        "first": r"\(first: \d",
        "last": r"\(last: \d",
        "after a cursor": r"after: \$cursor",
        "before a cursor": r"before: \$cursor",
        "totalCount": r"totalCount",
        "edges with cursor and node": r"edges \{ cursor node \{",
        "nodes": r"nodes \{",
        "pageInfo": r"pageInfo \{ hasNextPage hasPreviousPage startCursor endCursor \}",
    }
    absent = [name for name, pattern in forms.items() if not re.search(pattern, documents)]
    assert not absent, absent
    switched = [
        value
        for r in requests
        for name, value in r.variables.items()
        if name.startswith(("shown", "hidden"))
    ]
    assert set(switched) == {True, False}
    assert 100 <= len(requests) <= 400, len(requests)
