"""GraphStore contract, ``kinds_with_keys``: the kinds having a node with each key.

Run on every store. It is how an argument of any kind names a node by its key alone
(``graph_api/graphql/ids.py``): a key of one kind, of several (listed in metamodel order),
of none, a node deleted, many keys in one call, and no keys.
"""

from graph_api.metamodel import NODE_KINDS
from graph_api.store.base import DeleteNode, GraphStore
from tests.contract.helpers import channel, persona, stage, step, write_small_graph


async def test_the_kinds_of_each_key(store: GraphStore) -> None:
    await write_small_graph(store)
    # "app" is a Channel; now also a Step, a Stage and a Persona.
    await store.write([step("app", 4), stage("app", 3), persona("app", "App")])
    found = await store.kinds_with_keys(["app", "check", "station", "nobody", "ticket-app"])
    several = [kind for kind in NODE_KINDS if kind in {"Channel", "Step", "Stage", "Persona"}]
    assert found == {
        "app": several,
        "check": ["Step"],
        "station": ["Channel"],
        "nobody": [],
        "ticket-app": ["Touchpoint"],
    }
    assert several == ["Persona", "Stage", "Step", "Channel"]  # metamodel order, not by name


async def test_a_deleted_node_is_no_longer_found(store: GraphStore) -> None:
    await store.write([channel("app"), step("app")])
    await store.write([DeleteNode("Channel", "app")])
    assert await store.kinds_with_keys(["app"]) == {"app": ["Step"]}


async def test_no_keys_and_an_empty_store(store: GraphStore) -> None:
    assert await store.kinds_with_keys([]) == {}
    assert await store.kinds_with_keys(["a", "b"]) == {"a": [], "b": []}
