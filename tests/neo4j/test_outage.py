"""Neo4j going away and coming back: the API says STORE_UNAVAILABLE, then recovers alone.

The test stops and restarts the local Neo4j that ``scripts/run-tests`` started, so it
needs that server (``NEO4J_TEST_LOCAL_SERVER=1``); under ``CI=true`` it always has it.
"""

import os
import subprocess
from collections.abc import Iterator

import pytest

from graph_api.store.neo4j import Neo4jStore
from tests.conftest import NEO4J_TEST_URI, ROOT, app_client
from tests.graphql_client import error_codes, gql, gql_data

CREATE = 'mutation { createPersona(key: "outage-proof", input: {name: "Outage proof"}) { key } }'
COUNT = "{ personas { totalCount } }"


def _local_server(command: str) -> None:
    subprocess.run([str(ROOT / "scripts" / "neo4j-local"), command], check=True, timeout=180)


@pytest.fixture
def local_server(clean_neo4j: None) -> Iterator[None]:
    if os.environ.get("NEO4J_TEST_LOCAL_SERVER") != "1":
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but the tests did not start the local Neo4j (make test)")
        pytest.skip("needs the local Neo4j started by scripts/run-tests")
    yield
    _local_server("start")  # whatever happened, leave the server running for the others


async def test_outage_is_reported_and_the_api_recovers_without_restart(
    local_server: None,
) -> None:
    store = Neo4jStore(NEO4J_TEST_URI, connection_timeout=2.0, max_retry_time=2.0)
    async with app_client(store) as client:
        await gql_data(client, CREATE)
        assert (await client.get("/readyz")).status_code == 200

        _local_server("stop")

        ready = await client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["code"] == "STORE_UNAVAILABLE"
        for query in (COUNT, CREATE.replace("outage-proof", "written-while-down")):
            body = await gql(client, query)
            assert error_codes(body) == ["STORE_UNAVAILABLE"]
            assert "Traceback" not in body["errors"][0]["message"]
        assert (await client.get("/healthz")).status_code == 200

        _local_server("start")

        assert (await client.get("/readyz")).status_code == 200
        # The data written before the outage is there, the write refused during it is not.
        assert (await gql_data(client, COUNT))["personas"]["totalCount"] == 1
        await gql_data(client, CREATE.replace("outage-proof", "written-after"))
        assert (await gql_data(client, COUNT))["personas"]["totalCount"] == 2
