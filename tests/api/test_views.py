"""Views through GraphQL, on every store: made, drawn, linked, read, changed and refused.

A view's drawing goes in and comes out as typed lists (boxes with bounds, lines naming
the relationship they draw); a patch replaces a list whole; a drawing that does not hold
together is refused as VALIDATION naming the box or line, and nothing is written; the
nodes a view shows are relationship fields both ways; lists filter views on their own
properties.
"""

import httpx

from tests.api.helpers import LINK, validation_paths
from tests.graphql_client import gql, gql_data

CREATE = """
mutation($key: String!, $input: ViewInput!) {
  createView(key: $key, input: $input) { key }
}
"""

READ = """
query($key: String!) {
  view(key: $key) {
    name viewpoint
    diagramNodes { identifier element label x y width height parent }
    diagramConnections { identifier relationship source target }
    showsSystems { key }
  }
}
"""

BOXES = [
    {"identifier": "group", "label": "Back office", "x": 0, "y": 0, "width": 400, "height": 200},
    {"identifier": "crm", "element": "System:crm", "x": 20, "y": 40, "width": 120, "height": 55,
     "parent": "group"},
    {"identifier": "erp", "element": "System:erp", "x": 200, "y": 40, "width": 120, "height": 55,
     "parent": "group"},
]  # fmt: skip
LINES = [{"identifier": "l1", "relationship": "rel-1", "source": "crm", "target": "erp"}]


async def make_systems(client: httpx.AsyncClient) -> None:
    await gql_data(
        client,
        """mutation { a: createSystem(key: "crm", input: {name: "CRM"}) { key }
                      b: createSystem(key: "erp", input: {name: "ERP"}) { key } }""",
    )


async def test_a_view_is_drawn_linked_and_read(client: httpx.AsyncClient) -> None:
    await make_systems(client)
    view = {
        "name": "Landscape",
        "viewpoint": "Application Cooperation",
        "diagramNodes": BOXES,
        "diagramConnections": LINES,
    }
    await gql_data(client, CREATE, key="landscape", input=view)
    for system in ("crm", "erp"):
        await gql_data(
            client, LINK, sourceId="View:landscape", field="showsSystems", targetId=system
        )
    read = (await gql_data(client, READ, key="landscape"))["view"]
    nulls = {"element": None, "label": None, "parent": None}
    assert read["diagramNodes"] == [{**nulls, **box} for box in BOXES]
    assert read["diagramConnections"] == LINES
    assert read["showsSystems"] == [{"key": "crm"}, {"key": "erp"}]
    back = await gql_data(client, '{ system(key: "crm") { views { key } } }')
    assert back["system"]["views"] == [{"key": "landscape"}]
    listed = await gql_data(
        client, '{ views(where: {viewpoint: {eq: "Application Cooperation"}}) { nodes { key } } }'
    )
    assert listed["views"]["nodes"] == [{"key": "landscape"}]


async def test_a_patch_replaces_the_drawing_and_null_clears_it(client: httpx.AsyncClient) -> None:
    await make_systems(client)
    await gql_data(
        client, CREATE, key="v", input={"name": "V", "diagramNodes": BOXES,
                                        "diagramConnections": LINES},
    )  # fmt: skip
    patch = """
    mutation($input: ViewPatch!) { updateView(id: "v", input: $input) { key } }
    """
    await gql_data(client, patch, input={"diagramConnections": None})
    await gql_data(client, patch, input={"diagramNodes": BOXES[:1]})
    read = (await gql_data(client, READ, key="v"))["view"]
    assert [box["identifier"] for box in read["diagramNodes"]] == ["group"]
    assert read["diagramConnections"] is None
    # lines naming boxes that are gone are refused, whichever list the patch changes
    refused = await gql(client, patch, input={"diagramConnections": LINES})
    assert validation_paths(refused) == ["diagramConnections"]
    assert (await gql_data(client, READ, key="v"))["view"]["diagramConnections"] is None


async def test_a_drawing_that_does_not_hold_together_writes_nothing(
    client: httpx.AsyncClient,
) -> None:
    bad = [
        ({"diagramNodes": [*BOXES, BOXES[0]]}, "names a box and a box"),
        ({"diagramNodes": [{**BOXES[0], "parent": "nowhere"}]}, "is not a box of the view"),
        ({"diagramNodes": [{**BOXES[1], "parent": None, "element": "crm"}]}, "Kind:key"),
        ({"diagramNodes": BOXES[:1], "diagramConnections": LINES}, "not a box or line"),
        ({"diagramNodes": [{**BOXES[0], "width": -3}]}, "greater than or equal to 0"),
    ]
    for extra, message in bad:
        body = await gql(client, CREATE, key="bad", input={"name": "Bad", **extra})
        paths = validation_paths(body)
        assert paths and all(p.startswith(("diagramNodes", "diagramConnections")) for p in paths)
        assert message in str(body["errors"][0]["extensions"]["errors"]), (message, body)
        assert (await gql_data(client, READ, key="bad"))["view"] is None
