"""Every kind and every triple of the metamodel through GraphQL, on both stores.

For each (source kind, type, target kind): both ends created by their ``create``
mutations, linked by ``link`` through the source's field, then read back as each end's
list (or single) field, as its Relay connection, through the list filter on the
relationship, and unlinked by ``unlink``. Made from the metamodel, so a kind or
relationship added to it is covered without a change here.
"""

import httpx
import pytest

from graph_api.metamodel import NODE_KINDS, RelationshipSpec, relationship_fields
from tests.every_triple import TRIPLES, ends, minimal_props, triple_id
from tests.graphql_client import gql_data


async def _create(client: httpx.AsyncClient, kind: str, key: str) -> None:
    data = await gql_data(
        client,
        f"mutation($key: String!, $input: {kind}Input!) "
        f"{{ create{kind}(key: $key, input: $input) {{ key }} }}",
        key=key,
        input=minimal_props(kind, key, graphql=True),
    )
    assert data[f"create{kind}"]["key"] == key


async def _walked(client: httpx.AsyncClient, kind: str, key: str, field: str) -> list[str]:
    """The keys ``field`` of the node ``kind:key`` leads to, as its plain field and its
    connection (single fields have no connection) agree on."""
    single = relationship_fields(kind)[field].single
    spec = NODE_KINDS[kind]
    selection = f"{field} {{ key }}"
    if not single:
        selection += f" {field}Connection {{ totalCount edges {{ node {{ key }} }} }}"
    data = await gql_data(
        client, f"query($key: String!) {{ {spec.singular}(key: $key) {{ {selection} }} }}", key=key
    )
    node = data[spec.singular]
    if single:
        return [node[field]["key"]] if node[field] else []
    keys = [n["key"] for n in node[field]]
    connection = node[f"{field}Connection"]
    assert [e["node"]["key"] for e in connection["edges"]] == keys
    assert connection["totalCount"] == len(keys)
    return keys


async def _filtered(client: httpx.AsyncClient, kind: str, field: str, other: str) -> list[str]:
    """The keys of the nodes of ``kind`` whose ``field`` leads to some node keyed ``other``."""
    plural = NODE_KINDS[kind].plural
    data = await gql_data(
        client,
        f"query($other: String!) {{ {plural}(where: {{ {field}: {{ some: "
        f"{{ key: {{ eq: $other }} }} }} }}) {{ nodes {{ key }} }} }}",
        other=other,
    )
    return [n["key"] for n in data[plural]["nodes"]]


@pytest.mark.parametrize("spec", TRIPLES, ids=triple_id)
async def test_every_triple_through_graphql(
    client: httpx.AsyncClient, spec: RelationshipSpec
) -> None:
    source_key, target_key = ends(spec)
    await _create(client, spec.source, source_key)
    await _create(client, spec.target, target_key)
    link = {
        "sourceId": f"{spec.source}:{source_key}",
        "field": spec.out_field,
        "targetId": f"{spec.target}:{target_key}",
    }
    await gql_data(
        client,
        "mutation($sourceId: ID!, $field: String!, $targetId: ID!) "
        "{ link(sourceId: $sourceId, field: $field, targetId: $targetId) { type } }",
        **link,
    )
    assert await _walked(client, spec.source, source_key, spec.out_field) == [target_key]
    assert await _walked(client, spec.target, target_key, spec.in_field) == [source_key]
    assert await _filtered(client, spec.source, spec.out_field, target_key) == [source_key]
    assert await _filtered(client, spec.target, spec.in_field, source_key) == [target_key]

    await gql_data(
        client,
        "mutation($sourceId: ID!, $field: String!, $targetId: ID!) "
        "{ unlink(sourceId: $sourceId, field: $field, targetId: $targetId) { type } }",
        **link,
    )
    assert await _walked(client, spec.source, source_key, spec.out_field) == []
    assert await _filtered(client, spec.source, spec.out_field, target_key) == []
