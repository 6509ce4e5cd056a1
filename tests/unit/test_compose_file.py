"""docker-compose.yml: Neo4j 5.26 with a volume and a healthcheck, the API waiting for it.

Docker cannot run here; where a compose client is installed, its ``config`` command must
accept the file too.
"""

import shutil
import subprocess
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def test_neo4j_service_is_the_lts_image_with_a_volume_and_a_healthcheck() -> None:
    neo4j = compose()["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert any(v.endswith(":/data") for v in neo4j["volumes"])
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    assert compose()["volumes"] == {"neo4j-data": None}


def test_api_is_built_here_waits_for_neo4j_and_uses_it() -> None:
    api = compose()["services"]["api"]
    assert api["build"] == "."
    assert api["depends_on"] == {"neo4j": {"condition": "service_healthy"}}
    env = api["environment"]
    assert env["GRAPH_API_STORE"] == "neo4j"
    assert env["NEO4J_URI"] == "bolt://neo4j:7687"
    assert env["GRAPH_API_DEMO_IF_EMPTY"] == "true"
    assert (ROOT / "Dockerfile").is_file()


def compose_client() -> list[str] | None:
    """``docker compose`` (v2) or ``docker-compose`` (v1), whichever answers."""
    for client in (["docker", "compose"], ["docker-compose"]):
        if shutil.which(client[0]) is None:
            continue
        if subprocess.run([*client, "version"], capture_output=True).returncode == 0:
            return client
    return None


def test_compose_client_accepts_the_file() -> None:
    client = compose_client()
    if client is None:
        pytest.skip("no compose client installed (docker compose or docker-compose)")
    result = subprocess.run(
        [*client, "-f", str(ROOT / "docker-compose.yml"), "config", "--quiet"],
        capture_output=True,
        text=True,
        env={"NEO4J_PASSWORD": "test-password", "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )
    assert result.returncode == 0, result.stderr
