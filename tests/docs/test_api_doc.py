"""Every example of ``docs/api.md`` gives the output shown, on both stores."""

import asyncio
import json
import re
from typing import Any

import httpx

from graph_api.api.context import Context
from graph_api.api.schema import build_schema
from graph_api.config import Settings
from graph_api.security import Authenticator
from graph_api.services.changes import ChangeFeed
from graph_api.services.observed import ObservedStore
from graph_api.store.base import UpsertNode
from graph_api.store.embedded import EmbeddedStore
from tests.docs.api_examples import API_DOC, examples, run


async def test_api_doc_examples_give_the_output_shown(demo_client: httpx.AsyncClient) -> None:
    found = examples()
    assert len(found) >= 12
    for example in found:
        answer = await run(demo_client, example)
        assert example.output.strip(), f"example {example.name} shows no output"
        assert answer == json.loads(example.output), example.name


async def test_change_feed_example_gives_the_event_shown() -> None:
    """The doc's subscription, run in process: a create gives the event the doc shows."""
    text = API_DOC.read_text(encoding="utf-8")
    subscription = _block(text, "changes:subscription")
    shown = json.loads(_block(text, "changes:event"))

    feed = ChangeFeed()
    store = ObservedStore(EmbeddedStore(":memory:"), feed)
    await store.open()
    settings = Settings(demo_if_empty=False, anonymous_read=True)
    context = Context(store, settings, feed, Authenticator(settings))
    stream: Any = await build_schema(settings).subscribe(subscription, context_value=context)
    first = asyncio.create_task(anext(stream))
    # The resolver subscribes when it first runs, once the document is parsed and
    # validated in a worker thread: up to 5 s.
    for _ in range(500):
        if feed.subscriber_count:
            break
        await asyncio.sleep(0.01)
    await store.write([UpsertNode("Persona", "night-shift-nurse", {"name": "Sam"})])
    result = await asyncio.wait_for(first, timeout=5)
    assert {"data": result.data} == shown
    await stream.aclose()
    await store.close()


def _block(text: str, marker: str) -> str:
    match = re.search(rf"<!-- example:{marker} -->\s*```\w*\n(.*?)```", text, re.DOTALL)
    assert match, marker
    return match.group(1)
