"""GraphStore contract, painfulSteps' optional part: the serving systems and what they
depend on.

On a small graph (:data:`tests.contract.traversals.enterprise_graphs.DEPENDENCIES`): the
systems the processes serving a step use, each with the systems serving it (directly or
through an interface), those sending it data, the technology it is deployed on or uses,
and the services it uses; what depends on a serving system is no dependency of it.
Without asking, rows carry no serving systems and the rest of the answer is the same.
On Neo4j, one query.
"""

from dataclasses import replace

from graph_api.store.base import GraphStore
from graph_api.traversals import PAINFUL_STEPS
from graph_api.traversals.painful_steps.result import (
    PainfulStepRow,
    PainfulStepsQuery,
    ServingSystem,
)
from tests.contract.traversals.enterprise_graphs import DEPENDENCIES, rel
from tests.contract.traversals.product_graph import one_query

ASKED = PainfulStepsQuery(min_severity=1, with_serving_systems=True)

GATES = ServingSystem(
    "gates",
    served_by=["auth", "sso"],  # sso through its interface only
    receives_from=[],
    deployed_on=["rack"],
    uses_technology=[],
    uses_services=[],
)
TILLS = ServingSystem(
    "tills",
    served_by=["gates", "pricing"],  # pricing directly and through price-api: once
    receives_from=["stock"],
    deployed_on=["cloud"],
    uses_technology=["network"],
    uses_services=["db-hosting"],
)


async def rows(store: GraphStore, query: PainfulStepsQuery) -> dict[str, PainfulStepRow]:
    found = await one_query(store, store.traverse(PAINFUL_STEPS, query))
    return {row.step_key: row for row in found}


async def test_serving_systems_and_their_dependencies(store: GraphStore) -> None:
    await store.write(DEPENDENCIES)
    found = await rows(store, ASKED)
    assert list(found) == ["check", "ride"]  # calm has no pain
    assert found["check"].process_keys == ["ops", "sales"]
    # gates is used by both processes: listed once
    assert found["check"].serving_systems == [GATES, TILLS]
    # crew uses no system
    assert found["ride"].serving_systems == []


async def test_not_asked_no_walk_and_the_same_answer(store: GraphStore) -> None:
    await store.write(DEPENDENCIES)
    plain = await rows(store, PainfulStepsQuery(min_severity=1))
    asked = await rows(store, ASKED)
    assert all(row.serving_systems is None for row in plain.values())
    assert {key: replace(row, serving_systems=None) for key, row in asked.items()} == plain


async def test_first_and_threshold_apply_before_the_walk(store: GraphStore) -> None:
    await store.write(DEPENDENCIES)
    top = await rows(store, replace(ASKED, first=1))
    assert list(top) == ["check"]
    assert top["check"].serving_systems == [GATES, TILLS]
    assert list(await rows(store, replace(ASKED, min_severity=5))) == ["check"]


async def test_dependencies_follow_the_graph(store: GraphStore) -> None:
    """A new serving system, and a new dependency of an existing one, show; the
    dependencies are one hop: what auth depends on is not gates' dependency."""
    await store.write(DEPENDENCIES)
    await store.write(
        [
            rel("USES", "Process:crew", "System:back-office"),
            rel("FLOWS_TO", "System:ledger", "System:gates"),
            rel("SERVES", "System:stock", "System:auth"),
        ]
    )
    found = await rows(store, ASKED)
    assert found["ride"].serving_systems == [
        ServingSystem("back-office", ["auth"], [], [], [], []),
    ]
    assert found["check"].serving_systems == [replace(GATES, receives_from=["ledger"]), TILLS]
