"""The implementations the benchmark times, each one call of an operation at a time.

- :class:`GraphQLTarget`: a GraphQL server over HTTP (graph-api on either store, or
  @neo4j/graphql in either major version), through one shared ``httpx.AsyncClient``;
- :class:`FloorTarget`: the operation's Cypher through the Neo4j async driver.

A call returns once the whole answer is read and parsed (JSON, or the driver's records
as dicts); any error (HTTP, GraphQL ``errors``, Cypher) raises :class:`CallFailed`.
"""

from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
from neo4j import AsyncDriver, RoutingControl

from bench.operations import Operation

OURS_NEO4J = "ours/neo4j"
OURS_EMBEDDED = "ours/embedded"
FLOOR = "floor"
REFERENCE_6 = "@neo4j/graphql@6"
REFERENCE_7 = "@neo4j/graphql@7"
REFERENCES = {REFERENCE_6: 6, REFERENCE_7: 7}
"""The reference implementations, with the major version of @neo4j/graphql each runs
(``bench/neo4j-graphql/v6/``, ``v7/``: the exact versions are pinned there)."""
ALL = (OURS_NEO4J, OURS_EMBEDDED, FLOOR, *REFERENCES)
"""Every implementation, in the order of the tables."""


class CallFailed(Exception):
    """One timed call did not give an answer."""


class Target(Protocol):
    name: str

    def supports(self, operation: Operation) -> bool:
        """Whether this implementation can run ``operation`` at all."""
        ...

    async def call(self, operation: Operation) -> None:
        """Run ``operation`` once and read its whole answer."""
        ...


@dataclass
class GraphQLTarget:
    """A GraphQL server: graph-api's documents, or those of the reference of major version
    ``reference`` (6, 7)."""

    name: str
    url: str
    client: httpx.AsyncClient
    reference: int | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def _request(self, operation: Operation) -> tuple[str | None, dict[str, Any]]:
        if self.reference is not None:
            form = operation.reference_for(self.reference)
            return (None, {}) if form is None else (form.document, form.variables)
        return operation.ours, operation.ours_variables

    def supports(self, operation: Operation) -> bool:
        return self._request(operation)[0] is not None

    async def call(self, operation: Operation) -> None:
        document, variables = self._request(operation)
        if document is None:
            raise CallFailed(f"{self.name} has no document for {operation.name}")
        try:
            response = await self.client.post(
                self.url,
                json={"query": document, "variables": variables},
                headers=self.headers,
            )
            body = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise CallFailed(f"{self.name}: {type(exc).__name__}: {exc}") from exc
        if response.status_code != 200 or body.get("errors") or body.get("data") is None:
            detail = str(body.get("errors"))[:300]
            raise CallFailed(f"{self.name}: HTTP {response.status_code}: {detail}")


@dataclass
class FloorTarget:
    """The operation's Cypher alone, through the Python driver: no GraphQL layer at all."""

    driver: AsyncDriver
    database: str
    name: str = FLOOR

    def supports(self, operation: Operation) -> bool:
        return True

    async def call(self, operation: Operation) -> None:
        try:
            records, _, _ = await self.driver.execute_query(
                operation.floor,
                operation.floor_parameters,
                database_=self.database,
                routing_=RoutingControl.READ,
            )
        except Exception as exc:  # the driver's errors have no common base worth naming
            raise CallFailed(f"{self.name}: {type(exc).__name__}: {exc}") from exc
        for record in records:
            record.data()
