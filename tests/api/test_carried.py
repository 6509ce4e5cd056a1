"""Translations and attributes over HTTP, on every store: every kind carries them.

They are written with ``create<Kind>`` and ``update<Kind>`` as whole lists (a patch's
list replaces the stored one, null or an empty list clears it), read back in order, and
refused with a located VALIDATION error, writing nothing, when they cannot be kept.
"""

from typing import Any

import httpx

from tests.api.helpers import node_id as key_id
from tests.api.helpers import total, validation_paths
from tests.graphql_client import gql, gql_data

CARRIED = "translations { language label description } attributes { name value }"
CREATE = f"""
mutation($input: SystemInput!) {{ createSystem(key: "crm", input: $input) {{ version {CARRIED} }} }}
"""
UPDATE = f"""
mutation($patch: SystemPatch!) {{ updateSystem(id: "crm", input: $patch) {{ version {CARRIED} }} }}
"""
READ = f'{{ system(key: "crm") {{ name {CARRIED} }} }}'

GERMAN = {"language": "de", "label": "Kundenverwaltung", "description": "Das CRM."}
FRENCH_NAME = {"language": "fr-CH", "label": "Gestion clients", "description": None}
OWNER = {"name": "Owner", "value": "Sales IT"}
COST_CENTRE = {"name": "Cost centre", "value": "CC-4711"}


async def _create(client: httpx.AsyncClient, **extra: Any) -> dict[str, Any]:
    data = await gql_data(client, CREATE, input={"name": "CRM", **extra})
    created: dict[str, Any] = data["createSystem"]
    return created


async def test_created_translations_and_attributes_read_back_in_order(
    client: httpx.AsyncClient,
) -> None:
    created = await _create(
        client, translations=[GERMAN, FRENCH_NAME], attributes=[OWNER, COST_CENTRE]
    )
    assert created["translations"] == [GERMAN, FRENCH_NAME]
    assert created["attributes"] == [OWNER, COST_CENTRE]
    assert (await gql_data(client, READ))["system"] == {
        "name": "CRM",
        "translations": [GERMAN, FRENCH_NAME],
        "attributes": [OWNER, COST_CENTRE],
    }


async def test_a_node_without_them_reads_null(client: httpx.AsyncClient) -> None:
    created = await _create(client)
    assert created["translations"] is None and created["attributes"] is None


async def test_a_patch_replaces_the_list_and_null_or_empty_clears_it(
    client: httpx.AsyncClient,
) -> None:
    await _create(client, translations=[GERMAN], attributes=[OWNER])
    replaced = (await gql_data(client, UPDATE, patch={"attributes": [COST_CENTRE]}))["updateSystem"]
    assert replaced["version"] == 2
    assert replaced["attributes"] == [COST_CENTRE]
    assert replaced["translations"] == [GERMAN], "a list left out of the patch is kept"
    cleared = await gql_data(client, UPDATE, patch={"attributes": None, "translations": []})
    assert cleared["updateSystem"]["attributes"] is None
    assert cleared["updateSystem"]["translations"] is None
    unchanged = await gql_data(client, UPDATE, patch={"translations": None})
    assert unchanged["updateSystem"]["version"] == 3, "clearing what is not there changes nothing"


async def test_lists_that_cannot_be_kept_are_refused_with_their_paths(
    client: httpx.AsyncClient,
) -> None:
    body = await gql(
        client,
        CREATE,
        input={
            "name": "CRM",
            "translations": [GERMAN, {**FRENCH_NAME, "language": "DE"}],
            "attributes": [OWNER, {"name": "lifecycle", "value": "active"}],
        },
    )
    assert sorted(validation_paths(body)) == ["attributes", "translations"]
    messages = {e["path"]: e["message"] for e in body["errors"][0]["extensions"]["errors"]}
    assert "'DE' is given twice" in messages["translations"]
    assert "'lifecycle' is a property of this kind" in messages["attributes"]
    assert await total(client, "systems") == 0
    bad_tag = {"language": "not a tag", "label": "x"}
    body = await gql(client, CREATE, input={"name": "CRM", "translations": [GERMAN, bad_tag]})
    assert validation_paths(body) == ["translations[1].language"]
    assert await total(client, "systems") == 0


async def test_a_translation_needs_a_label_or_a_description(client: httpx.AsyncClient) -> None:
    await _create(client)
    body = await gql(client, UPDATE, patch={"translations": [{"language": "it"}]})
    assert validation_paths(body) == ["translations"]
    assert (await gql_data(client, READ))["system"]["translations"] is None


async def test_any_node_answers_them_through_the_graph_node_interface(
    client: httpx.AsyncClient,
) -> None:
    await _create(client, attributes=[OWNER])
    node_id = await key_id(client, "system", "crm")
    data = await gql_data(
        client,
        "query($id: ID!) { nodes(ids: [$id]) { ... on GraphNode {"
        " description attributes { name } } } }",
        id=node_id,
    )
    assert data["nodes"] == [{"description": None, "attributes": [{"name": "Owner"}]}]
