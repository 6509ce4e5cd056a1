"""deploy/compose.cluster.yml and deploy/nginx.conf: valid Compose, and agreeing with the
code and with each other (docs/deploy.md).

Validated as docker-compose.yml is (``compose_spec.py``: interpolation, the Compose
specification's JSON schema, ports and durations), without Docker; broken copies show
the check can fail. The rest checks what no schema knows: the API's variables are
settings that route through the Neo4j cluster the file starts, the three servers agree on
how to find each other, and nginx reaches every API replica on the port the image serves.
"""

import copy
import re
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from graph_api.config import Settings
from tests.conftest import ROOT
from tests.unit.compose_spec import interpolate, problems, published
from tests.unit.deployment_facts import (
    image_port,
    neo4j_version_under_test,
    served_paths,
    setting_variables,
)

COMPOSE = ROOT / "deploy" / "compose.cluster.yml"
NGINX = ROOT / "deploy" / "nginx.conf"
# What a user must set before `docker compose -f deploy/compose.cluster.yml up`.
REQUIRED = {
    "NEO4J_PASSWORD": "a-password-of-mine",
    "GRAPH_API_JWT_SECRET": "a-jwt-secret-of-at-least-32-bytes-0123456789",
    "NEO4J_ACCEPT_LICENSE_AGREEMENT": "yes",
}


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return data


def resolved() -> dict[str, Any]:
    data: dict[str, Any] = interpolate(compose(), REQUIRED)
    return data


def _neo4j_servers() -> dict[str, dict[str, Any]]:
    services = resolved()["services"]
    return {name: s for name, s in services.items() if s.get("image", "").startswith("neo4j:")}


def test_the_file_is_valid_compose() -> None:
    assert problems(compose(), REQUIRED) == []


@pytest.mark.parametrize("missing", REQUIRED)
def test_it_refuses_to_start_until_each_secret_and_the_licence_are_given(missing: str) -> None:
    env = {name: value for name, value in REQUIRED.items() if name != missing}
    found = problems(compose(), env)
    assert found, f"starts without {missing}"
    assert f"required variable {missing} is missing a value" in found[0], found


BROKEN = {
    "replicas a list": (
        ("services", "api", "deploy", "replicas"),
        [3],
        "services.api.deploy.replicas: [3] is not of type",
    ),
    "unknown service key": (
        ("services", "lb", "port"),
        ["127.0.0.1:8000:80"],
        "services.lb: 'port' does not match any of the regexes",
    ),
    "unknown depends_on condition": (
        ("services", "lb", "depends_on", "api", "condition"),
        "service_ready",
        "services.lb.depends_on.api.condition: 'service_ready' is not one of",
    ),
    "port out of range": (("services", "lb", "ports", 0), "127.0.0.1:8000:80000", "port 80000"),
}


@pytest.mark.parametrize("broken", BROKEN, ids=list(BROKEN))
def test_a_broken_copy_is_refused_naming_the_place(broken: str) -> None:
    path, value, expected = BROKEN[broken]
    document = copy.deepcopy(compose())
    node: Any = document
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    found = problems(document, REQUIRED)
    assert found, f"{broken}: accepted"
    assert expected in found[0], found


def test_every_api_variable_is_a_setting() -> None:
    variables = set(resolved()["services"]["api"]["environment"])
    unknown = variables - setting_variables()
    assert not unknown, f"not settings of graph_api/config.py (ignored by the API): {unknown}"


def test_the_api_routes_through_the_cluster_it_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in setting_variables():
        monkeypatch.delenv(name, raising=False)
    api = resolved()["services"]["api"]
    for name, value in api["environment"].items():
        monkeypatch.setenv(name, str(value))
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.store, settings.environment) == ("neo4j", "production")
    assert not settings.demo_if_empty  # several replicas start at once
    assert settings.jwt_secret.get_secret_value() == REQUIRED["GRAPH_API_JWT_SECRET"]
    routing = urlsplit(settings.neo4j_uri)
    servers = _neo4j_servers()
    assert (routing.scheme, routing.port) == ("neo4j", 7687)
    assert routing.hostname in servers
    for name, server in servers.items():
        user, password = server["environment"]["NEO4J_AUTH"].split("/", 1)
        assert (settings.neo4j_user, settings.neo4j_password.get_secret_value()) == (
            user,
            password,
        ), name
        assert api["depends_on"][name] == {"condition": "service_healthy"}
    assert api["deploy"]["replicas"] >= 2
    assert api["build"] == ".." and (COMPOSE.parent / api["build"] / "Dockerfile").is_file()


