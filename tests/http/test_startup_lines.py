"""`graph-api serve` says, as it starts, what a newcomer needs before the first request.

A real process on each store, in each mode: its start-up lines name the mode, the store
and where its data is (the SQLite file; Neo4j's URI, never the password), whether the demo
model was loaded, the addresses served (each of which then answers), and in production how
to get a token (the `graph-api keys create` command, which works as written).
"""

import re
import shlex
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from graph_api.api.startup import without_credentials
from graph_api.cli.app import app as cli
from graph_api.config import get_settings
from tests.conftest import NEO4J_TEST_DATABASE, NEO4J_TEST_URI
from tests.expected_demo import DEMO_LINKS, DEMO_NODES
from tests.served_process import served_process

START_TIMEOUT = 60.0
PASSWORD = "never-shown-0f9c"
URL = re.compile(r"http://127\.0\.0\.1:\d+(/[a-z]*)")
HTML = {"Accept": "text/html"}
PROCESS = re.compile(r"^\[\d+\] ")


@dataclass(frozen=True)
class Started:
    base: str
    lines: list[str]
    """The start-up lines, without uvicorn's "INFO:" prefix and the process id."""
    output: str


@contextmanager
def serve(env: dict[str, str], cwd: Path) -> Iterator[Started]:
    """`graph-api serve` with ``env`` until it has started; stopped on exit."""
    with served_process(env, cwd, START_TIMEOUT) as served:
        text = served.log.read_text()
        # Several workers (Neo4j's default on a machine of several cores) name the
        # process on each line: "INFO:     [pid] ...".
        lines = [PROCESS.sub("", line.removeprefix("INFO:").strip()) for line in text.splitlines()]
        yield Started(served.base, lines, text)


def line_starting(started: Started, prefix: str) -> str:
    found = [line for line in started.lines if line.startswith(prefix)]
    assert len(found) == 1, (prefix, started.output)
    return found[0]


@pytest.fixture(params=["embedded", "neo4j"])
def store_env(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, str]:
    """The environment naming a store that starts empty; the store line expected."""
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
        return {
            "GRAPH_API_STORE": "neo4j",
            "NEO4J_URI": NEO4J_TEST_URI,
            "NEO4J_DATABASE": NEO4J_TEST_DATABASE,
            # Shown nowhere (the test server does not check passwords).
            "NEO4J_PASSWORD": PASSWORD,
        }
    return {"GRAPH_API_STORE": "embedded", "GRAPH_API_SQLITE_PATH": "data/graph.db"}


def expected_store_line(env: dict[str, str], cwd: Path) -> str:
    if env["GRAPH_API_STORE"] == "neo4j":
        return f"store: Neo4j at {NEO4J_TEST_URI}, database {NEO4J_TEST_DATABASE}, user neo4j"
    return f"store: embedded, SQLite file {(cwd / 'data' / 'graph.db').resolve()}"


