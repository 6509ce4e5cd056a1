"""``graph-api export-schema`` through Typer's CliRunner.

``-o FILE`` writes exactly the SDL the code builds (and only that file); ``-o -`` prints
it; ``--cypher FILE`` writes the Neo4j constraints script.
"""

from pathlib import Path

from typer.testing import CliRunner

from graph_api.api import schema_sdl
from graph_api.cli.app import app
from graph_api.store.neo4j.schema import schema_script


def test_export_schema_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "schema.graphql"
    result = CliRunner().invoke(app, ["export-schema", "-o", str(target)])
    assert result.exit_code == 0, result.output
    sdl = schema_sdl()
    assert target.read_text(encoding="utf-8") == sdl
    assert f"wrote {target} ({len(sdl.splitlines())} lines)" in " ".join(result.stdout.split())
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["schema.graphql"]


def test_export_schema_to_stdout() -> None:
    result = CliRunner().invoke(app, ["export-schema", "--output", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout == schema_sdl()


def test_export_the_neo4j_constraints(tmp_path: Path) -> None:
    target = tmp_path / "schema.cypher"
    result = CliRunner().invoke(app, ["export-schema", "--cypher", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == schema_script()
    assert "CREATE CONSTRAINT" in target.read_text(encoding="utf-8")
