"""Every argument that names a node, found by walking the schema, in every form it takes.

The rule (``graph_api/graphql/ids.py``): a global ID, ``Kind:key`` (the kind in any case), or
a bare key, of the argument's kind where the argument implies one (``journeyId``, the
``id`` of ``update<Kind>``, ``link``'s ``targetId``), else of the one node with that key.
Each argument is called in each form on the demo model and must answer exactly what it
answers for the node's global ID; each malformed form must be refused with VALIDATION at
the argument's path, saying what is wrong, with nothing written. An argument the schema
gains that this module does not know how to call fails the first test.
"""

import re
from dataclasses import dataclass
from typing import Any

import httpx
from graphql import GraphQLInputObjectType, GraphQLObjectType, GraphQLSchema, get_named_type

from graph_api.api import build_schema
from graph_api.api.library_seams import graphql_schema
from graph_api.graphql.ids import b64_encode, global_id
from graph_api.metamodel import NODE_KINDS
from graph_api.store.base import NodeRef
from tests.graphql_client import gql, gql_data

# Demo nodes (seeds/demo.yaml) the arguments name; every key in the demo is unique.
CRM = NodeRef("System", "crm")
OPERATIONS = NodeRef("Team", "customer-operations")
FAULT_REPAIR = NodeRef("Journey", "fault-repair")
REMOTE_WORKER = NodeRef("Persona", "remote-worker")
RESTORE = NodeRef("Job", "restore-broken-connection")
BACKLOG_ITEM = NodeRef("BacklogItem", "epic-one-fault-record")
VALUE_STREAM = NodeRef("ValueStream", "connect-new-customer")
STEP = NodeRef("Step", "fr-book-engineer")
CONTACT_CENTRE = NodeRef("Channel", "contact-centre")
PAIN = NodeRef("PainPoint", "engineer-slot-wait")  # affects STEP in the demo

NODE_ARGUMENT_NAME = re.compile(r"(^ids?$|Ids?$)")


@dataclass(frozen=True)
class Call:
    """How to call one argument: ``$v`` in ``operation`` is the argument's value."""

    node: NodeRef
    operation: str
    kind: str | None = None
    """The kind the argument implies; None where it takes any kind."""
    path: str = ""
    """Where a refusal points; the argument's name when empty."""
    listed: bool = False
    """Whether ``$v`` is a list (the value is sent as a list of one)."""
    code: str | None = None
    """The error code every form must answer (a probe that must not write), or None."""
    before: str | None = None
    """An operation (no variables) to run before each call and once after the last."""
    because: str = ""
    """What a kind mismatch adds, in parentheses, after naming the kinds."""
    shows: str = ""
    """Text the answer for the node holds; the node's key when empty."""


def _id(ref: NodeRef) -> str:
    return global_id(ref)


