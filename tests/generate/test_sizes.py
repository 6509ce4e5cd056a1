"""The sizes stated for generated models (graph_api/generate/sizes.py) hold over many
seeds, and every place that states them (``graph-api generate --help``, the README, the
docs) states those figures."""

import re

import pytest
from typer.testing import CliRunner

from graph_api.cli.app import app
from graph_api.generate import generate_model
from graph_api.generate.sizes import (
    LINKS_PER_SCALE_POINT,
    NODES_PER_SCALE_POINT,
    SETTLED_FROM_SCALE,
    SETTLED_SPREAD,
    SINGLE_UNIT_LINKS,
    SINGLE_UNIT_NODES,
    expected_size,
    size_statement,
)
from tests.conftest import ROOT

PER_SCALE_POINT = re.compile(
    r"~?([\d,]+) nodes,?(?: and)? ~?([\d,]+) links (?:per scale point|each)", re.IGNORECASE
)


def number(text: str) -> int:
    return int(text.replace(",", ""))


def test_a_single_unit_stays_in_its_stated_range() -> None:
    for seed in range(150):
        model = generate_model(1, seed)
        assert SINGLE_UNIT_NODES[0] <= model.node_count <= SINGLE_UNIT_NODES[1], seed
        assert SINGLE_UNIT_LINKS[0] <= model.link_count <= SINGLE_UNIT_LINKS[1], seed


@pytest.mark.parametrize(
    ("scale", "seeds"), [(SETTLED_FROM_SCALE, range(6)), (20, range(3)), (100, range(1))]
)
def test_from_the_settled_scale_the_figures_per_scale_point_hold(scale: int, seeds: range) -> None:
    assert scale >= SETTLED_FROM_SCALE
    nodes, links = expected_size(scale)
    for seed in seeds:
        model = generate_model(scale, seed)
        assert abs(model.node_count - nodes) <= SETTLED_SPREAD * nodes, (seed, model.node_count)
        assert abs(model.link_count - links) <= SETTLED_SPREAD * links, (seed, model.link_count)


def test_the_help_states_the_sizes() -> None:
    result = CliRunner().invoke(app, ["generate", "--help"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    flat = " ".join(result.output.replace("│", " ").split())
    assert size_statement() in flat


def test_every_statement_in_the_docs_gives_the_stated_figures() -> None:
    stated = (NODES_PER_SCALE_POINT, LINKS_PER_SCALE_POINT)
    found = 0
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        text = " ".join(path.read_text(encoding="utf-8").split())
        for match in PER_SCALE_POINT.finditer(text):
            found += 1
            assert (number(match.group(1)), number(match.group(2))) == stated, (
                path.relative_to(ROOT),
                match.group(0),
            )
    assert found, "the README states no size per scale point"


def test_the_readme_states_the_sizes_where_it_shows_generate() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if line.startswith("graph-api generate ")]
    assert len(lines) == 1, lines
    assert (
        f"about {NODES_PER_SCALE_POINT:,} nodes and {LINKS_PER_SCALE_POINT:,} links" in (lines[0])
    )
    assert "graph_api/generate/sizes.py" in readme
