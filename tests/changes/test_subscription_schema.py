"""The ``changes`` field through the schema, in process: how a lagging subscriber ends."""

import asyncio
from typing import Any

from graph_api.api.context import Context
from graph_api.api.schema import build_schema
from graph_api.config import Settings
from graph_api.security import Authenticator
from graph_api.services.changes import ChangeFeed
from graph_api.store.base import NodeRef
from graph_api.store.change_log import ChangeEvent, ChangeType
from graph_api.store.embedded import EmbeddedStore
from tests.changes.test_feed import AT, logged

QUERY = "subscription { changes(kinds: [PERSONA]) { kind nodeKind key version } }"


def persona_created(key: str) -> ChangeEvent:
    return ChangeEvent(ChangeType.CREATED, NodeRef("Persona", key), 1, AT)


async def test_a_lagging_subscriber_gets_events_dropped_then_the_stream_ends() -> None:
    feed = ChangeFeed(max_lag=2)
    settings = Settings(demo_if_empty=False, anonymous_read=True)  # in process: no request
    context = Context(EmbeddedStore(":memory:"), settings, feed, Authenticator(settings))
    stream: Any = await build_schema().subscribe(QUERY, context_value=context)
    first = asyncio.create_task(anext(stream))
    # The resolver subscribes when it first runs, once the document is parsed and
    # validated in a worker thread: up to 5 s.
    for _ in range(500):
        if feed.subscriber_count:
            break
        await asyncio.sleep(0.01)
    feed.publish(logged([persona_created("pat")]))
    result = await asyncio.wait_for(first, timeout=5)
    assert result.errors is None
    assert result.data == {
        "changes": {"kind": "CREATED", "nodeKind": "PERSONA", "key": "pat", "version": 1}
    }

    # The client stops reading; three more events overflow its two slots.
    feed.publish(logged([persona_created(f"p{n}") for n in range(3)]))
    assert feed.subscriber_count == 0
    result = await asyncio.wait_for(anext(stream), timeout=5)
    (error,) = result.errors
    assert error.extensions == {"code": "EVENTS_DROPPED", "limit": 2}
    assert "subscribe again" in error.message
    assert await anext(stream, None) is None
