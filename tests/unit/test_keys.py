"""Node keys: ``slugify`` derives them from labels, ``is_key`` recognises them."""

import pytest

from graph_api.metamodel import is_key, slugify
from graph_api.metamodel.keys import KEY_MAX_LENGTH


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Pay & confirm (web)", "pay-confirm-web"),
        ("Check departures", "check-departures"),
        ("  Café crème  ", "cafe-creme"),
        ("Step 2: book", "step-2-book"),
        ("already-a-key", "already-a-key"),
        ("UPPER_and.dots", "upper-and-dots"),
        ("!!!", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugify_cuts_long_text_on_a_word_boundary() -> None:
    slug = slugify("word " * 60)
    assert len(slug) <= KEY_MAX_LENGTH
    assert slug == "-".join(["word"] * 24)
    assert is_key(slug)


def test_slugify_cuts_a_single_long_word_at_the_maximum() -> None:
    assert slugify("a" * 200) == "a" * KEY_MAX_LENGTH


@pytest.mark.parametrize(
    "key", ["a", "checkout-pay", "v1.2_beta", "fr-book-engineer", "2026-03-31", "a" * 120]
)
def test_valid_keys(key: str) -> None:
    assert is_key(key) is True


@pytest.mark.parametrize(
    "text",
    ["", "Checkout", "two words", "-lead", "trail-", "double--dash", "é", "a/b", "a" * 121],
)
def test_invalid_keys(text: str) -> None:
    assert is_key(text) is False


@pytest.mark.parametrize("text", ["Pay & confirm (web)", "Ünïcödé Straße", "x" * 300])
def test_slugs_are_keys(text: str) -> None:
    assert is_key(slugify(text))
