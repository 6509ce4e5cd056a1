"""The graph's language (``model_language``): which names are labels, which translations.

With ``de``, the fixture's German names become the labels and the English ones
translations; the export writes the labels as ``xml:lang="de"``, and importing it again
with ``de`` gives the same graph. The CLI takes ``--language``, GraphQL the setting.
"""

import xml.etree.ElementTree as ET
from pathlib import Path

from typer.testing import CliRunner

from graph_api.archimate import NS, export_archimate, import_archimate
from graph_api.cli.app import app
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.archimate.helpers import FIXTURE, fixture_text, named_graph
from tests.conftest import app_client, app_settings
from tests.graphql_client import gql_data

LANG = "{http://www.w3.org/XML/1998/namespace}lang"


async def test_names_in_the_graphs_language_are_the_labels(store: GraphStore) -> None:
    await import_archimate(store, fixture_text(), language="de")
    graph = await named_graph(store)
    key, props = graph.by_name("Capability", "Kundenmanagement")
    assert key == "id-b9625bf30fc83ff0cb46ceb80c7cddc7"
    # No German documentation: the English one is a translation, like the English name.
    assert props["translations"] == [
        {
            "language": "en",
            "label": "Customer Management",
            "description": "Everything needed to win, know and keep customers.",
        }
    ]
    assert "description" not in props
    # A node with no German name keeps its English one as label, no translation.
    assert "translations" not in graph.by_name("Capability", "Billing")[1]


async def test_the_export_is_in_the_graphs_language_and_imports_back(
    store: GraphStore,
) -> None:
    await import_archimate(store, fixture_text(), language="de")
    exported = await export_archimate(store, "de")
    names = [
        (n.get(LANG), n.text)
        for e in ET.fromstring(exported).iter(f"{{{NS}}}element")
        if e.get("identifier", "").endswith("id-b9625bf30fc83ff0cb46ceb80c7cddc7")
        for n in e.findall(f"{{{NS}}}name")
    ]
    assert names == [("de", "Kundenmanagement"), ("en", "Customer Management")]
    copy = EmbeddedStore(":memory:")
    await copy.open()
    try:
        await import_archimate(copy, exported, language="de")
        assert (await named_graph(copy)).nodes == (await named_graph(store)).nodes
    finally:
        await copy.close()


def test_the_cli_takes_the_language_and_refuses_a_bad_tag(db_path: Path) -> None:
    result = CliRunner().invoke(app, ["import-archimate", str(FIXTURE), "--language", "de"])
    assert result.exit_code == 0, result.output
    exported = CliRunner().invoke(app, ["export-archimate", "--language", "de"]).stdout
    assert '<name xml:lang="de">Kundenmanagement</name>' in exported
    refused = CliRunner().invoke(app, ["export-archimate", "--language", "not a tag"])
    assert refused.exit_code == 2
    assert "is not a language tag" in refused.output


async def test_graphql_uses_the_setting(store: GraphStore) -> None:
    settings = app_settings().model_copy(update={"model_language": "de"})
    async with app_client(store, settings) as client:
        query = "mutation ($xml: String!) { importArchimate(xml: $xml) { created } }"
        await gql_data(client, query, xml=fixture_text())
        found = await gql_data(
            client, '{ capabilities(where: {name: {eq: "Kundenmanagement"}}) { totalCount } }'
        )
        assert found["capabilities"]["totalCount"] == 1
        exported = (await gql_data(client, "{ exportArchimate }"))["exportArchimate"]
    assert '<name xml:lang="de">Kundenmanagement</name>' in exported
