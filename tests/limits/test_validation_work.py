"""Validation never takes long: a document whose shape would make it slow is refused
before any rule runs (graph_api/api/limits/shape.py), and what is validated is fast.

Each shape of tests/limits/shapes.py is grown to the token limit and sent to the app;
the worker thread's job (the shape check, then every rule) is timed in CPU time of that
thread, so that other work on the machine does not count.
"""

import time
from typing import Any

import httpx
import pytest
from graphql import get_introspection_query, parse

from graph_api.api import document_cache
from graph_api.api.limits.shape import measure_shape
from graph_api.config import Settings
from graph_api.store.base import GraphStore
from tests.conftest import app_client
from tests.graphql_client import gql
from tests.limits.helpers import settings
from tests.limits.shapes import SHAPES, at_token_limit, fan_out, fan_out_selections

SHAPE_LIMITS = {"max_selections", "max_repeated_fields", "max_selection_nesting"}
VALIDATION_BOUND = 0.5
"""Seconds of CPU a validation job may take (a generous bound: most take milliseconds)."""


@pytest.fixture
def validation_jobs(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The CPU seconds of every validation job the worker threads run from now on."""
    jobs: list[float] = []
    check_new = document_cache._check_new

    def timed(*args: Any) -> Any:
        started = time.thread_time()
        try:
            return check_new(*args)
        finally:
            jobs.append(time.thread_time() - started)

    monkeypatch.setattr(document_cache, "_check_new", timed)
    return jobs


def _limits(body: dict[str, Any]) -> set[str]:
    return {error.get("extensions", {}).get("limit") for error in body.get("errors", [])}


@pytest.mark.parametrize("shape", SHAPES)
async def test_a_shape_at_the_token_limit_is_refused_or_validates_fast(
    client: httpx.AsyncClient, validation_jobs: list[float], shape: str
) -> None:
    body = await gql(client, at_token_limit(SHAPES[shape]))
    (seconds,) = validation_jobs
    if _limits(body) & SHAPE_LIMITS:
        (error,) = body["errors"]
        assert error["extensions"]["code"] == "LIMIT_EXCEEDED"
        assert error["extensions"]["measured"] > error["extensions"]["maximum"]
    assert seconds < VALIDATION_BOUND, (shape, seconds, body.get("errors", [])[:1])


async def test_what_the_issue_saw_is_refused_before_validation(
    client: httpx.AsyncClient, validation_jobs: list[float]
) -> None:
    """1,000 copies of one field, no aliases: 24 KB, over 1 s of validation unchecked."""
    body = await gql(client, "{ " + " ".join(["personas { totalCount }"] * 1000) + " }")
    assert body == {
        "errors": [
            {
                "message": "The document selects 'personas' 1000 times, fragments included; "
                "the limit is 20 (max_repeated_fields).",
                "extensions": {
                    "code": "LIMIT_EXCEEDED",
                    "limit": "max_repeated_fields",
                    "maximum": 20,
                    "measured": 1000,
                },
            }
        ]
    }
    assert validation_jobs[0] < 0.1


@pytest.mark.parametrize(
    ("document", "limit", "measured", "message"),
    [
        (
            fan_out(20),
            "max_selections",
            fan_out_selections(20),
            "The document has 12582865 selections once its fragments are expanded; the limit "
            "is 2000 (max_selections).",
        ),
        (
            "{ journeys { nodes { ...F0 } } } "
            + " ".join(
                f"fragment F{i} on Journey {{ stages {{ journey {{ ...F{i + 1} }} }} }}"
                for i in range(30)
            )
            + " fragment F30 on Journey { key }",
            "max_selection_nesting",
            3 + 3 * 30 + 1,  # the operation's 3 levels, 3 per fragment, the last one's 1
            "The document's selections nest 94 levels deep, fragments and inline fragments "
            "included; the limit is 50 (max_selection_nesting).",
        ),
        (
            "{ ...A ...B } fragment A on Query { journeys { nodes { key } } } "
            "fragment B on Query { journeys { nodes { " + "key " * 20 + "} } }",
            "max_repeated_fields",
            21,
            "The document selects 'journeys.nodes.key' 21 times, fragments included; the "
            "limit is 20 (max_repeated_fields).",
        ),
    ],
    ids=["selections", "nesting", "repeated through fragments"],
)
async def test_each_shape_limit_names_itself(
    client: httpx.AsyncClient, document: str, limit: str, measured: int, message: str
) -> None:
    body = await gql(client, document)
    (error,) = body["errors"]
    assert error["message"] == message
    assert error["extensions"] == {
        "code": "LIMIT_EXCEEDED",
        "limit": limit,
        "maximum": getattr(Settings(), limit),
        "measured": measured,
    }
    assert "data" not in body


async def test_the_shape_limits_are_settings(store: GraphStore) -> None:
    """Lowered, they refuse what the defaults let through; the measure is exact."""
    text = "{ journeys { nodes { key name stages { key } } } }"
    lowered = settings(max_selections=5, max_repeated_fields=1, max_selection_nesting=3)
    async with app_client(store, lowered) as client:
        (error,) = (await gql(client, text))["errors"]
    assert (error["extensions"]["limit"], error["extensions"]["measured"]) == (
        "max_selections",
        6,
    )
    async with app_client(store, settings(max_selection_nesting=3)) as client:
        (error,) = (await gql(client, text))["errors"]
    assert (error["extensions"]["limit"], error["extensions"]["measured"]) == (
        "max_selection_nesting",
        4,
    )
    async with app_client(store, settings(max_repeated_fields=1)) as client:
        (error,) = (await gql(client, "{ a: journeys { totalCount } a: journeys { totalCount } }"))[
            "errors"
        ]
    assert (error["extensions"]["limit"], error["extensions"]["measured"]) == (
        "max_repeated_fields",
        2,
    )


def test_graphiqls_introspection_query_is_well_within_the_shape_limits() -> None:
    """The largest document a real client of this schema sends (docs and bench queries
    are far smaller: tests/limits/test_defaults.py sends them all)."""
    defaults = Settings()
    full = get_introspection_query(
        descriptions=True,
        specified_by_url=True,
        directive_is_repeatable=True,
        schema_description=True,
        input_value_deprecation=True,
    )
    shape = measure_shape(parse(full), defaults.max_selections)
    assert shape.selections * 4 <= defaults.max_selections
    assert shape.nesting * 2 <= defaults.max_selection_nesting
    assert shape.repeated == 1


def test_the_measure_is_linear_whatever_the_fragments_do() -> None:
    """About 2^400 selections are counted, exactly, without expanding one of them."""
    started = time.thread_time()
    shape = measure_shape(parse(fan_out(400)), 2000)
    assert shape.selections == fan_out_selections(400)
    assert time.thread_time() - started < 0.5


@pytest.mark.parametrize(
    "document",
    [
        "{ ...Nope }",
        "{ journeys { nodes { ...Nope } } }",
        "{ ...A } fragment A on Query { ...Nope }",
    ],
)
async def test_an_unknown_fragment_is_named(client: httpx.AsyncClient, document: str) -> None:
    """The depth limit used to fail on it with a bare "'Nope'"."""
    body = await gql(client, document)
    assert [error["message"] for error in body["errors"]] == ["Unknown fragment 'Nope'."]
