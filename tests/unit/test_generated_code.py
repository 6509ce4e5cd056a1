"""The generated GraphQL code is committed as the metamodel implies it.

``graph_api/graphql/types/generate.py`` writes the node types, their inputs and the
per-kind Query and Mutation fields from the metamodel. These tests regenerate every
file in memory and compare it with the committed one, so a metamodel change without
``make generated`` fails here, naming the file and the command.
"""

import difflib

import pytest

from graph_api.graphql.types import generate
from graph_api.metamodel import NODE_KINDS
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    return generate.generated_sources()


def test_every_committed_generated_file_is_what_the_metamodel_implies(
    sources: dict[str, str],
) -> None:
    stale = {}
    for path, source in sources.items():
        committed = (ROOT / path).read_text() if (ROOT / path).exists() else ""
        if committed != source:
            diff = difflib.unified_diff(
                committed.splitlines(), source.splitlines(), path, "generated", lineterm=""
            )
            stale[path] = "\n".join(list(diff)[:20])
    assert not stale, (
        f"{', '.join(stale)} differ from what the metamodel implies; "
        f"run `{generate.COMMAND}` and commit the result:\n" + "\n".join(stale.values())
    )


def test_each_generated_file_says_it_is_generated_from_what_and_how_to_redo_it(
    sources: dict[str, str],
) -> None:
    for path, source in sources.items():
        head = source[:600]
        assert "Generated from the metamodel (graph_api/metamodel)" in head, path
        assert "graph_api/graphql/types/generate.py" in head, path
        assert f"``{generate.COMMAND}``" in head, path
        assert "python -m graph_api.graphql.types.generate" in head, path


def test_a_metamodel_change_changes_what_is_generated(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison above sees the metamodel: a changed description is a changed file."""
    properties = NODE_KINDS["Step"].properties
    monkeypatch.setattr(properties, "__doc__", "A changed description of a step.")
    regenerated = generate.generated_sources()["graph_api/graphql/types/node_types.py"]
    assert "A changed description of a step." in regenerated
    assert regenerated != (ROOT / "graph_api/graphql/types/node_types.py").read_text()
