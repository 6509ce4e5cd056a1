"""Two apps on one store, one reading through read plans and one level by level.

The level-by-level app (``read_plans=False``: every relationship field resolved through
the request's DataLoaders) is the reference the read plans are held to. Both stay open
for a whole test; the plan app's store records every call made to it.
"""

import difflib
import json
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from graph_api.config import Settings
from graph_api.store.base import GraphStore
from tests.conftest import app_client, app_settings
from tests.limits.helpers import CallCounter, KeepOpen
from tests.reads.selection_walk import GeneratedRequest

Answer = Any
"""A JSON answer with the order of its keys kept: objects as :class:`Pairs`."""


class Pairs(tuple[tuple[str, Any], ...]):
    """A JSON object as its (key, value) pairs in the answer's order; never equal to a
    JSON array (a list), not even an empty one."""


def paired_settings(read_plans: bool) -> Settings:
    """The tests' settings (limits as shipped), reading through plans or level by level."""
    return app_settings().model_copy(update={"read_plans": read_plans})


@dataclass
class PairedApps:
    plan: httpx.AsyncClient
    reference: httpx.AsyncClient
    counter: CallCounter
    """The plan app's store: ``calls`` names every store method the app called."""


@asynccontextmanager
async def paired_apps(store: GraphStore) -> AsyncIterator[PairedApps]:
    counter = CallCounter(KeepOpen(store))
    async with AsyncExitStack() as stack:
        plan = await stack.enter_async_context(app_client(counter, paired_settings(True)))
        reference = await stack.enter_async_context(
            app_client(KeepOpen(store), paired_settings(False))
        )
        yield PairedApps(plan, reference, counter)


async def answer(client: httpx.AsyncClient, document: str, variables: dict[str, Any]) -> Answer:
    """The whole answer (``data`` and ``errors``), key order kept."""
    response = await client.post("/graphql", json={"query": document, "variables": variables})
    assert response.status_code == 200, response.text
    return json.loads(response.text, object_pairs_hook=Pairs)


def as_dicts(value: Answer) -> Any:
    """An ordered answer as plain JSON (objects as dicts), for reading."""
    if isinstance(value, Pairs):
        return {k: as_dicts(v) for k, v in value}
    if isinstance(value, list):
        return [as_dicts(v) for v in value]
    return value


def difference(reference: Answer, plan: Answer) -> str:
    """The two answers' JSON (key order kept), line by line where they differ."""

    def lines(value: Answer) -> list[str]:
        # as_dicts keeps the answer's key order (dicts keep insertion order).
        return json.dumps(as_dicts(value), indent=1).splitlines()

    diff = difflib.unified_diff(lines(reference), lines(plan), "reference", "read plan", n=2)
    shown = list(diff)
    return "\n".join(
        shown[:80] + ([f"... {len(shown) - 80} more lines"] if len(shown) > 80 else [])
    )


def _cursor_at(value: Any, path: tuple[str, ...], last: bool) -> str | None:
    if isinstance(value, list):
        for item in value:
            if (found := _cursor_at(item, path, last)) is not None:
                return found
        return None
    if not isinstance(value, dict):
        return None
    if not path:
        edges = value.get("edges") or []
        if not edges:
            return None
        cursor: str = edges[-1 if last else 0]["cursor"]
        return cursor
    return _cursor_at(value.get(path[0]), path[1:], last)


def with_cursors(request: GeneratedRequest, first_answer: Answer) -> dict[str, Any]:
    """The request's variables with each cursor taken from ``first_answer`` (the same
    request without cursors): the first edge's for ``after``, the last's for ``before``;
    null where that connection came back empty everywhere."""
    data = as_dicts(first_answer).get("data")
    values = dict(request.variables)
    for name, source in request.cursors.items():
        values[name] = _cursor_at(data, source.path, source.last)
    return values