def _query_calls() -> dict[tuple[str, str], Call]:
    return {
        ("node", "id"): Call(
            CRM, "query($v: ID!) { node(id: $v) { __typename ... on GraphNode { key } } }"
        ),
        ("nodes", "ids"): Call(
            CRM,
            "query($v: [ID!]!) { nodes(ids: $v) { __typename ... on GraphNode { key } } }",
            path="ids[0]",
            listed=True,
        ),
        ("impact", "nodeId"): Call(
            CRM, "query($v: ID!) { impact(nodeId: $v, maxDepth: 2) { start { key } total } }"
        ),
        ("impactDiagram", "nodeId"): Call(
            CRM, "query($v: ID!) { impactDiagram(nodeId: $v, maxDepth: 2) }", shows="System_crm"
        ),
        ("paths", "fromId"): Call(
            CRM,
            f'query($v: ID!) {{ paths(fromId: $v, toId: "{_id(OPERATIONS)}", first: 2) '
            "{ start { key } end { key } length total } }",
        ),
        ("paths", "toId"): Call(
            OPERATIONS,
            f'query($v: ID!) {{ paths(fromId: "{_id(CRM)}", toId: $v, first: 2) '
            "{ start { key } end { key } length total } }",
        ),
        ("changeLog", "nodeId"): Call(
            CRM,
            "query($v: ID) { changeLog(nodeId: $v, first: 5) "
            "{ entries { change { kind nodeKind key } } } }",
        ),
        ("painfulSteps", "journeyId"): Call(
            FAULT_REPAIR,
            "query($v: ID) { painfulSteps(journeyId: $v, minSeverity: 3) { step { key } pain } }",
            kind="Journey",
            shows="fr-book-engineer",
        ),
        ("painfulSteps", "personaId"): Call(
            REMOTE_WORKER,
            "query($v: ID) { painfulSteps(personaId: $v, minSeverity: 3) { step { key } pain } }",
            kind="Persona",
            shows="nc-chase-order-status",
        ),
        ("painfulSteps", "channelId"): Call(
            CONTACT_CENTRE,
            "query($v: ID) { painfulSteps(channelId: $v, minSeverity: 3) { step { key } pain } }",
            kind="Channel",
            shows="fr-call-support",
        ),
        ("opportunityScores", "jobId"): Call(
            RESTORE,
            "query($v: ID) { opportunityScores(jobId: $v) { outcome { key } score } }",
            kind="Job",
            shows="minimize-time-to-restore-service",
        ),
        ("opportunityScores", "personaId"): Call(
            REMOTE_WORKER,
            "query($v: ID) { opportunityScores(personaId: $v) { outcome { key } score } }",
            kind="Persona",
            shows="minimize-time-to-first-connection",
        ),
        ("traceability", "backlogItemId"): Call(
            BACKLOG_ITEM,
            "query($v: ID!) { traceability(backlogItemId: $v) "
            "{ backlogItem { key } steps { key } } }",
            kind="BacklogItem",
        ),
        ("storyMap", "journeyId"): Call(
            FAULT_REPAIR,
            "query($v: ID!) { storyMap(journeyId: $v) "
            "{ journey { key } stages { stage { key } } } }",
            kind="Journey",
        ),
        ("serviceBlueprint", "journeyId"): Call(
            FAULT_REPAIR,
            "query($v: ID!) { serviceBlueprint(journeyId: $v) { journey { key } gaps { kind } } }",
            kind="Journey",
        ),
        ("coverage", "journeyId"): Call(
            FAULT_REPAIR,
            "query($v: ID) { coverage(journeyId: $v) "
            "{ journey { key } stepsWithoutEvidence { key } } }",
            kind="Journey",
        ),
        ("valueStreamHealth", "valueStreamId"): Call(
            VALUE_STREAM,
            "query($v: ID!) { valueStreamHealth(valueStreamId: $v) "
            "{ valueStream { key } status } }",
            kind="ValueStream",
        ),
        ("journeyHealth", "journeyId"): Call(
            FAULT_REPAIR,
            "query($v: ID!) { journeyHealth(journeyId: $v) { journey { key } status } }",
            kind="Journey",
        ),
        ("evidenceTimeline", "journeyId"): Call(
            FAULT_REPAIR,
            "query($v: ID!) { evidenceTimeline(journeyId: $v) { journey { key } } }",
            kind="Journey",
        ),
        ("journeyDiagram", "journeyId"): Call(
            FAULT_REPAIR,
            "query($v: ID!) { journeyDiagram(journeyId: $v) }",
            kind="Journey",
            shows="title Report and fix a broadband fault",
        ),
        ("serviceBlueprintDiagram", "journeyId"): Call(
            FAULT_REPAIR,
            "query($v: ID!) { serviceBlueprintDiagram(journeyId: $v) }",
            kind="Journey",
            shows="Step_fr_notice_outage",
        ),
    }


LINK_RESULT = "{ type source { __typename key } target { __typename key } }"
RELINK = (
    f'mutation {{ link(sourceId: "{_id(STEP)}", field: "painPoints", '
    f'targetId: "{_id(PAIN)}") {{ type }} }}'
)


def _mutation_calls(demo_keys: dict[str, str]) -> dict[tuple[str, str], Call]:
    calls = {
        # The relationship exists in the demo: link is idempotent, so each form answers alike.
        ("link", "sourceId"): Call(
            STEP,
            f'mutation($v: ID!) {{ link(sourceId: $v, field: "painPoints", '
            f'targetId: "{_id(PAIN)}") {LINK_RESULT} }}',
        ),
        ("link", "targetId"): Call(
            PAIN,
            f'mutation($v: ID!) {{ link(sourceId: "{_id(STEP)}", field: "painPoints", '
            f"targetId: $v) {LINK_RESULT} }}",
            kind="PainPoint",
            because="Step.painPoints leads to PainPoint",
        ),
        ("unlink", "sourceId"): Call(
            STEP,
            f'mutation($v: ID!) {{ unlink(sourceId: $v, field: "painPoints", '
            f'targetId: "{_id(PAIN)}") {LINK_RESULT} }}',
            before=RELINK,
        ),
        ("unlink", "targetId"): Call(
            PAIN,
            f'mutation($v: ID!) {{ unlink(sourceId: "{_id(STEP)}", field: "painPoints", '
            f"targetId: $v) {LINK_RESULT} }}",
            kind="PainPoint",
            before=RELINK,
            because="Step.painPoints leads to PainPoint",
        ),
    }
    # A stale expectedVersion: CONFLICT names the node found, and nothing is written.
    for kind, key in demo_keys.items():
        calls[(f"update{kind}", "id")] = Call(
            NodeRef(kind, key),
            f'mutation($v: ID!) {{ update{kind}(id: $v, input: {{description: "x"}}, '
            "expectedVersion: 999) { key } }",
            kind=kind,
            code="CONFLICT",
        )
        calls[(f"delete{kind}", "id")] = Call(
            NodeRef(kind, key),
            f"mutation($v: ID!) {{ delete{kind}(id: $v, expectedVersion: 999) {{ key }} }}",
            kind=kind,
            code="CONFLICT",
        )
    return calls