def test_production_start_up_names_the_store_the_demo_and_how_to_get_a_token(
    store_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {**store_env, "GRAPH_API_ENVIRONMENT": "production"}
    with serve(env, tmp_path) as started:
        assert (
            line_starting(started, "graph-api in production mode")
            == "graph-api in production mode (GRAPH_API_ENVIRONMENT): reading and writing "
            "need a token"
        )
        assert line_starting(started, "store: ") == expected_store_line(env, tmp_path)
        assert line_starting(started, "demo model: ").startswith(
            "demo model: loaded "
        ) and line_starting(started, "demo model: ").endswith(
            f"seeds/demo.yaml into the empty store ({DEMO_NODES} nodes, {DEMO_LINKS} links)"
        )
        paths = [m.group(1) for line in started.lines if (m := URL.search(line))]
        assert paths == ["/", "/graphql", "/ui", "/readyz"], started.output
        assert "GraphiQL off" in line_starting(started, "GraphQL: ")
        assert not [line for line in started.lines if "/docs" in line]
        token = line_starting(started, "Reading needs a token: ")
        keys = line_starting(started, "API keys are kept in ")
        assert PASSWORD not in started.output

        # The command the line names, run where the server runs, gives a token it takes.
        command = re.search(r"`(graph-api keys create [^`]+)`", token)
        assert command is not None and "--role viewer" in command.group(1)
        keys_path = keys.removeprefix("API keys are kept in ").split(" (")[0]
        monkeypatch.setenv("GRAPH_API_API_KEYS_PATH", keys_path)
        get_settings.cache_clear()
        created = CliRunner().invoke(
            cli, shlex.split(command.group(1).replace("NAME", "first-user"))[1:]
        )
        get_settings.cache_clear()
        assert created.exit_code == 0, created.output
        (secret,) = [line for line in created.stdout.splitlines() if line.startswith("gapi_")]
        with httpx.Client(base_url=started.base, timeout=30) as http:
            assert http.get("/", headers=HTML).status_code == 200
            assert http.get("/readyz").status_code == 200
            assert http.get("/ui", headers=HTML).status_code == 401
            query = {"query": "{ journeys { totalCount } }"}
            assert http.post("/graphql", json=query).status_code == 401
            answered = http.post(
                "/graphql", json=query, headers={"Authorization": f"Bearer {secret}"}
            )
            assert answered.json() == {"data": {"journeys": {"totalCount": 3}}}


def test_development_start_up_names_graphiql_the_docs_and_a_store_not_loaded_twice(
    store_env: dict[str, str], tmp_path: Path
) -> None:
    env = {**store_env, "GRAPH_API_ENVIRONMENT": "development"}
    with serve(env, tmp_path):
        pass  # the first start loads the demo model
    with serve(env, tmp_path) as started:
        assert (
            line_starting(started, "graph-api in development mode")
            == "graph-api in development mode (GRAPH_API_ENVIRONMENT): anyone may read "
            "without a token"
        )
        assert line_starting(started, "store: ") == expected_store_line(env, tmp_path)
        assert (
            line_starting(started, "demo model: ")
            == f"demo model: not loaded, the store already holds {DEMO_NODES} nodes"
        )
        assert "GraphiQL to write and run queries" in line_starting(started, "GraphQL: ")
        writing = line_starting(started, "Anyone may read without a token")
        assert "`graph-api keys create --name NAME --role editor`" in writing
        assert not [line for line in started.lines if line.startswith("API keys are kept")]
        paths = [m.group(1) for line in started.lines if (m := URL.search(line))]
        assert paths == ["/", "/graphql", "/ui", "/docs", "/readyz"], started.output
        with httpx.Client(base_url=started.base, timeout=30) as http:
            for path in paths:  # each address a browser opens answers
                assert http.get(path, headers=HTML).status_code == 200, path


def test_demo_loading_off_and_an_in_memory_store_are_said(tmp_path: Path) -> None:
    env = {
        "GRAPH_API_STORE": "embedded",
        "GRAPH_API_SQLITE_PATH": ":memory:",
        "GRAPH_API_DEMO_IF_EMPTY": "false",
    }
    with serve(env, tmp_path) as started:
        assert line_starting(started, "store: ") == (
            "store: embedded, in memory only: nothing is kept when the server stops "
            "(GRAPH_API_SQLITE_PATH=:memory:)"
        )
        assert line_starting(started, "demo model: ") == (
            "demo model: not loaded (GRAPH_API_DEMO_IF_EMPTY=false)"
        )


def test_a_missing_demo_file_is_said_and_the_server_serves(tmp_path: Path) -> None:
    """As where the package is installed without the repository's seeds/ (pipx, uv tool)."""
    missing = tmp_path / "seeds" / "demo.yaml"
    env = {
        "GRAPH_API_STORE": "embedded",
        "GRAPH_API_SQLITE_PATH": ":memory:",
        "GRAPH_API_DEMO_MODEL": str(missing),
        "GRAPH_API_ENVIRONMENT": "development",
    }
    with serve(env, tmp_path) as started:
        assert line_starting(started, "demo model: ") == (
            f"demo model: not loaded, {missing} is not a file (GRAPH_API_DEMO_MODEL names it)"
        )
        assert "Traceback" not in started.output
        query = {"query": "{ journeys { totalCount } }"}
        answered = httpx.post(f"{started.base}/graphql", json=query, timeout=30)
        assert answered.json() == {"data": {"journeys": {"totalCount": 0}}}


@pytest.mark.parametrize(
    ("uri", "shown"),
    [
        ("bolt://127.0.0.1:7687", "bolt://127.0.0.1:7687"),
        ("neo4j+s://ab12cd.databases.neo4j.io", "neo4j+s://ab12cd.databases.neo4j.io"),
        ("neo4j://neo4j:secret@db.example:7687", "neo4j://db.example:7687"),
        ("bolt://user:p%40ss:w@rd@[::1]:7687/?x=1", "bolt://[::1]:7687/?x=1"),
        ("bolt://token@db.example", "bolt://db.example"),
    ],
)
def test_a_neo4j_uri_is_shown_without_credentials(uri: str, shown: str) -> None:
    assert without_credentials(uri) == shown
