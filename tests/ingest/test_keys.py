"""The node key of an external id: stable, readable, and never shared by two ids."""

import pytest

from graph_api.ingest.keys import HASH_DIGITS, node_key
from graph_api.metamodel.keys import KEY_MAX_LENGTH, is_key


def test_an_id_that_is_a_key_is_the_key() -> None:
    assert node_key("nps-2026-11") == "nps-2026-11"
    assert node_key("7") == "7"


@pytest.mark.parametrize(
    "external_id", ["NPS 2026/11", "nps 2026 11", "Umfrage Ü", "!!!", "a" * 200, "x\u2028y", "7f3e"]
)
def test_other_ids_get_a_stable_valid_key(external_id: str) -> None:
    key = node_key(external_id)
    assert is_key(key) and len(key) <= KEY_MAX_LENGTH
    assert key == node_key(external_id)


def test_ids_that_slug_alike_get_different_keys() -> None:
    ids = ["NPS 2026/11", "nps 2026 11", "NPS-2026-11 ", "nps_2026_11!"]
    keys = {node_key(i) for i in ids}
    assert len(keys) == len(ids)
    assert all(k.startswith("nps-2026-11.") for k in keys)


def test_an_id_reading_like_a_derived_key_is_derived_too() -> None:
    """Else "A" and the literal text of its derived key would name one node."""
    derived = node_key("A")
    assert (
        derived.endswith("." + derived.rsplit(".", 1)[1])
        and len(derived.rsplit(".", 1)[1]) == HASH_DIGITS
    )
    assert node_key(derived) != derived
    # A key that ends in a dot and fewer or other characters is used as is.
    assert node_key("a.1234") == "a.1234"
