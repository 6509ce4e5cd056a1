"""Text the exports cannot carry is refused on every way in over GraphQL, on every store.

``create<Kind>``, ``update<Kind>``, ``importModel`` (YAML and JSON) and
``importArchimate`` answer VALIDATION listing every field holding a control character,
a lone surrogate, U+FFFE or U+FFFF, each named as U+XXXX with its place, and write
nothing. (A lone surrogate escaped in the request's own JSON is refused before GraphQL
sees it; inside a model document it reaches the metamodel, which refuses it.)
"""

import json
from typing import Any

import httpx
import pytest

from graph_api.store.base import GraphStore
from tests.api.helpers import total
from tests.graphql_client import gql_data
from tests.snapshots import take_snapshot

PROBLEM = "XML and YAML cannot carry control characters"


async def post(client: httpx.AsyncClient, query: str, **variables: Any) -> dict[str, Any]:
    """Post with the JSON escaped to ASCII (control characters travel as ``\\u0000``)."""
    response = await client.post(
        "/graphql",
        content=json.dumps({"query": query, "variables": variables}),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def refusal(body: dict[str, Any]) -> dict[str, str]:
    """The VALIDATION error's messages by path (fails on any other answer)."""
    assert body.get("data") is None, body
    [error] = body["errors"]
    assert error["extensions"]["code"] == "VALIDATION", error
    return {e["path"]: e["message"] for e in error["extensions"]["errors"]}


CREATES: list[tuple[str, dict[str, Any], dict[str, str]]] = [
    (
        "System",
        {
            "name": "Bad\0name\x01ctl",
            "kind": "CRM\x7f",
            "description": "fine\ttab, bad \x1b[31mred",
            "translations": [{"language": "de", "label": "\ufffe", "description": "ok"}],
            "attributes": [{"name": "Owner\x08", "value": "\uffff"}],
        },
        {
            "name": "holds U+0000 (a control character) at character 4, "
            "U+0001 (a control character) at character 9",
            "kind": "holds U+007F (a control character) at character 4",
            "description": "holds U+001B (a control character) at character 15",
            "translations[0].label": "holds U+FFFE (a non-character) at character 1",
            "attributes[0].name": "holds U+0008 (a control character) at character 6",
            "attributes[0].value": "holds U+FFFF (a non-character) at character 1",
        },
    ),
    (
        "Evidence",
        {"kind": "SURVEY", "summary": "ok", "source": "file\x00.csv"},
        {"source": "holds U+0000 (a control character) at character 5"},
    ),
    (
        "KPI",
        {"name": "NPS\x85", "unit": "\x0c%"},
        {
            "name": "holds U+0085 (a control character) at character 4",
            "unit": "holds U+000C (a control character) at character 1",
        },
    ),
    (
        "PainPoint",
        {"name": "Slow", "severity": 3, "rootCause": "\ufffe legacy"},
        {"rootCause": "holds U+FFFE (a non-character) at character 1"},
    ),
    (
        "Step",
        {"name": "Pay", "order": 1, "customerAction": "taps\x1f"},
        {"customerAction": "holds U+001F (a control character) at character 5"},
    ),
]


@pytest.mark.parametrize(("kind", "values", "expected"), CREATES, ids=[c[0] for c in CREATES])
async def test_create_refuses_every_field_holding_them(
    store: GraphStore,
    client: httpx.AsyncClient,
    kind: str,
    values: dict[str, Any],
    expected: dict[str, str],
) -> None:
    body = await post(
        client,
        f'mutation($input: {kind}Input!) {{ create{kind}(input: $input, key: "k") {{ key }} }}',
        input=values,
    )
    errors = refusal(body)
    assert set(errors) == set(expected)
    for path, start in expected.items():
        assert errors[path].startswith(start + ":"), errors[path]
        assert PROBLEM in errors[path]
    assert (await take_snapshot(store)).nodes == {}


async def test_update_refuses_them_and_keeps_the_node(
    store: GraphStore, client: httpx.AsyncClient
) -> None:
    await gql_data(client, 'mutation { createTeam(key: "ops", input: {name: "Ops"}) { key } }')
    before = await take_snapshot(store)
    body = await post(
        client,
        'mutation($patch: TeamPatch!) { updateTeam(id: "ops", input: $patch) { version } }',
        patch={"description": "a\x00", "attributes": [{"name": "n", "value": "\x0e"}]},
    )
    assert set(refusal(body)) == {"description", "attributes[0].value"}
    assert await take_snapshot(store) == before


async def test_link_arguments_holding_them_are_refused(client: httpx.AsyncClient) -> None:
    await gql_data(client, 'mutation { createTeam(key: "ops", input: {name: "Ops"}) { key } }')
    link = (
        "mutation($s: ID!, $f: String!, $t: ID!)"
        " { link(sourceId: $s, field: $f, targetId: $t) { type } }"
    )
    for source, field, target in [
        ("ops\x00", "owns", "x"),
        ("b3Bz\x0b", "owns", "x"),
        ("VGVhbTpvcHM", "own\x00s", "VGVhbTpvcHM"),
    ]:
        body = await post(client, link, s=source, f=field, t=target)
        assert body["data"] is None
        assert [e["extensions"]["code"] for e in body["errors"]] == ["VALIDATION"], body


IMPORT = (
    "mutation($d: String!, $f: ModelFormat) { importModel(document: $d, format: $f) { created } }"
)


async def test_a_model_document_holding_them_is_refused_with_every_place(
    store: GraphStore, client: httpx.AsyncClient
) -> None:
    yaml_document = (
        "format: graph-api/v1\n"
        "teams:\n"
        '  - { key: ops, name: "Ops\\0", description: "\\x01\\x02" }\n'
        '  - { key: dev, name: Dev, attributes: [{ name: "\\uffff", value: v }] }\n'
        "systems:\n"
        '  - { key: crm, name: CRM, "ki\\x01nd": x,\n'
        '      translations: [{ language: de, label: "\\x1b" }] }\n'
    )
    errors = refusal(await post(client, IMPORT, d=yaml_document))
    assert set(errors) == {
        "teams[0].name",
        "teams[0].description",
        "teams[1].attributes[0].name",
        "systems[0].ki\\x01nd",
        "systems[0].translations[0].label",
    }
    assert errors["teams[0].description"].startswith(
        "holds U+0001 (a control character) at character 1, "
        "U+0002 (a control character) at character 2:"
    )
    assert errors["systems[0].ki\\x01nd"].startswith(
        "the property name holds U+0001 (a control character) at character 3:"
    )
    json_document = json.dumps(
        {"format": "graph-api/v1", "teams": [{"key": "ops", "name": "Ops\u0000\ud800"}]}
    )
    errors = refusal(await post(client, IMPORT, d=json_document, f="JSON"))
    assert list(errors) == ["teams[0].name"]
    assert "U+0000 (a control character) at character 4, U+D800" in errors["teams[0].name"]
    assert await total(client, "teams") == await total(client, "systems") == 0


async def test_a_document_holding_them_raw_is_refused_with_line_and_column(
    client: httpx.AsyncClient,
) -> None:
    raw = "format: graph-api/v1\nteams:\n  - name: Ops\x00\n  - name: Dev\x7f and \x01\n"
    errors = refusal(await post(client, IMPORT, d=raw))
    assert errors == {
        "line 3, column 14": "U+0000 (a control character): no text may hold it",
        "line 4, column 14": "U+007F (a control character): no text may hold it",
        "line 4, column 20": "U+0001 (a control character): no text may hold it",
    }
    raw_json = '{"format": "graph-api/v1", "teams": [{"name": "Ops\x01"}]}'
    errors = refusal(await post(client, IMPORT, d=raw_json, f="JSON"))
    assert errors == {"line 1, column 51": "U+0001 (a control character): no text may hold it"}
    assert await total(client, "teams") == 0


ARCHIMATE = "mutation($xml: String!) { importArchimate(xml: $xml) { created } }"


def exchange_file(name: str, documentation: str = "", value: str = "v") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
  <name>m</name>
  <elements>
    <element identifier="id-1" xsi:type="ApplicationComponent">
      <name xml:lang="en">{name}</name>
      <documentation xml:lang="en">{documentation}</documentation>
      <properties>
        <property propertyDefinitionRef="p1"><value>{value}</value></property>
      </properties>
    </element>
  </elements>
  <propertyDefinitions>
    <propertyDefinition identifier="p1" type="string"><name>Owner</name></propertyDefinition>
  </propertyDefinitions>
</model>
"""


async def test_an_exchange_file_naming_them_is_refused_with_every_place(
    client: httpx.AsyncClient,
) -> None:
    errors = refusal(await post(client, ARCHIMATE, xml=exchange_file("Bad&#0;name&#x1;ctl")))
    assert errors == {
        "line 7, column 30": "&#0; refers to U+0000 (a control character), which XML 1.0 has not",
        "line 7, column 38": "&#x1; refers to U+0001 (a control character), which XML 1.0 has not",
    }
    raw = exchange_file("ok", documentation="doc\x02", value="\uffff")
    errors = refusal(await post(client, ARCHIMATE, xml=raw))
    assert errors == {
        "line 8, column 39": "U+0002 (a control character), which XML 1.0 cannot carry",
        "line 10, column 53": "U+FFFF (a non-character), which XML 1.0 cannot carry",
    }
    # XML carries U+0085 and U+007F; the graph's text does not.
    legal_xml = exchange_file("CRM&#x85;app", documentation="&#x7f;", value="a&#x9F;")
    errors = refusal(await post(client, ARCHIMATE, xml=legal_xml))
    assert {path: message.split(":")[0] for path, message in errors.items()} == {
        "element id-1.name": "holds U+0085 (a control character) at character 4",
        "element id-1.description": "holds U+007F (a control character) at character 1",
        "element id-1.attributes[0].value": "holds U+009F (a control character) at character 2",
    }
    assert await total(client, "systems") == 0
