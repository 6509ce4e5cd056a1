"""docker-compose.yml: valid Compose, and agreeing with the code it runs.

Validated without Docker on every run (``tests/unit/compose_spec.py``): variables
interpolated as Compose does, the Compose specification's JSON schema (pinned in
``tools/compose-spec/``), then port mappings and durations parsed. Mutated copies show
each step refuses what `docker compose config` refuses. The rest checks the file against
the code: the settings its variables name, the ports, the Neo4j version the tests run.
"""

import copy
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from graph_api.app import create_app
from graph_api.config import Settings
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import ROOT
from tests.unit.compose_spec import (
    SCHEMA_DIR,
    InterpolationError,
    interpolate,
    interpolate_text,
    problems,
    published,
    source,
)

# The variables a user may set (docker-compose.yml's own comment names them); none set
# is how a first `docker compose up` runs.
ENVIRONMENTS = [
    {},
    {"NEO4J_PASSWORD": "a-password-of-mine"},
    {"NEO4J_PASSWORD": "a-password-of-mine", "GRAPH_API_ENVIRONMENT": "production"},
]
ENVIRONMENT_IDS = ["no variables", "NEO4J_PASSWORD set", "production"]


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def resolved(env: dict[str, str] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = interpolate(compose(), env or {})
    return data


@pytest.mark.parametrize("env", ENVIRONMENTS, ids=ENVIRONMENT_IDS)
def test_the_file_is_valid_compose(env: dict[str, str]) -> None:
    assert problems(compose(), env) == []


def test_the_schema_is_the_pinned_one_with_its_licence() -> None:
    pinned = source()
    assert re.fullmatch(r"[a-z0-9@/._-]+@\d+\.\d+\.\d+", pinned["package"]), pinned
    assert "Apache License" in (SCHEMA_DIR / "LICENSE").read_text()
    assert "Version 2.0" in (SCHEMA_DIR / "LICENSE").read_text()
    # problems() refuses a schema whose digest is not SOURCE's; here it is read.
    assert problems({"services": {"x": {"image": "y"}}}, {}) == []


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation setting the value at ``path`` (dotted; ``[i]`` for a list element)."""

    def mutate(document: dict[str, Any]) -> None:
        *parents, last = re.findall(r"[^.\[\]]+", path)
        node: Any = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return mutate


def _rename_top(old: str, new: str) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        document[new] = document.pop(old)

    return mutate


# Each broken copy, and the words its first problem must hold (the place and the fault).
BROKEN = {
    "unknown top-level key": (
        _rename_top("services", "servces"),
        "(top level): 'servces' does not match any of the regexes",
    ),
    "unknown service key": (
        _set("services.api.restart_policy", "always"),
        "services.api: 'restart_policy' does not match any of the regexes: '^x-'",
    ),
    "unknown healthcheck key": (
        _set("services.neo4j.healthcheck.intervall", "5s"),
        "services.neo4j.healthcheck: 'intervall' does not match any of the regexes",
    ),
    "ports not a list": (
        _set("services.api.ports", "127.0.0.1:8000:8000"),
        "services.api.ports: '127.0.0.1:8000:8000' is not of type 'array'",
    ),
    "retries a list": (
        _set("services.neo4j.healthcheck.retries", [30]),
        "services.neo4j.healthcheck.retries: [30] is not of type 'number', 'string'",
    ),
    "unknown depends_on condition": (
        _set("services.api.depends_on.neo4j.condition", "when_ready"),
        "services.api.depends_on.neo4j.condition: 'when_ready' is not one of",
    ),
    "environment value a mapping": (
        _set("services.api.environment.GRAPH_API_STORE", {"kind": "neo4j"}),
        "services.api.environment",
    ),
    "volumes not a mapping": (_set("volumes", ["neo4j-data"]), "volumes: ['neo4j-data']"),
    "port out of range": (
        _set("services.api.ports[0]", "127.0.0.1:70000:8000"),
        "services.api.ports[0]: port 70000 is outside 1-65535",
    ),
    "port zero": (_set("services.neo4j.ports[1]", "0:7687"), "port 0 is outside 1-65535"),
    "port not a number": (
        _set("services.api.ports[0]", "127.0.0.1:8000:http"),
        "services.api.ports[0]: '127.0.0.1:8000:http' is not [[IP:]HOST:]CONTAINER",
    ),
    "port with an unknown protocol": (
        _set("services.api.ports[0]", "127.0.0.1:8000:8000/http"),
        "protocol 'http' is not tcp, udp or sctp",
    ),
    "long-syntax port out of range": (
        _set("services.api.ports[0]", {"target": 8000, "published": 65536}),
        "port 65536 is outside 1-65535",
    ),
    "duration in words": (
        _set("services.neo4j.healthcheck.interval", "5 seconds"),
        "services.neo4j.healthcheck.interval: '5 seconds' is not a duration",
    ),
    "unclosed variable": (
        _set("services.api.environment.NEO4J_PASSWORD", "${NEO4J_PASSWORD:-x"),
        "services.api.environment.NEO4J_PASSWORD: invalid interpolation format",
    ),
    "lone dollar": (
        _set("services.neo4j.environment.NEO4J_AUTH", "neo4j/$ secret"),
        "services.neo4j.environment.NEO4J_AUTH: invalid interpolation format",
    ),
    "required variable unset": (
        _set("services.api.environment.NEO4J_PASSWORD", "${NEO4J_PASSWORD:?set it in .env}"),
        "required variable NEO4J_PASSWORD is missing a value: set it in .env",
    ),
}


@pytest.mark.parametrize("broken", BROKEN, ids=list(BROKEN))
def test_a_broken_copy_is_refused_naming_the_place(broken: str) -> None:
    mutate, expected = BROKEN[broken]
    document = copy.deepcopy(compose())
    mutate(document)
    found = problems(document, {})
    assert found, f"{broken}: accepted"
    assert expected in found[0], found


@pytest.mark.parametrize(
    ("text", "env", "expected"),
    [
        ("${A}", {"A": "1"}, "1"),
        ("$A-$B", {"A": "1"}, "1-"),
        ("${A:-d}", {"A": ""}, "d"),
        ("${A-d}", {"A": ""}, ""),
        ("${A-d}", {}, "d"),
        ("${A:+r}", {"A": "1"}, "r"),
        ("${A:+r}", {"A": ""}, ""),
        ("${A+r}", {"A": ""}, "r"),
        ("${A:-${B:-inner}}", {}, "inner"),
        ("$$A and $${B}", {"A": "1"}, "$A and ${B}"),
        ('"$${NEO4J_AUTH#neo4j/}"', {}, '"${NEO4J_AUTH#neo4j/}"'),
    ],
)
def test_interpolation_follows_compose(text: str, env: dict[str, str], expected: str) -> None:
    assert interpolate_text(text, env) == expected


@pytest.mark.parametrize("text", ["${", "${A", "${}", "${1A}", "$", "a $ b", "${A?}"])
def test_interpolation_refuses_what_compose_refuses(text: str) -> None:
    with pytest.raises(InterpolationError):
        interpolate_text(text, {})


def _tested_neo4j_version() -> str:
    pom = (ROOT / "scripts" / "neo4j" / "pom.xml").read_text()
    match = re.search(r"<neo4j\.version>(\d+\.\d+)\.\d+</neo4j\.version>", pom)
    assert match, "scripts/neo4j/pom.xml names no neo4j.version"
    return match.group(1)


def test_neo4j_is_the_version_the_tests_run_against_with_a_volume_and_a_healthcheck() -> None:
    neo4j = resolved()["services"]["neo4j"]
    assert neo4j["image"] == f"neo4j:{_tested_neo4j_version()}-community"
    volumes = [volume.split(":") for volume in neo4j["volumes"]]
    assert ["neo4j-data", "/data"] in volumes
    assert set(compose()["volumes"]) == {name for name, _ in volumes}
    assert neo4j["healthcheck"]["test"][0] == "CMD-SHELL"
    assert "cypher-shell" in neo4j["healthcheck"]["test"][1]


def _api_settings(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings as the API container reads them from the compose file's environment."""
    for name in list(Settings.model_fields):
        monkeypatch.delenv(f"GRAPH_API_{name.upper()}", raising=False)
    for name, value in resolved(env)["services"]["api"]["environment"].items():
        monkeypatch.setenv(name, str(value))
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    settings.check()
    return settings


def test_every_api_variable_is_a_setting() -> None:
    """A misspelt GRAPH_API_ variable would be ignored silently (extra="ignore")."""
    fields = set(Settings.model_fields)
    aliases = {
        choice
        for field in Settings.model_fields.values()
        if field.validation_alias is not None
        for choice in getattr(field.validation_alias, "choices", [field.validation_alias])
    }
    for name in compose()["services"]["api"]["environment"]:
        if name.startswith("GRAPH_API_"):
            assert name.removeprefix("GRAPH_API_").lower() in fields, name
        else:
            assert name in aliases, f"{name} is neither GRAPH_API_* nor a Settings alias"


@pytest.mark.parametrize("env", ENVIRONMENTS, ids=ENVIRONMENT_IDS)
def test_the_api_reads_its_environment_and_reaches_the_neo4j_service(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _api_settings(env, monkeypatch)
    services = resolved(env)["services"]
    assert settings.store == "neo4j"
    bolt = urlsplit(settings.neo4j_uri)
    assert (bolt.scheme, bolt.hostname) == ("bolt", "neo4j")
    assert bolt.port in {published(port)[2] for port in services["neo4j"]["ports"]}
    user, password = services["neo4j"]["environment"]["NEO4J_AUTH"].split("/", 1)
    assert (settings.neo4j_user, settings.neo4j_password.get_secret_value()) == (user, password)
    if env:
        assert password == env["NEO4J_PASSWORD"]
    # Development unless the user asks for production (as `make run`).
    production = env.get("GRAPH_API_ENVIRONMENT") == "production"
    assert settings.environment == ("production" if production else "development")
    assert settings.anonymous_read is settings.graphiql is not production
    assert services["api"]["depends_on"] == {"neo4j": {"condition": "service_healthy"}}


def test_the_demo_model_path_is_where_the_image_puts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _api_settings({}, monkeypatch)
    dockerfile = (ROOT / "Dockerfile").read_text()
    workdir = re.search(r"^WORKDIR (\S+)", dockerfile, re.MULTILINE)
    assert workdir and re.search(r"^COPY seeds \./seeds$", dockerfile, re.MULTILINE)
    in_repo = settings.demo_model.relative_to(f"{workdir.group(1)}/")
    assert (ROOT / in_repo).is_file(), in_repo
    assert settings.demo_if_empty


def test_the_api_port_is_the_one_served_published_and_health_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = _api_settings({}, monkeypatch)
    api = resolved()["services"]["api"]
    command = re.search(r"^CMD \[(.*)\]$", (ROOT / "Dockerfile").read_text(), re.MULTILINE)
    assert command, "the Dockerfile has no CMD"
    port = re.search(r'"--port", "(\d+)"', command.group(1))
    assert port, f"the Dockerfile's CMD names no --port: {command.group(1)}"
    served = int(port.group(1))
    assert served == settings.port == Settings.model_fields["port"].default
    assert [published(port)[2] for port in api["ports"]] == [served]
    url = re.search(r"urlopen\('([^']+)'\)", api["healthcheck"]["test"][-1])
    assert url, api["healthcheck"]
    target = urlsplit(url.group(1))
    assert target.port == served
    paths = {
        getattr(route, "path", None)
        for route in create_app(settings, EmbeddedStore(":memory:")).routes
    }
    assert target.path in paths, target.path


def test_published_ports_listen_on_loopback_only() -> None:
    """The API runs in development mode (anonymous reading, GraphiQL): local use only."""
    for name, service in resolved()["services"].items():
        for port in service["ports"]:
            assert published(port)[0] == "127.0.0.1", (name, port)
