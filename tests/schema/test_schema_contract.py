"""The schema built from the code keeps the contract of the last release.

``schema/released/<version>.graphql`` holds the schema each release shipped; the newest
is the contract. A change that could break an operation written against it fails here,
unless that release already marked the changed field, argument or enum value
``@deprecated`` (tests/schema/breaking_changes.py has the rules). Dangerous changes (an
optional argument or an enum value added, a default changed) pass and are reported as
warnings, since a client may notice them.
"""

import re
import warnings
from pathlib import Path

import pytest
from graphql import GraphQLSchema, build_schema, find_dangerous_changes

from graph_api.api import schema_sdl
from tests.schema.breaking_changes import contract_breaks, deprecated_members, failure_message

RELEASED = Path(__file__).resolve().parents[2] / "schema" / "released"
VERSION_NAME = re.compile(r"(\d+)\.(\d+)\.(\d+)\.graphql")


class DangerousSchemaChange(UserWarning):
    """A change since the last release that an existing client may notice."""


def newest(paths: list[Path]) -> Path:
    """The copy of the highest version (0.10.0 after 0.9.1)."""
    versions: dict[tuple[int, ...], Path] = {}
    for path in paths:
        version = VERSION_NAME.fullmatch(path.name)
        assert version, f"{path}: a released schema is named by its version, as 0.1.0.graphql"
        versions[tuple(int(part) for part in version.groups())] = path
    assert versions, f"no released schema in {RELEASED}"
    return versions[max(versions)]


@pytest.fixture(scope="module")
def last_release() -> Path:
    return newest(sorted(RELEASED.glob("*.graphql")))


@pytest.fixture(scope="module")
def released(last_release: Path) -> GraphQLSchema:
    return build_schema(last_release.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def current() -> GraphQLSchema:
    # The SDL graph-api export-schema writes, built by the code as it is now.
    return build_schema(schema_sdl())


def test_no_breaking_change_since_the_last_release(
    released: GraphQLSchema, current: GraphQLSchema, last_release: Path
) -> None:
    for change in find_dangerous_changes(released, current):
        warnings.warn(
            f"{change.type.name}: {change.description}", DangerousSchemaChange, stacklevel=1
        )
    breaks = contract_breaks(released, current)
    assert not breaks, failure_message(breaks, f"release {last_release.stem} ({last_release})")


def test_the_newest_copy_is_chosen_by_version() -> None:
    names = ["0.9.1.graphql", "0.10.0.graphql", "0.2.0.graphql"]
    assert newest([RELEASED / name for name in names]).name == "0.10.0.graphql"
    with pytest.raises(AssertionError, match="named by its version"):
        newest([RELEASED / "latest.graphql"])


def test_every_deprecation_the_code_prints_is_read_back(current: GraphQLSchema) -> None:
    # The next released copy is this SDL: each @deprecated Strawberry prints in it (on a
    # field, an argument, an input field or an enum value) must excuse its member then.
    printed = schema_sdl().count("@deprecated(")
    assert len(deprecated_members(current)) == printed
