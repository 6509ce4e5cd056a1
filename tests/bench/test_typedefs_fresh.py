"""``@neo4j/graphql``'s type definitions (bench/neo4j-graphql/v6/ and v7/typeDefs.graphql)
are made from the metamodel; a metamodel change must regenerate them, or ``make bench``
refuses to start (``python -m bench.neo4j_graphql_typedefs`` writes them)."""

import pytest

from bench.neo4j_graphql_typedefs import MAJORS, OUTPUTS, type_defs


@pytest.mark.parametrize("major", MAJORS)
def test_committed_type_definitions_match_the_metamodel(major: int) -> None:
    assert OUTPUTS[major].read_text(encoding="utf-8") == type_defs(major), (
        "stale: run .venv/bin/python -m bench.neo4j_graphql_typedefs"
    )


def test_the_versions_differ_only_in_how_plain_types_stay_off_the_root() -> None:
    """7.x knows no @query on a type without @node; 6.x needs it there."""
    six, seven = type_defs(6).splitlines(), type_defs(7).splitlines()
    assert len(six) == len(seven)
    changed = [(a, b) for a, b in zip(six, seven, strict=True) if a != b]
    assert changed
    for a, b in changed:
        assert a == b.replace(" {", " @query(read: false, aggregate: false) {")


def test_an_unknown_major_version_is_refused() -> None:
    with pytest.raises(ValueError, match=r"5\.x"):
        type_defs(5)
