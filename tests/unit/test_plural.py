"""``counted``: a count and its noun in the number the count takes."""

import pytest

from graph_api.plural import counted


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 errors"), (1, "1 error"), (2, "2 errors"), (-1, "-1 errors"), (1000, "1000 errors")],
)
def test_regular_nouns(count: int, expected: str) -> None:
    assert counted(count, "error") == expected


def test_irregular_plurals() -> None:
    assert counted(1, "alias", "aliases") == "1 alias"
    assert counted(3, "alias", "aliases") == "3 aliases"
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(0, "entry", "entries") == "0 entries"


def test_grouped_thousands() -> None:
    assert counted(2821, "link", grouped=True) == "2,821 links"
    assert counted(1, "link", grouped=True) == "1 link"
    assert counted(1_073_000, "node", grouped=True) == "1,073,000 nodes"
