"""Every triple of the metamodel, on both stores: linked, read from both ends, unlinked.

One test per (source kind, type, target kind), made from the metamodel itself, so a
relationship added to it is covered here without a change.
"""

import pytest

from graph_api.metamodel import RelationshipSpec, relationship_fields
from graph_api.store.base import AddLink, GraphStore, NodeRef, RemoveLink, UpsertNode
from tests.contract.helpers import neighbour_keys
from tests.every_triple import TRIPLES, ends, minimal_props, triple_id


@pytest.mark.parametrize("spec", TRIPLES, ids=triple_id)
async def test_every_triple_links_reads_from_both_ends_and_unlinks(
    store: GraphStore, spec: RelationshipSpec
) -> None:
    source_key, target_key = ends(spec)
    source, target = NodeRef(spec.source, source_key), NodeRef(spec.target, target_key)
    await store.write(
        [
            UpsertNode(spec.source, source_key, minimal_props(spec.source, source_key)),
            UpsertNode(spec.target, target_key, minimal_props(spec.target, target_key)),
        ]
    )
    result = await store.write([AddLink(spec.type, source, target)])
    assert result.linked == 1
    assert relationship_fields(spec.source)[spec.out_field].relationship == spec
    assert relationship_fields(spec.target)[spec.in_field].relationship == spec
    assert await neighbour_keys(store, spec.source, spec.out_field, source_key) == [target_key]
    assert await neighbour_keys(store, spec.target, spec.in_field, target_key) == [source_key]

    await store.write([RemoveLink(spec.type, source, target)])
    assert await neighbour_keys(store, spec.source, spec.out_field, source_key) == []
    assert await neighbour_keys(store, spec.target, spec.in_field, target_key) == []
