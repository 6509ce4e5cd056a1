"""What the deployment files (docker-compose.yml, deploy/) must agree with, read from the
code: the variables Settings reads, the routes the app serves, the port the image serves
on, the Neo4j version the tests run against."""

import re
from functools import cache

from graph_api.app import create_app
from graph_api.config import Settings
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import ROOT


def setting_variables() -> set[str]:
    """Every environment variable Settings reads: ``GRAPH_API_<FIELD>`` and the aliases
    (``NEO4J_URI``, ...). Any other is ignored silently (``extra="ignore"``)."""
    names = set()
    for name, field in Settings.model_fields.items():
        names.add(f"GRAPH_API_{name.upper()}")
        if field.validation_alias is not None:
            choices = getattr(field.validation_alias, "choices", [field.validation_alias])
            names.update(str(choice) for choice in choices)
    return names


@cache
def served_paths() -> frozenset[str]:
    """The paths the app answers."""
    app = create_app(Settings(demo_if_empty=False), EmbeddedStore(":memory:"))
    return frozenset(str(getattr(route, "path", "")) for route in app.routes)


def image_port() -> int:
    """The port the Dockerfile's CMD serves on."""
    command = re.search(r"^CMD \[(.*)\]$", (ROOT / "Dockerfile").read_text(), re.MULTILINE)
    assert command, "the Dockerfile has no CMD"
    port = re.search(r'"--port", "(\d+)"', command.group(1))
    assert port, f"the Dockerfile's CMD names no --port: {command.group(1)}"
    return int(port.group(1))


def neo4j_version_under_test() -> str:
    """The Neo4j minor version (``5.26``) the tests run against."""
    pom = (ROOT / "scripts" / "neo4j" / "pom.xml").read_text()
    match = re.search(r"<neo4j\.version>(\d+\.\d+)\.\d+</neo4j\.version>", pom)
    assert match, "scripts/neo4j/pom.xml names no neo4j.version"
    return match.group(1)