def _names_a_node(name: str, type_: Any) -> bool:
    return get_named_type(type_).name == "ID" or NODE_ARGUMENT_NAME.search(name) is not None


def node_arguments(schema: GraphQLSchema) -> set[tuple[str, str]]:
    """(field, argument) of every argument that names a node, on any object type, by
    its type (ID) or its name (``id``, ``ids``, ``...Id``, ``...Ids``)."""
    found: set[tuple[str, str]] = set()
    for type_ in schema.type_map.values():
        if not isinstance(type_, GraphQLObjectType) or type_.name.startswith("__"):
            continue
        for field_name, field in type_.fields.items():
            found.update(
                (field_name, arg)
                for arg, spec in field.args.items()
                if _names_a_node(arg, spec.type)
            )
    return found


def node_input_fields(schema: GraphQLSchema) -> list[str]:
    """Input fields that would name a node by their name or type: one, an external id."""
    return [
        f"{type_.name}.{name}"
        for type_ in schema.type_map.values()
        if isinstance(type_, GraphQLInputObjectType)
        for name, field in type_.fields.items()
        if _names_a_node(name, field.type)
    ]


async def demo_keys(client: httpx.AsyncClient) -> dict[str, str]:
    """A demo node's key for every kind."""
    plurals = {kind: spec.plural for kind, spec in NODE_KINDS.items()}
    query = " ".join(
        f"{kind}: {plural}(first: 1) {{ nodes {{ key }} }}" for kind, plural in plurals.items()
    )
    data = await gql_data(client, f"{{ {query} }}")
    return {kind: data[kind]["nodes"][0]["key"] for kind in NODE_KINDS}


def accepted_forms(ref: NodeRef) -> dict[str, str]:
    return {
        "Kind:key": f"{ref.kind}:{ref.key}",
        "kind:key in lower case": f"{ref.kind.lower()}:{ref.key}",
        "KIND:key in upper case": f"{ref.kind.upper()}:{ref.key}",
        "bare key": ref.key,
    }


async def _call(client: httpx.AsyncClient, call: Call, value: str) -> dict[str, Any]:
    if call.before:
        await gql_data(client, call.before)
    return await gql(client, call.operation, v=[value] if call.listed else value)


async def all_calls(client: httpx.AsyncClient) -> dict[tuple[str, str], Call]:
    return {**_query_calls(), **_mutation_calls(await demo_keys(client))}


def test_the_walk_finds_every_node_argument_and_each_is_known() -> None:
    schema = graphql_schema(build_schema())
    found = node_arguments(schema)
    known = set(_query_calls()) | set(_mutation_calls(dict.fromkeys(NODE_KINDS, "k")))
    assert found - known == set(), "arguments naming nodes that this module does not call"
    assert known - found == set(), "calls for arguments the schema no longer has"
    # A record's id is its id in the system it comes from, not a node's: ingestion derives
    # the node's key from it (docs/ingestion.md), and its targets are keys (kpi, steps...).
    assert node_input_fields(schema) == ["IngestRecordInput.id"]
    # The walk would find a new one, by type or by name.
    assert _names_a_node("ownerId", get_named_type(schema.type_map["String"]))
    assert _names_a_node("anything", schema.type_map["ID"])
    assert not _names_a_node("kinds", schema.type_map["String"])


def _reference_is_about_the_node(call: Call, body: dict[str, Any]) -> None:
    if call.code is not None:
        (error,) = body["errors"]
        assert error["extensions"]["code"] == call.code, body
        assert error["message"].startswith(str(call.node)), body
        return
    assert "errors" not in body, body
    assert (call.shows or call.node.key) in str(body["data"]), body


