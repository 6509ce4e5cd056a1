"""Over HTTP, a refused write lists every error of its input at once, on both stores.

createX with a bad key and bad properties lists them all (key first, then properties in
the metamodel's order); updateX lists every bad property; importModel lists every error
of the document in document order, at most 50 with how many more (extensions.errorCount);
a PART_OF link closing a cycle is VALIDATION naming it. Values GraphQL's own types refuse
(an unknown enum value, text for an Int) are refused by GraphQL before the mutation runs,
each of them listed. Nothing is written in any of these cases.
"""

import httpx

from graph_api.errors import MAX_LISTED_ERRORS
from tests.api.helpers import node_id, only_error, total, validation_paths
from tests.graphql_client import gql, gql_data

CREATE_ITEM = """
mutation($input: BacklogItemInput!, $key: String) {
  createBacklogItem(input: $input, key: $key) { key version }
}
"""
UPDATE_ITEM = """
mutation($id: ID!, $input: BacklogItemPatch!) {
  updateBacklogItem(id: $id, input: $input) { key version }
}
"""
BAD_ITEM = {"title": "", "priority": 9, "estimate": -2, "description": "tab\x0bbed"}
"""Four properties the metamodel refuses (GraphQL's types accept each of them)."""


async def test_create_lists_the_key_and_every_property(client: httpx.AsyncClient) -> None:
    body = await gql(client, CREATE_ITEM, key="Bad Key!", input=BAD_ITEM)
    assert validation_paths(body) == ["key", "description", "title", "priority", "estimate"]
    messages = [e["message"] for e in only_error(body)["extensions"]["errors"]]
    assert messages[1].startswith("holds U+000B (a control character) at character 4")
    assert messages[3] == "Input should be less than or equal to 5"
    assert messages[4] == "Input should be greater than or equal to 0"
    assert body["data"] is None
    assert await total(client, "backlogItems") == 0


async def test_the_issue_s_create_persona(client: httpx.AsyncClient) -> None:
    body = await gql(
        client, 'mutation { createPersona(key: "Bad Key!", input: {name: ""}) { key } }'
    )
    assert validation_paths(body) == ["key", "name"]
    assert only_error(body)["message"].startswith(
        "invalid Persona: key: 'Bad Key!' is not a valid key"
    )
    assert await total(client, "personas") == 0


async def test_update_lists_every_property(client: httpx.AsyncClient) -> None:
    await gql_data(client, CREATE_ITEM, key="item", input={"title": "Item"})
    body = await gql(client, UPDATE_ITEM, id="item", input={**BAD_ITEM, "status": "DONE"})
    assert validation_paths(body) == ["description", "title", "priority", "estimate"]
    data = await gql_data(client, '{ backlogItem(key: "item") { title status version } }')
    assert data["backlogItem"] == {"title": "Item", "status": "TODO", "version": 1}


async def test_values_graphql_s_types_refuse_are_all_listed_before_the_write(
    client: httpx.AsyncClient,
) -> None:
    body = await gql(
        client,
        CREATE_ITEM,
        key="Bad Key!",
        input={"title": "", "kind": "SAGA", "priority": "high", "status": 3},
    )
    messages = sorted(e["message"] for e in body["errors"])
    assert len(messages) == 3, messages
    assert all(m.startswith("Variable '$input' has invalid value at .") for m in messages)
    assert [m.split(" at ")[1].split(":")[0] for m in messages] == [
        ".kind",
        ".priority",
        ".status",
    ]
    assert "data" not in body or body["data"] is None
    assert await total(client, "backlogItems") == 0


