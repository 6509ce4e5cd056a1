"""Exporting a model: export -> import into an empty store -> export gives the same
document, on every store, and every store exports the demo alike."""

from typing import Any

import pytest

from graph_api.model_io import (
    ModelFormat,
    dump_document,
    export_model,
    load_model,
    load_model_file,
    parse_text,
)
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import DEMO_MODEL
from tests.expected_demo import DEMO_LINKS, DEMO_NODES


async def embedded_demo_export() -> dict[str, Any]:
    reference = EmbeddedStore()
    await reference.open()
    await load_model_file(reference, DEMO_MODEL)
    return await export_model(reference)


@pytest.mark.parametrize("fmt", list(ModelFormat))
async def test_export_import_export_is_the_same_document(
    demo_store: GraphStore, fmt: ModelFormat
) -> None:
    exported = await export_model(demo_store)
    empty = EmbeddedStore()
    await empty.open()
    summary = await load_model(empty, parse_text(dump_document(exported, fmt), fmt))
    assert (summary.created, summary.updated, summary.linked) == (DEMO_NODES, 0, DEMO_LINKS)
    assert await export_model(empty) == exported


async def test_every_store_exports_the_demo_alike(demo_store: GraphStore) -> None:
    exported = await export_model(demo_store)
    assert exported == await embedded_demo_export()
    assert exported["format"] == "graph-api/v1"
    assert len(exported["steps"]) == 27
    book = next(s for s in exported["steps"] if s["key"] == "fr-book-engineer")
    assert book["touchpoints"] == ["agent-engineer-booking", "appointment-confirmation-sms"]
    assert "createdAt" not in book and "version" not in book


async def test_reimporting_an_export_changes_nothing(demo_store: GraphStore) -> None:
    exported = await export_model(demo_store)
    summary = await load_model(demo_store, exported)
    assert (summary.created, summary.updated, summary.unchanged, summary.linked) == (
        0,
        0,
        DEMO_NODES,
        0,
    )
