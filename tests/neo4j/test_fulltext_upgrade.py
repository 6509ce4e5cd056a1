"""A full-text index made by an earlier version is made again over today's kinds and fields.

``CREATE FULLTEXT INDEX ... IF NOT EXISTS`` keeps an index of that name whatever it
covers, so the store compares the fields when it opens and drops an index that differs:
a database first served before translations were searched finds them after the upgrade,
and one first served before the enterprise kinds (services, data objects, ...) finds them.
"""

from neo4j import AsyncGraphDatabase

from graph_api.metamodel import NODE_KINDS
from graph_api.store.base import UpsertNode
from graph_api.store.search_terms import FULLTEXT_INDEX, SEARCHED_FIELDS
from graph_api.traversals import SEARCH
from graph_api.traversals.search.result import SearchRequest
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_PASSWORD,
    NEO4J_TEST_URI,
    NEO4J_TEST_USER,
    neo4j_store,
)

EARLIER_INDEX = (
    f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} FOR (n:System|Process) ON EACH "
    "[n.name, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: "
    "'standard-no-stop-words'}}"
)


async def _index() -> tuple[int, list[str]]:
    """The index's id (a new one for an index made again) and its fields."""
    auth = (NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) if NEO4J_TEST_PASSWORD else None
    async with AsyncGraphDatabase.driver(NEO4J_TEST_URI, auth=auth) as driver:
        records, _, _ = await driver.execute_query(
            "SHOW FULLTEXT INDEXES YIELD id, name, properties WHERE name = $name "
            "RETURN id, properties",
            name=FULLTEXT_INDEX,
            database_=NEO4J_TEST_DATABASE,
        )
        (record,) = records
        return int(record["id"]), sorted(record["properties"])


async def _fields() -> list[str]:
    return (await _index())[1]


async def _run(statement: str) -> None:
    auth = (NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) if NEO4J_TEST_PASSWORD else None
    async with AsyncGraphDatabase.driver(NEO4J_TEST_URI, auth=auth) as driver:
        await driver.execute_query(statement, database_=NEO4J_TEST_DATABASE)


async def test_an_index_over_other_fields_is_made_again(clean_neo4j: None) -> None:
    await _run(f"DROP INDEX {FULLTEXT_INDEX} IF EXISTS")
    await _run(EARLIER_INDEX)
    assert await _fields() == ["description", "name"]
    store = neo4j_store()
    await store.open()
    try:
        assert await _fields() == sorted(SEARCHED_FIELDS)
        await store.write(
            [
                UpsertNode(
                    "System",
                    "oms",
                    {"name": "OMS", "translations": [{"language": "de", "label": "Aufträge"}]},
                )
            ]
        )
        assert [
            hit.node.key for hit in await store.traverse(SEARCH, SearchRequest("aufträge", None, 5))
        ] == ["oms"]
    finally:
        await store.close()


EARLIER_KINDS = [
    kind
    for kind in NODE_KINDS
    if kind not in ("Service", "Interface", "DataObject", "TechnologyNode", "Event")
]


async def test_an_index_over_fewer_kinds_is_made_again(clean_neo4j: None) -> None:
    await _run(f"DROP INDEX {FULLTEXT_INDEX} IF EXISTS")
    fields = ", ".join(f"n.{f}" for f in SEARCHED_FIELDS)
    await _run(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} FOR (n:{'|'.join(EARLIER_KINDS)}) "
        f"ON EACH [{fields}] OPTIONS {{indexConfig: "
        "{`fulltext.analyzer`: 'standard-no-stop-words'}}"
    )
    earlier_id = (await _index())[0]
    store = neo4j_store()
    await store.open()
    try:
        assert (await _index())[0] != earlier_id
        await store.write(
            [UpsertNode("Service", "billing-api", {"name": "Billing API", "layer": "application"})]
        )
        hits = await store.traverse(SEARCH, SearchRequest("billing api", None, 5))
        assert [(hit.node.kind, hit.node.key) for hit in hits] == [("Service", "billing-api")]
    finally:
        await store.close()


async def test_an_index_of_today_is_kept(clean_neo4j: None) -> None:
    store = neo4j_store()
    await store.open()
    await store.close()
    before = await _index()
    store = neo4j_store()
    await store.open()
    await store.close()
    assert await _index() == before
    assert before[1] == sorted(SEARCHED_FIELDS)