async def test_import_lists_every_error_in_document_order(client: httpx.AsyncClient) -> None:
    document = """\
format: graph-api/v1
personas:
  - {key: Bad Key!, name: Bad, jobs: [unknown-job]}
  - {key: ok, name: ""}
jobs:
  - {key: commute, statement: Commute, kind: spiritual}
  - {key: commute, statement: Again}
processes:
  - {key: p3, name: P3, parent: p3}
"""
    body = await gql(
        client,
        "mutation($d: String!) { importModel(document: $d) { created } }",
        d=document,
    )
    assert validation_paths(body) == [
        "personas[0].key",
        "personas[0].jobs[0]",
        "personas[1].name",
        "jobs[0].kind",
        "jobs[1]",
        "processes[0].parent",
    ]
    assert "errorCount" not in only_error(body)["extensions"]
    assert await total(client, "personas") == 0


async def test_import_lists_at_most_the_cap_and_counts_the_rest(
    client: httpx.AsyncClient,
) -> None:
    count = 2 * MAX_LISTED_ERRORS + 3
    lines = ["format: graph-api/v1", "personas:"]
    lines += [f"  - {{key: P{i}, name: P{i}, jobs: [job-{i}]}}" for i in range(count)]
    body = await gql(
        client,
        "mutation($d: String!) { importModel(document: $d) { created } }",
        d="\n".join(lines),
    )
    error = only_error(body)
    listed = error["extensions"]["errors"]
    assert error["extensions"]["errorCount"] == 2 * count  # each persona's key and its job
    assert len(listed) == MAX_LISTED_ERRORS + 1
    assert [e["path"] for e in listed[:4]] == [
        "personas[0].key",
        "personas[0].jobs[0]",
        "personas[1].key",
        "personas[1].jobs[0]",
    ]
    assert listed[-1] == {
        "path": "",
        "message": f"... and {2 * count - MAX_LISTED_ERRORS} more errors",
    }
    assert error["message"].startswith(f"model is invalid ({2 * count} errors)")
    assert await total(client, "personas") == 0


async def test_a_link_closing_a_part_of_cycle_is_refused(client: httpx.AsyncClient) -> None:
    await gql_data(
        client,
        """mutation {
          a: createProcess(key: "p1", input: {name: "P1"}) { key }
          b: createProcess(key: "p3", input: {name: "P3"}) { key }
        }""",
    )
    relate = """mutation($s: ID!, $t: ID!) {
      link(sourceId: $s, field: "parent", targetId: $t) { type }
    }"""
    p1, p3 = await node_id(client, "process", "p1"), await node_id(client, "process", "p3")
    body = await gql(client, relate, s=p3, t=p3)
    error = only_error(body)
    assert error["extensions"]["code"] == "VALIDATION"
    assert error["extensions"]["errors"][0]["message"] == (
        "Process 'p3' PART_OF Process 'p3' would make a cycle: p3 → p3"
    )
    await gql_data(client, relate, s=p1, t=p3)
    body = await gql(client, relate, s=p3, t=p1)
    assert only_error(body)["extensions"]["errors"][0]["message"].endswith(
        "would make a cycle: p3 → p1 → p3"
    )
    data = await gql_data(client, '{ process(key: "p3") { parent { key } children { key } } }')
    assert data["process"] == {"parent": None, "children": [{"key": "p1"}]}


async def test_a_link_lists_what_is_wrong_with_each_argument(client: httpx.AsyncClient) -> None:
    await gql_data(client, 'mutation { createProcess(key: "p1", input: {name: "P1"}) { key } }')
    relate = """mutation($s: ID!, $f: String!, $t: ID!) {
      link(sourceId: $s, field: $f, targetId: $t) { type }
    }"""
    body = await gql(client, relate, s="Process:Bad Key!", f="parent", t="nobody")
    assert validation_paths(body) == ["sourceId", "targetId"]
    body = await gql(client, relate, s="p1", f="nonsense", t="Nope:x")
    assert validation_paths(body) == ["field", "targetId"]
    body = await gql(client, relate, s="p1", f="nonsense", t="p1")
    assert validation_paths(body) == ["field"]
    data = await gql_data(client, '{ process(key: "p1") { parent { key } } }')
    assert data["process"] == {"parent": None}