def test_three_enterprise_servers_of_the_tested_version_form_one_cluster() -> None:
    servers = _neo4j_servers()
    assert len(servers) == 3
    endpoints = {f"{name}:6000" for name in servers}
    for name, server in servers.items():
        env = server["environment"]
        # Clustering exists only in Enterprise Edition.
        assert server["image"] == f"neo4j:{neo4j_version_under_test()}-enterprise"
        assert env["NEO4J_ACCEPT_LICENSE_AGREEMENT"] == "yes"  # the user's own value
        assert server["hostname"] == env["NEO4J_server_default__advertised__address"] == name
        assert env["NEO4J_dbms_cluster_discovery_version"] == "V2_ONLY"
        assert set(env["NEO4J_dbms_cluster_discovery_v2_endpoints"].split(",")) == endpoints
        assert env["NEO4J_dbms_cluster_minimum__initial__system__primaries__count"] == "3"
        assert env["NEO4J_initial_dbms_default__primaries__count"] == "3"
        (volume,) = server["volumes"]
        assert volume == f"{name}-data:/data"
        assert "ports" not in server  # reached through the API only
    assert set(compose()["volumes"]) == {f"{name}-data" for name in servers}


def test_only_the_load_balancer_is_published_on_loopback() -> None:
    services = resolved()["services"]
    published_by = {name for name, service in services.items() if service.get("ports")}
    assert published_by == {"lb"}
    for port in services["lb"]["ports"]:
        assert published(port)[0] == "127.0.0.1"


def _nginx() -> str:
    # Comments left out: only directives count.
    return re.sub(r"#[^\n]*", "", NGINX.read_text(encoding="utf-8"))


def test_nginx_balances_every_api_replica_on_the_port_the_image_serves() -> None:
    lb = resolved()["services"]["lb"]
    assert "./nginx.conf:/etc/nginx/nginx.conf:ro" in lb["volumes"]
    assert (COMPOSE.parent / "nginx.conf").is_file()
    assert lb["depends_on"] == {"api": {"condition": "service_healthy"}}
    text = _nginx()
    upstream = re.search(r"upstream (\w+) \{(.*?)\}", text, re.DOTALL)
    assert upstream, "nginx.conf has no upstream"
    servers = re.findall(r"server ([\w.-]+):(\d+)( resolve)?", upstream.group(2))
    assert servers == [("api", str(image_port()), " resolve")]
    assert f"proxy_pass http://{upstream.group(1)};" in text
    (listen,) = re.findall(r"listen (\d+);", text)
    assert [published(port)[2] for port in lb["ports"]] == [int(listen)]


def test_nginx_passes_websockets_and_the_largest_import_on() -> None:
    text = _nginx()
    assert "proxy_set_header Upgrade $http_upgrade;" in text
    assert "proxy_set_header Connection $connection_upgrade;" in text
    assert "proxy_http_version 1.1;" in text
    body = re.search(r"client_max_body_size (\d+)m;", text)
    assert body, "nginx.conf sets no client_max_body_size"
    default_import = Settings.model_fields["max_import_bytes"].default
    assert int(body.group(1)) * 1024 * 1024 >= default_import
    read = re.search(r"proxy_read_timeout (\d+)h;", text)
    assert read, "nginx.conf sets no proxy_read_timeout in hours"
    assert int(read.group(1)) * 3600 >= Settings.model_fields["import_timeout_seconds"].default


def test_the_api_health_check_reaches_a_real_route_on_the_served_port() -> None:
    check = resolved()["services"]["api"]["healthcheck"]["test"]
    url = re.search(r"urlopen\('([^']+)'\)", check[-1])
    assert url, check
    target = urlsplit(url.group(1))
    assert target.port == image_port()
    assert target.path == "/readyz" and target.path in served_paths()
