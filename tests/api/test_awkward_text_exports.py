"""Every export of a graph full of awkward (but allowed) text parses again and gives the
same text back, on every store: ``exportModel`` as YAML and as JSON, read the way
``importModel`` and ``graph-api seed`` read them, and ``exportArchimate``, well-formed
and imported again. Loading an export into the store it came from changes nothing;
loading it into an empty store gives the same nodes, links and export.
"""

from pathlib import Path
from typing import Any

import defusedxml.ElementTree as safe_xml
import httpx
import pytest

from graph_api.archimate import import_archimate
from graph_api.archimate.mapping import MAPPED_KINDS
from graph_api.archimate.parse_common import NS
from graph_api.model_io import ModelFormat, dump_document, export_model, load_model, read_model
from graph_api.model_io.loader import parse_model_file_text
from graph_api.model_io.writer import parse_text
from graph_api.store.base import GraphStore, NodeRef
from graph_api.store.embedded import EmbeddedStore
from tests.awkward_text import AWKWARD, LONG, awkward_document
from tests.graphql_client import gql_data
from tests.snapshots import take_snapshot

Props = dict[NodeRef, dict[str, Any]]


def expected_props() -> Props:
    return {ref: dict(op.props) for ref, op in read_model(awkward_document()).nodes.items()}


async def stored_props(store: GraphStore) -> Props:
    return {ref: props for ref, (props, *_) in (await take_snapshot(store)).nodes.items()}


@pytest.fixture
async def awkward_store(store: GraphStore) -> GraphStore:
    await load_model(store, awkward_document())
    return store


async def exported(client: httpx.AsyncClient, field: str, **variables: Any) -> str:
    arguments = "(format: $format)" if variables else ""
    header = "query($format: ModelFormat)" if variables else "query"
    data = await gql_data(client, f"{header} {{ {field}{arguments} }}", **variables)
    value: str = data[field]
    return value


async def test_the_store_keeps_every_text_as_given(awkward_store: GraphStore) -> None:
    stored = await stored_props(awkward_store)
    assert stored == expected_props()
    every_text = {v for props in stored.values() for v in props.values() if isinstance(v, str)}
    assert {*AWKWARD, LONG} <= every_text | {
        a["value"] for props in stored.values() for a in props.get("attributes", [])
    }


@pytest.mark.parametrize("fmt", [ModelFormat.YAML, ModelFormat.JSON])
async def test_the_model_export_reads_back_as_the_same_graph(
    awkward_store: GraphStore, client: httpx.AsyncClient, fmt: ModelFormat
) -> None:
    text = await exported(client, "exportModel", format=fmt.name)
    as_imported = parse_text(text, fmt)  # importModel
    as_seeded = parse_model_file_text(text, Path(f"export.{fmt.value}"))  # graph-api seed
    assert as_seeded == as_imported
    again = await load_model(awkward_store, as_seeded)
    assert (again.created, again.updated, again.linked) == (0, 0, 0)
    assert await stored_props(awkward_store) == expected_props()
    copy = EmbeddedStore(":memory:")
    await copy.open()
    try:
        await load_model(copy, as_seeded)
        assert await stored_props(copy) == expected_props()
        original, copied = await take_snapshot(awkward_store), await take_snapshot(copy)
        assert copied.edges == original.edges
        assert dump_document(await export_model(copy), fmt) == text
    finally:
        await copy.close()


def _texts(element: Any, tag: str) -> dict[str, str]:
    """The texts of ``element``'s ``tag`` children by language."""
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    return {child.get(lang, ""): child.text or "" for child in element.findall(f"{{{NS}}}{tag}")}


async def test_the_archimate_export_is_well_formed_and_reads_back(
    awkward_store: GraphStore, client: httpx.AsyncClient
) -> None:
    xml = await exported(client, "exportArchimate")
    assert "\r" not in xml, "a raw carriage return would read back as a line feed"
    root = safe_xml.fromstring(xml, forbid_dtd=True)  # well-formed, no DTD
    expected = {ref: p for ref, p in expected_props().items() if ref.kind in MAPPED_KINDS}
    elements = root.findall(f"{{{NS}}}elements/{{{NS}}}element")
    assert len(elements) == len(expected)
    crm = next(e for e in elements if e.get("identifier") == "system.crm")
    system = expected[NodeRef("System", "crm")]
    assert _texts(crm, "name") == {
        "en": system["name"],
        **{t["language"]: t["label"] for t in system["translations"]},
    }
    assert _texts(crm, "documentation")["en"] == LONG

    report = await import_archimate(awkward_store, xml)
    assert report.not_stored == []
    assert (report.created, report.updated, report.unchanged) == (0, 0, len(expected))
    copy = EmbeddedStore(":memory:")
    await copy.open()
    try:
        report = await import_archimate(copy, xml)
        assert report.not_stored == []
        assert await stored_props(copy) == expected
    finally:
        await copy.close()
