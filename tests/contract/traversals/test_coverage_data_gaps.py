"""GraphStore contract, coverage's data gaps: steps needing data no system holds.

On a small graph (:data:`tests.contract.traversals.enterprise_graphs.DATA_GAPS`): data
a step needs itself or through a touchpoint counts; a system reading or writing it closes
the gap, a process doing so does not; data only captured is no need. A journey scopes the
steps, the whole model takes every step (one in no journey too). On Neo4j, one query.
"""

from graph_api.store.base import GraphStore
from graph_api.traversals import COVERAGE
from graph_api.traversals.coverage.result import Coverage, StepDataGap
from tests.contract.traversals.enterprise_graphs import DATA_GAPS, rel
from tests.contract.traversals.product_graph import one_query

DESCRIBE = StepDataGap("describe", ["claim-history", "photos"])  # photos via claim-form
UPLOAD = StepDataGap("upload", ["photos"])


async def coverage_of(store: GraphStore, journey: str | None) -> Coverage:
    found = await one_query(store, store.traverse(COVERAGE, journey))
    assert found is not None
    return found


async def test_data_gaps_of_a_journey(store: GraphStore) -> None:
    await store.write(DATA_GAPS)
    assert (await coverage_of(store, "claims")).steps_with_data_gaps == [DESCRIBE, UPLOAD]
    assert (await coverage_of(store, "other")).steps_with_data_gaps == [
        StepDataGap("elsewhere", ["quote"])
    ]


async def test_data_gaps_of_the_whole_model(store: GraphStore) -> None:
    await store.write(DATA_GAPS)
    assert (await coverage_of(store, None)).steps_with_data_gaps == [
        DESCRIBE,
        StepDataGap("elsewhere", ["quote"]),
        StepDataGap("loose", ["claim-history"]),
        UPLOAD,
    ]


async def test_a_system_reading_or_writing_the_data_closes_the_gap(store: GraphStore) -> None:
    await store.write(DATA_GAPS)
    await store.write(
        [
            rel("WRITES", "System:crm", "DataObject:photos"),
            rel("READS", "System:core", "DataObject:claim-history"),
        ]
    )
    found = await coverage_of(store, None)
    assert found.steps_with_data_gaps == [StepDataGap("elsewhere", ["quote"])]


async def test_the_other_gaps_are_unchanged(store: GraphStore) -> None:
    """The data gaps are an addition: the other lists do not change with them."""
    await store.write(DATA_GAPS)
    found = await coverage_of(store, "claims")
    assert found.steps_without_evidence == ["describe", "upload"]
    assert found.steps_without_owner == ["describe", "upload"]
    assert found.processes_without_owner == []  # assess serves no step of the journey