async def test_every_node_argument_takes_every_form(demo_client: httpx.AsyncClient) -> None:
    before = await gql_data(demo_client, "{ exportModel }")
    mismatches: list[str] = []
    for (field, argument), call in (await all_calls(demo_client)).items():
        reference = await _call(demo_client, call, global_id(call.node))
        _reference_is_about_the_node(call, reference)
        for form, value in accepted_forms(call.node).items():
            answer = await _call(demo_client, call, value)
            if answer != reference:
                mismatches.append(f"{field}({argument}: {value!r}) [{form}]: {answer}")
        if call.before:
            await gql_data(demo_client, call.before)
    assert mismatches == []
    assert await gql_data(demo_client, "{ exportModel }") == before


def malformed_forms(call: Call) -> list[tuple[str, str]]:
    """(value, what the message must say) for values no argument may accept."""
    key = call.node.key
    kind = call.kind or "System"
    unknown_kind_id = global_id(NodeRef("Gadget", key))
    forms = [
        ("", "'' names no node: write a global ID"),
        ("!!", "'!!' is not a node ID: write a global ID"),
        (global_id(call.node)[:-2] + "!!", "is not a node ID: write a global ID"),
        (b64_encode("\U0001f600:x"), "is the global ID of '\U0001f600:x', which names no kind"),
        ("__8", "'__8' is not a node ID"),  # base64 of bytes that are not UTF-8
        (b64_encode("System crm"), "is not a node ID"),  # base64 of text without a colon
        (f"Gadget:{key}", f"'Gadget:{key}' names no kind: 'Gadget' is not a kind; the kinds are"),
        (f"{kind[:-1]}:{key}", f"is not a kind: did you mean {kind}?"),
        (unknown_kind_id, f"is the global ID of 'Gadget:{key}', which names no kind"),
        (f"{kind}:", f"'{kind}:' has no key after the colon"),
        (f":{key}", f"':{key}' has no kind before the colon: write Kind:key"),
        (f"{kind}:{key.upper()}", "has an invalid key"),
        (f"{kind}:{key}:{key}", "has an invalid key"),
        (f" {key}", "is not a node ID"),
        (f"{key}\u00e9", "is not a node ID"),
        (f"{key}\x00", "is not a node ID"),
        ("\u0421ystem:" + key, "names no kind"),  # a Cyrillic capital Es for the S
        ("\U0001f600", "is not a node ID"),
        ("k" * 121, "is not a node ID"),  # one character longer than a key may be
        ("A" * 100_000, "... (100000 characters) is longer than any node ID"),
    ]
    if call.kind is not None:
        other = "Team" if call.kind != "Team" else "System"
        because = f" ({call.because})" if call.because else ""
        forms += [
            (f"{other}:{key}", f"'{other}:{key}' names a {other}, not a {call.kind}{because}"),
            (global_id(NodeRef(other, key)), f"names a {other}, not a {call.kind}{because}"),
        ]
    else:
        forms.append(("no-such-node", "no node has the key 'no-such-node': check it, or write"))
    return forms


async def test_malformed_values_are_refused_at_the_argument(
    demo_client: httpx.AsyncClient,
) -> None:
    before = await gql_data(demo_client, "{ exportModel }")
    wrong: list[str] = []
    for (field, argument), call in (await all_calls(demo_client)).items():
        path = call.path or argument
        for value, says in malformed_forms(call):
            body = await gql(demo_client, call.operation, v=[value] if call.listed else value)
            errors = body.get("errors", [])
            extensions = errors[0].get("extensions", {}) if len(errors) == 1 else {}
            refusals = extensions.get("errors", [])
            if (
                extensions.get("code") != "VALIDATION"
                or [r["path"] for r in refusals] != [path]
                or says not in refusals[0]["message"]
                or len(refusals[0]["message"]) > 700
            ):
                wrong.append(f"{field}({argument}: {value[:40]!r}): {body}"[:600])
    assert wrong == []
    assert await gql_data(demo_client, "{ exportModel }") == before


async def test_a_missing_node_of_an_implied_kind_is_not_found_in_every_form(
    demo_client: httpx.AsyncClient,
) -> None:
    for (field, argument), call in (await all_calls(demo_client)).items():
        if call.kind is None:
            continue
        missing = NodeRef(call.kind, "no-such-node")
        answers = [
            await gql(demo_client, call.operation, v=[v] if call.listed else v)
            for v in (global_id(missing), *accepted_forms(missing).values())
        ]
        assert all(answer == answers[0] for answer in answers), (field, argument, answers)
        (error,) = answers[0]["errors"]
        # unlink answers that the relationship is absent, naming both ends in its message.
        assert error["extensions"] in (
            {"code": "NOT_FOUND", "kind": call.kind, "key": "no-such-node"},
            {"code": "NOT_FOUND"},
        ), (field, argument)
        assert str(missing) in error["message"], (field, argument)


