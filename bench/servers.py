"""The GraphQL servers of one scale: graph-api on Neo4j and on the embedded store, and
@neo4j/graphql 6.x and 7.x, each a subprocess (``check_equivalence.running``), stopped
when the ``ExitStack`` closes.

graph-api on Neo4j runs with ``serve``'s default number of workers (the number of
cores, on Neo4j): nothing here passes ``--workers``, so the concurrency-8 cells see
every core, as @neo4j/graphql's Node process sees its event loop and the driver's pool.
The embedded store has one writer process, and ``serve`` picks its own default there.

The machine is shared: should a server die while the benchmark runs (it has been seen
killed from outside), :meth:`ServerSet.revive` notes how it ended and starts it again
on a new port, with a log of its own, so the run goes on; the results record it.
"""

import os
from contextlib import ExitStack
from pathlib import Path

from bench.check_equivalence import (
    REPO,
    Server,
    _graph_api_command,
    free_port,
    reference_server,
    running,
)
from bench.environment import Neo4jConnection
from bench.targets import OURS_EMBEDDED, OURS_NEO4J, REFERENCES

STORES = {OURS_NEO4J: "neo4j", OURS_EMBEDDED: "embedded"}


class ServerSet:
    """The servers by implementation name (:mod:`bench.targets`), kept alive."""

    def __init__(
        self,
        stack: ExitStack,
        connection: Neo4jConnection,
        secret: str,
        work: Path,
        logs: Path,
        node: str,
        timeout: float,
    ) -> None:
        """Start them all: graph-api's embedded store on ``work/embedded.db``, which
        must hold the model already; logs in ``logs``."""
        self.stack = stack
        self.connection = connection
        self.secret = secret
        self.work = work
        self.logs = logs
        self.node = node
        self.timeout = timeout
        self.restarts: list[str] = []
        self.servers: dict[str, Server] = {}
        for name in (OURS_NEO4J, OURS_EMBEDDED, *REFERENCES):
            self.servers[name] = self._start(name, logs / f"{_file_name(name)}.log")

    def url(self, name: str) -> str:
        return self.servers[name].url

    def pid(self, name: str) -> int:
        return self.servers[name].process.pid

    def revive(self) -> list[str]:
        """Start again every server that has exited; what happened, one line each."""
        notes = []
        for name, server in self.servers.items():
            code = server.process.poll()
            if code is None:
                continue
            how = f"killed by signal {-code}" if code < 0 else f"exited with {code}"
            number = len(self.restarts) + 1
            log = self.logs / f"{_file_name(name)}.restart-{number}.log"
            self.servers[name] = self._start(name, log)
            note = f"{name} {how} (log {server.log}); restarted, log {log}"
            self.restarts.append(note)
            notes.append(note)
        return notes

    def _start(self, name: str, log: Path) -> Server:
        if name in REFERENCES:
            return self.stack.enter_context(
                reference_server(
                    name, REFERENCES[name], self.node, self.connection.env(), log, self.timeout
                )
            )
        port = free_port()
        store = STORES[name]
        base = f"http://127.0.0.1:{port}"
        return self.stack.enter_context(
            running(
                name,
                [*_graph_api_command(), "serve", "--store", store, "--port", str(port)],
                self._ours_env(store),
                REPO,
                f"{base}/graphql",
                lambda c: c.get(f"{base}/readyz").status_code == 200,
                log,
                self.timeout,
            )
        )

    def _ours_env(self, store: str) -> dict[str, str]:
        return {
            **os.environ,
            **self.connection.env(),
            "GRAPH_API_STORE": store,
            "GRAPH_API_SQLITE_PATH": str(self.work / "embedded.db"),
            "GRAPH_API_ENVIRONMENT": "production",
            "GRAPH_API_JWT_SECRET": self.secret,
            "GRAPH_API_DEMO_IF_EMPTY": "false",
            "GRAPH_API_API_KEYS_PATH": str(self.work / f"api-keys-{store}.db"),
            "GRAPH_API_GRAPHIQL": "false",
            # The largest operations at scale 100, eight at a time, on a busy machine.
            "GRAPH_API_REQUEST_TIMEOUT_SECONDS": "300",
        }


def _file_name(name: str) -> str:
    return name.replace("/", "-").replace("@", "")
