"""An exchange file whose compositions make a cycle (a capability composed, through
others, of itself) is refused at the element that closes it, on both stores; a cycle
through capabilities imported before is refused too. Nothing is written either way."""

import pytest

from graph_api.archimate import import_archimate
from graph_api.errors import ValidationFailed
from graph_api.store.base import GraphStore
from tests.snapshots import take_snapshot

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">\n'
    '  <name xml:lang="en">M</name>\n'
)


def exchange_file(capabilities: list[str], compositions: list[tuple[str, str]]) -> str:
    """Capabilities ``id-<name>``; each composition (whole, part) ``id-r<n>``."""
    elements = "".join(
        f'<element identifier="id-{c}" xsi:type="Capability"><name>{c}</name></element>'
        for c in capabilities
    )
    relationships = "".join(
        f'<relationship identifier="id-r{n}" source="id-{whole}" target="id-{part}" '
        'xsi:type="Composition"/>'
        for n, (whole, part) in enumerate(compositions)
    )
    return (
        HEAD + f"  <elements>{elements}</elements>\n"
        f"  <relationships>{relationships}</relationships>\n</model>"
    )


async def test_a_composition_cycle_in_the_file_is_refused(store: GraphStore) -> None:
    text = exchange_file(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    with pytest.raises(ValidationFailed) as raised:
        await import_archimate(store, text, "cycle.xml")
    assert [(e.path, e.message) for e in raised.value.errors] == [
        (  # c is part of b (b composed of c), closing c -> b -> a -> c
            "element id-c.parent[0]",
            "Capability 'id-c' PART_OF Capability 'id-b' would make a cycle: "
            "id-c → id-b → id-a → id-c",
        )
    ]
    assert await store.count_nodes() == {}


async def test_a_cycle_through_capabilities_imported_before_is_refused(
    store: GraphStore,
) -> None:
    await import_archimate(store, exchange_file(["a", "b"], [("a", "b")]))
    before = await take_snapshot(store)
    with pytest.raises(ValidationFailed) as raised:
        await import_archimate(store, exchange_file(["a", "b"], [("b", "a")]), "later.xml")
    assert [e.message for e in raised.value.errors] == [
        "Capability 'id-a' PART_OF Capability 'id-b' would make a cycle: id-a → id-b → id-a"
    ]
    assert await take_snapshot(store) == before