async def test_a_bare_key_of_several_kinds_lists_them(demo_client: httpx.AsyncClient) -> None:
    await gql_data(
        demo_client, 'mutation { createTeam(key: "crm", input: {name: "CRM team"}) { key } }'
    )
    for (field, argument), call in _query_calls().items():
        if call.kind is not None or call.node != CRM:
            continue
        body = await gql(demo_client, call.operation, v=["crm"] if call.listed else "crm")
        (error,) = body["errors"]
        assert error["extensions"]["errors"] == [
            {
                "path": call.path or argument,
                "message": "2 nodes have the key 'crm': write one of System:crm, Team:crm",
            }
        ], (field, argument)
        # Kind:key tells them apart.
        for kind in ("System", "Team"):
            value = f"{kind}:crm"
            answer = await gql(demo_client, call.operation, v=[value] if call.listed else value)
            assert "errors" not in answer or error_code_of(answer) == "NOT_FOUND", answer
    data = await gql_data(
        demo_client,
        'query { a: node(id: "Team:crm") { __typename } b: node(id: "system:crm") { __typename } }',
    )
    assert data == {"a": {"__typename": "Team"}, "b": {"__typename": "System"}}


def error_code_of(body: dict[str, Any]) -> str:
    code: str = body["errors"][0]["extensions"]["code"]
    return code


async def test_nodes_reports_every_bad_id_in_order(demo_client: httpx.AsyncClient) -> None:
    query = "query($v: [ID!]!) { nodes(ids: $v) { ... on GraphNode { key } } }"
    body = await gql(demo_client, query, v=["Team:x", "", "crm", "nope-nope", ":x", "System:"])
    (error,) = body["errors"]
    assert [e["path"] for e in error["extensions"]["errors"]] == [
        "ids[1]",
        "ids[3]",
        "ids[4]",
        "ids[5]",
    ]
    data = await gql_data(demo_client, query, v=["Team:x", "crm", global_id(CRM), "System:crm"])
    assert data == {"nodes": [None, {"key": "crm"}, {"key": "crm"}, {"key": "crm"}]}


async def test_update_and_delete_write_in_every_form(demo_client: httpx.AsyncClient) -> None:
    keys = ["wf-a", "wf-b", "wf-c", "wf-d", "wf-e"]
    for key in keys:
        await gql_data(
            demo_client,
            f'mutation {{ createTeam(key: "{key}", input: {{name: "T {key}"}}) {{ key }} }}',
        )
    forms = [global_id(NodeRef("Team", keys[0])), f"Team:{keys[1]}", f"team:{keys[2]}", keys[3]]
    update = (
        "mutation($v: ID!, $d: String) { updateTeam(id: $v, input: {description: $d}) "
        "{ key description version } }"
    )
    delete = "mutation($v: ID!) { deleteTeam(id: $v) { id kind key } }"
    for key, value in zip(keys, forms, strict=False):
        data = await gql_data(demo_client, update, v=value, d=f"set by {value}")
        assert data["updateTeam"] == {"key": key, "description": f"set by {value}", "version": 2}
        data = await gql_data(demo_client, delete, v=value)
        assert data["deleteTeam"] == {
            "id": global_id(NodeRef("Team", key)),
            "kind": "Team",
            "key": key,
        }
    remaining = await gql_data(
        demo_client, '{ teams(where: {key: {startsWith: "wf-"}}) { nodes { key } } }'
    )
    assert remaining == {"teams": {"nodes": [{"key": "wf-e"}]}}
    # The log of a deleted node is read by Kind:key (or its global ID); its key alone
    # names no node any more.
    log = "query($v: ID) { changeLog(nodeId: $v) { entries { change { kind key } } } }"
    data = await gql_data(demo_client, log, v="Team:wf-a")
    assert [e["change"]["kind"] for e in data["changeLog"]["entries"]] == [
        "CREATED",
        "UPDATED",
        "DELETED",
    ]
    body = await gql(demo_client, log, v="wf-a")
    assert body["errors"][0]["extensions"]["errors"] == [
        {
            "path": "nodeId",
            "message": "no node has the key 'wf-a': check it, or write Kind:key "
            "(e.g. `System:wf-a`)",
        }
    ]
