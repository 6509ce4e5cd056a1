"""Fuzzing the GraphQL API, and a table of hostile inputs, on a real server per store.

Each test serves the API over HTTP (``tests/live_server.py``) on one store, loaded with
the demo model, and sends ``admin_headers()`` with every request.

``test_generated_operations_never_fail_on_the_server``: schemathesis reads the schema by
introspection and, for every root field of Query and Mutation, generates operations with
hypothesis-graphql: ``POSITIVE_EXAMPLES`` that follow the schema (random strings, IDs,
numbers, dates, nulls where allowed, NUL characters) and ``NEGATIVE_EXAMPLES`` that break
it (wrong types, missing required arguments). Generation is derandomized, so every run
sends the same operations. Whatever the API answers, it must never be a server error: no
5xx or dropped connection, no body that is not a GraphQL answer, no error masked as
"Unexpected error.", no execution error without a code, no null in a non-null field, no
STORE_UNAVAILABLE from a store that is up. Generated values that name nodes (keys, IDs,
relationship fields) are drawn from the demo model most of the time
(``demo_dictionaries``), so lookups, updates, deletes, links and traversals reach real
nodes instead of stopping at NOT_FOUND. Expected errors
(VALIDATION, NOT_FOUND, CONFLICT, LIMIT_EXCEEDED, GraphQL's own request errors) are
counted; a failure lists each finding with its query, the answer and the traceback the
server logged.

``test_hostile_inputs_get_clear_errors_and_leave_the_graph_intact``: a hand-written table
of Cypher-looking strings (as keys, names, search texts, IDs, relationship fields, model
documents), 100k-character strings, emoji, right-to-left marks, NUL and lone surrogates,
nulls where none are allowed, and wrong types through variables. Each gets what the table
says, usually a coded error (VALIDATION, NOT_FOUND) or a GraphQL request error, never
"Unexpected error.". Free text is stored exactly as sent. Afterwards every node of the
graph is still there, unchanged, and the only new nodes are the ones the table created.

Each test writes its counts to ``test-artifacts/fuzz-<store>.json`` (and
``fuzz-hostile-<store>.json``) and prints one line per store at the end of the run.
"""

import base64
import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import graphql
import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from neo4j import GraphDatabase
from schemathesis import APIOperation, Case, Response
from schemathesis.config import SchemathesisConfig
from schemathesis.core.result import Ok
from schemathesis.generation import GenerationMode

from graph_api.config import Settings
from graph_api.metamodel import NODE_KINDS, node_spec
from graph_api.metamodel.registry import relationship_fields
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.auth_headers import admin_headers
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_PASSWORD,
    NEO4J_TEST_URI,
    NEO4J_TEST_USER,
    ROOT,
    STORES,
    neo4j_store,
)
from tests.live_server import LiveServer, live_server

POSITIVE_EXAMPLES = 6  # per root field: operations that follow the schema
NEGATIVE_EXAMPLES = 2  # per root field: operations that break it
DICTIONARY_PROBABILITY = 0.8  # how often an argument naming a node names a demo node
FUZZ_BUDGET_SECONDS = 170.0  # a safety bound per store; the plan takes well under it
ARTIFACTS = ROOT / "test-artifacts"
UNEXPECTED = "Unexpected error."
Operation = APIOperation[Any, Any, Any, Any]
# Outcomes that are server errors, never a client's fault.
FINDINGS = {
    "HTTP_5XX",
    "NOT_GRAPHQL",
    "UNEXPECTED",
    "NON_NULL_VIOLATION",
    "UNCODED",
    "STORE_UNAVAILABLE",
    "NO_ANSWER",
}


# ---------------------------------------------------------------------------------------
# Servers and what they log


class ServerLog(logging.Handler):
    """Keeps what the server logs at ERROR (the traceback behind each masked error)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def server_log() -> Iterator[ServerLog]:
    """The API's own error log (masked errors) and uvicorn's (exceptions that escaped)."""
    handler = ServerLog()
    loggers = [logging.getLogger(name) for name in ("graph_api", "uvicorn.error")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


@dataclass(frozen=True)
class DemoServer:
    store: str
    server: LiveServer


@pytest.fixture(params=STORES)
def demo_server(request: pytest.FixtureRequest) -> Iterator[DemoServer]:
    """A real server on a store (empty at first) loaded with the demo model."""
    store: GraphStore
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
        store = neo4j_store()
    else:
        store = EmbeddedStore(":memory:")
    with live_server(store, Settings(demo_if_empty=True)) as server:
        yield DemoServer(request.param, server)


# ---------------------------------------------------------------------------------------
# What an answer is


def outcome_labels(status: int, body: Any) -> list[str]:
    """One label per error of an answer (its code), or ``["OK"]``; server errors by name.

    An error without a code and without a ``path`` is a GraphQL request error (syntax,
    validation, variable coercion): ``GRAPHQL``. One with a path but no code is
    ``UNCODED``.
    """
    labels = []
    if status >= 500:
        labels.append("HTTP_5XX")
    elif status != 200:
        labels.append(f"HTTP_{status}")
    if not isinstance(body, dict) or not ("data" in body or "errors" in body):
        return [*labels, "NOT_GRAPHQL"]
    for error in body.get("errors") or []:
        message = str(error.get("message", ""))
        code = (error.get("extensions") or {}).get("code")
        if message == UNEXPECTED:
            labels.append("UNEXPECTED")
        elif "Cannot return null for non-nullable field" in message:
            labels.append("NON_NULL_VIOLATION")
        elif code:
            labels.append(str(code))
        else:
            labels.append("UNCODED" if "path" in error else "GRAPHQL")
    return labels or ["OK"]


def _json(response: Response | httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def write_artifact(name: str, content: dict[str, Any]) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / name).write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------
# Generated operations (schemathesis)


@dataclass
class FuzzReport:
    """What the fuzzer sent to one store and what came back."""

    store: str
    operations: int = 0
    sent: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    findings: list[dict[str, Any]] = field(default_factory=list)
    not_generated: list[str] = field(default_factory=list)
    truncated: bool = False
    seconds: float = 0.0
    logged_findings: int = 0

    def record(self, label: str, mode: str, case: Case[Any], response: Response) -> None:
        """Count one answer; a server error is added to ``findings``."""
        self.sent[mode] += 1
        labels = outcome_labels(response.status_code, _json(response))
        self.outcomes.update(set(labels))
        if FINDINGS & set(labels):
            self.findings.append(
                {
                    "operation": label,
                    "mode": mode,
                    "query": case.body,
                    "status": response.status_code,
                    "response": response.text[:3000],
                }
            )

    def no_answer(self, label: str, mode: str, case: Case[Any], error: Exception) -> None:
        """The server dropped the connection or did not answer in time."""
        self.sent[mode] += 1
        self.outcomes["NO_ANSWER"] += 1
        self.findings.append(
            {"operation": label, "mode": mode, "query": case.body, "response": repr(error)}
        )

    def summary(self) -> str:
        return (
            f"{self.store}: {self.operations} root fields, {sum(self.sent.values())} "
            f"generated operations ({self.sent['positive']} positive, "
            f"{self.sent['negative']} negative) in {self.seconds:.0f} s; answers "
            f"{dict(sorted(self.outcomes.items()))}; {len(self.findings)} server errors"
            + (" (stopped at the time budget)" if self.truncated else "")
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "store": self.store,
            "root_fields": self.operations,
            "requests": dict(self.sent),
            "answers_with_outcome": dict(sorted(self.outcomes.items())),
            "server_errors": self.findings,
            "not_generated": self.not_generated,
            "truncated": self.truncated,
            "seconds": round(self.seconds, 1),
            "plan": {"positive": POSITIVE_EXAMPLES, "negative": NEGATIVE_EXAMPLES},
        }


def fuzz(store: str, server: LiveServer, log: ServerLog) -> FuzzReport:
    """Every root field, ``POSITIVE_EXAMPLES`` + ``NEGATIVE_EXAMPLES`` operations each."""
    headers = admin_headers()
    introspected = schemathesis.graphql.from_url(server.graphql_url, headers=headers, timeout=60)
    config = demo_dictionaries(server, headers, introspected.client_schema)
    schema = schemathesis.graphql.from_url(
        server.graphql_url, headers=headers, timeout=60, config=config
    )
    operations: list[Operation] = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), f"schemathesis cannot read the schema: {result.err()!r}"
        operations.append(result.ok())
    report = FuzzReport(store, operations=len(operations))
    started = time.monotonic()
    plan = (
        (GenerationMode.POSITIVE, POSITIVE_EXAMPLES),
        (GenerationMode.NEGATIVE, NEGATIVE_EXAMPLES),
    )
    with requests.Session() as session:
        for operation in operations:
            for mode, examples in plan:
                if time.monotonic() - started > FUZZ_BUDGET_SECONDS:
                    report.truncated = True
                    break
                send = _sender(operation, mode, examples, server, session, headers, log, report)
                try:
                    send()
                except Exception as exc:  # generation failed: say so, fuzz the rest
                    report.not_generated.append(f"{operation.label} {mode.value}: {exc!r}")
    report.seconds = time.monotonic() - started
    return report


def demo_dictionaries(
    server: LiveServer, headers: dict[str, str], client_schema: graphql.GraphQLSchema
) -> SchemathesisConfig:
    """Schemathesis dictionaries of the demo's keys and IDs, bound to the arguments naming nodes.

    Random strings almost never name a node, so without these every lookup, update,
    delete, link and traversal would stop at NOT_FOUND or VALIDATION. With them, most
    generated operations of those fields start from a real node of the right kind (a key
    or a global ID), and go on with generated values for everything else.
    """
    response = requests.post(
        server.graphql_url,
        json={"query": "{ exportModel(format: JSON) }"},
        headers=headers,
        timeout=60,
    )
    document = json.loads(response.json()["data"]["exportModel"])
    keys: dict[str, list[str]] = {}
    for kind in NODE_KINDS:
        keys[kind] = [entry["key"] for entry in document.get(node_spec(kind).plural, [])]

    def refs(kind: str) -> list[str]:
        return [*keys[kind], *(_global_id(f"{kind}:{key}") for key in keys[kind])]

    dictionaries: dict[str, dict[str, list[str]]] = {
        "refs-any": {"values": [ref for kind in NODE_KINDS for ref in refs(kind)]},
        "relationship-fields": {
            "values": sorted({name for kind in NODE_KINDS for name in relationship_fields(kind)})
        },
    }
    for kind in NODE_KINDS:
        if keys[kind]:
            dictionaries[f"keys-{kind}"] = {"values": keys[kind]}
            dictionaries[f"refs-{kind}"] = {"values": refs(kind)}

    def bind(dictionary: str) -> dict[str, Any]:
        return {"dictionary": dictionary, "probability": DICTIONARY_PROBABILITY}

    parameters: dict[str, Any] = {
        "Query.nodes.ids[*]": bind("refs-any"),
        "Mutation.link.field": bind("relationship-fields"),
        "Mutation.unlink.field": bind("relationship-fields"),
        "*.*.channelKey": bind("keys-Channel"),
        "*.*.channelId": bind("keys-Channel"),
    }
    for argument in ("nodeId", "fromId", "toId", "sourceId", "targetId"):
        parameters[f"*.*.{argument}"] = bind("refs-any")
    for argument, kind in (
        ("journeyId", "Journey"),
        ("personaId", "Persona"),
        ("jobId", "Job"),
        ("backlogItemId", "BacklogItem"),
        ("valueStreamId", "ValueStream"),
    ):
        parameters[f"*.*.{argument}"] = bind(f"refs-{kind}")
    assert client_schema.query_type is not None and client_schema.mutation_type is not None
    for name, query_field in client_schema.query_type.fields.items():
        kind = graphql.get_named_type(query_field.type).name
        if "key" in query_field.args and f"keys-{kind}" in dictionaries:
            parameters[f"Query.{name}.key"] = bind(f"keys-{kind}")
        elif name == "node":
            parameters["Query.node.id"] = bind("refs-any")
    for name, mutation_field in client_schema.mutation_type.fields.items():
        kind = name.removeprefix("update").removeprefix("delete")
        if "id" in mutation_field.args and f"refs-{kind}" in dictionaries:
            parameters[f"Mutation.{name}.id"] = bind(f"refs-{kind}")
    return SchemathesisConfig.from_dict({"dictionaries": dictionaries, "parameters": parameters})


def _sender(
    operation: Operation,
    mode: GenerationMode,
    examples: int,
    server: LiveServer,
    session: requests.Session,
    headers: dict[str, str],
    log: ServerLog,
    report: FuzzReport,
) -> Callable[[], None]:
    """A hypothesis test sending ``examples`` generated operations of one root field."""

    @settings(
        max_examples=examples,
        derandomize=True,  # the same operations on every run
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def send(case: Case[Any]) -> None:
        logged = len(log.lines)
        try:
            response = case.call(
                base_url=server.base_url, session=session, headers=headers, timeout=60
            )
        except requests.RequestException as exc:  # no answer at all: a server error too
            report.no_answer(operation.label, mode.value, case, exc)
        else:
            report.record(operation.label, mode.value, case, response)
        if len(report.findings) > report.logged_findings:
            report.findings[-1]["server_log"] = log.lines[logged:]
            report.logged_findings = len(report.findings)

    result: Callable[[], None] = send
    return result


def test_generated_operations_never_fail_on_the_server(
    demo_server: DemoServer, server_log: ServerLog, fuzz_summaries: list[str]
) -> None:
    """Schemathesis-generated queries and mutations never get a server error.

    Server error: a 5xx, no answer, a body that is not a GraphQL answer, "Unexpected
    error.", an error without a code raised while executing (the API's errors all carry
    one), a null in a non-null field, or STORE_UNAVAILABLE from a store that is up.
    """
    report = fuzz(demo_server.store, demo_server.server, server_log)
    write_artifact(f"fuzz-{demo_server.store}.json", report.as_json())
    fuzz_summaries.append(f"fuzz {report.summary()}")
    print(f"\nfuzz {report.summary()}")
    assert report.operations > 100, "introspection found too few root fields"
    assert sum(report.sent.values()) >= report.operations * POSITIVE_EXAMPLES // 2
    assert not report.not_generated, "\n".join(report.not_generated)
    assert not report.findings, json.dumps(report.findings[:10], indent=2, ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# Hostile inputs


CYPHER = "x' }) MATCH (n) DETACH DELETE n //"
CYPHER_DOUBLE = 'x" }) MATCH (n) DETACH DELETE n RETURN 1 //'
CYPHER_LABEL = "Persona`) MATCH (n) DETACH DELETE n //"
LONG = "a" * 100_000
LONG_WORDS = "word " * 20_000  # 100k characters, 20k words
EMOJI_RTL = "Persona \U0001f680 \u0646\u0645\u0648\u0630\u062c \u202eevil"
NUL = "bad \u0000 nul"
LONE_SURROGATE = "half \ud83d pair"


def _global_id(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _nested_not(depth: int) -> str:
    """Variables ``{"where": {"NOT": {"NOT": ... {"name": {"eq": "x"}}}}}`` as JSON text."""
    return '{"where": ' + '{"NOT": ' * depth + '{"name": {"eq": "x"}}' + "}" * depth + "}"


def _document(**sections: Any) -> str:
    return json.dumps({"format": "graph-api/v1", **sections})


CREATE = (
    "mutation($key: String, $input: PersonaInput!) "
    "{ createPersona(key: $key, input: $input) { key name description } }"
)
CREATE_LITERAL_NULL = "mutation { createPersona(input: {name: null}) { key } }"
LOOKUP = "query($key: String!) { persona(key: $key) { key } }"
LIST = (
    "query($text: String, $first: Int, $after: String) "
    "{ personas(search: $text, first: $first, after: $after) { totalCount } }"
)
SEARCH = (
    "query($text: String!, $kinds: [NodeKind!]) { search(text: $text, kinds: $kinds) { score } }"
)
NODE = "query($id: ID!) { node(id: $id) { id } }"
UPDATE = (
    "mutation($id: ID!, $v: Int) "
    '{ updatePersona(id: $id, input: {name: "Renamed"}, expectedVersion: $v) { key } }'
)
DELETE = "mutation($id: ID!) { deletePersona(id: $id) { key } }"
LINK = (
    "mutation($source: ID!, $field: String!, $target: ID!) "
    "{ link(sourceId: $source, field: $field, targetId: $target) { type } }"
)
IMPORT = (
    "mutation($document: String!, $format: ModelFormat! = JSON) "
    "{ importModel(document: $document, format: $format) { created } }"
)
PAINFUL = (
    "query($journey: ID, $channel: ID) "
    "{ painfulSteps(journeyId: $journey, channelId: $channel) { pain } }"
)
WHERE = "query($where: PersonaWhere) { personas(where: $where) { totalCount } }"
IMPACT = "query($id: ID!) { impact(nodeId: $id) { __typename } }"
PAIN_POINT = "mutation($input: PainPointInput!) { createPainPoint(input: $input) { key } }"
EVIDENCE = "mutation($input: EvidenceInput!) { createEvidence(input: $input) { key } }"

REFUSED = frozenset({"VALIDATION"})
NOT_THERE = frozenset({"VALIDATION", "NOT_FOUND"})
REQUEST_ERROR = frozenset({"GRAPHQL"})
ANSWERED = frozenset({"OK"})
LIMITED = frozenset({"LIMIT_EXCEEDED"})
MALFORMED = frozenset({"HTTP_400", "BAD_REQUEST"})
"""A body the server cannot read as a request (graph_api/api/request_json.py)."""


@dataclass(frozen=True)
class Hostile:
    """One hostile request and the outcomes it may get (labels of ``outcome_labels``).

    ``stored``: for a write that succeeds, the properties it must have stored exactly.
    ``creates``: the nodes a success adds. Variables equal to ``"<persona>"`` or
    ``"<job>"`` become the global ID of a demo persona or job; variables given as a
    string are sent as that JSON text.
    """

    name: str
    query: str
    variables: Any = None
    expect: frozenset[str] = REFUSED
    stored: dict[str, str] | None = None
    creates: int = 0
    cypher: bool = False


HOSTILE = [
    # Cypher-looking text wherever a string goes in; the graph must stay intact.
    Hostile("cypher key", CREATE, {"key": CYPHER, "input": {"name": "Ok"}}, cypher=True),
    Hostile(
        "cypher name (free text: stored as sent)",
        CREATE,
        {"key": "hostile-cypher-name", "input": {"name": CYPHER, "description": CYPHER_DOUBLE}},
        ANSWERED,
        {"name": CYPHER, "description": CYPHER_DOUBLE},
        creates=1,
        cypher=True,
    ),
    Hostile(
        "cypher name, derived key",
        CREATE,
        {"input": {"name": CYPHER_LABEL}},
        ANSWERED,
        {"name": CYPHER_LABEL},
        creates=1,
        cypher=True,
    ),
    Hostile("cypher lookup key", LOOKUP, {"key": CYPHER}, ANSWERED | REFUSED, cypher=True),
    Hostile("cypher list search", LIST, {"text": CYPHER}, ANSWERED, cypher=True),
    Hostile("cypher list search (double quote)", LIST, {"text": CYPHER_DOUBLE}, ANSWERED),
    Hostile("cypher cursor", LIST, {"after": CYPHER}, REFUSED, cypher=True),
    Hostile("cypher search", SEARCH, {"text": CYPHER}, ANSWERED, cypher=True),
    Hostile("cypher search (label)", SEARCH, {"text": CYPHER_LABEL}, ANSWERED, cypher=True),
    Hostile("cypher node id", NODE, {"id": CYPHER}, REFUSED | ANSWERED, cypher=True),
    Hostile(
        "cypher key inside a global id",
        NODE,
        {"id": _global_id(f"Persona:{CYPHER}")},
        REFUSED | ANSWERED,
        cypher=True,
    ),
    Hostile(
        "cypher kind inside a global id",
        NODE,
        {"id": _global_id(f"{CYPHER_LABEL}:busy")},
        REFUSED | ANSWERED,
        cypher=True,
    ),
    Hostile("cypher update id", UPDATE, {"id": CYPHER}, NOT_THERE, cypher=True),
    Hostile("cypher delete id", DELETE, {"id": CYPHER}, NOT_THERE, cypher=True),
    Hostile(
        "cypher link ids",
        LINK,
        {"source": CYPHER, "field": "jobs", "target": CYPHER},
        NOT_THERE,
        cypher=True,
    ),
    Hostile(
        "cypher link field",
        LINK,
        {"source": "<persona>", "field": "jobs]->(m) DETACH DELETE m //", "target": "<job>"},
        REFUSED,
        cypher=True,
    ),
    Hostile(
        "cypher link field (label)",
        LINK,
        {"source": "<persona>", "field": CYPHER_LABEL, "target": "<job>"},
        REFUSED,
        cypher=True,
    ),
    Hostile(
        "cypher import key",
        IMPORT,
        {"document": _document(personas=[{"key": CYPHER, "name": "Ok"}])},
        cypher=True,
    ),
    Hostile(
        "cypher import section",
        IMPORT,
        {"document": _document(**{CYPHER_LABEL: [{"name": "Ok"}]})},
        cypher=True,
    ),
    Hostile(
        "cypher import property",
        IMPORT,
        {"document": _document(personas=[{"key": "hostile-prop", "name": "Ok", CYPHER: 1}])},
        cypher=True,
    ),
    Hostile(
        "cypher import link target",
        IMPORT,
        {"document": _document(journeys=[{"key": "hostile-j", "name": "J", "persona": CYPHER}])},
        cypher=True,
    ),
    Hostile("cypher journey id", PAINFUL, {"journey": CYPHER}, NOT_THERE, cypher=True),
    Hostile("cypher channel key", PAINFUL, {"channel": CYPHER}, NOT_THERE, cypher=True),
    Hostile("cypher impact id", IMPACT, {"id": CYPHER}, NOT_THERE, cypher=True),
    Hostile(
        "cypher where contains",
        WHERE,
        {"where": {"name": {"contains": CYPHER}}},
        ANSWERED,
        cypher=True,
    ),
    Hostile(
        "cypher where eq key",
        WHERE,
        {"where": {"key": {"eq": CYPHER}, "OR": [{"name": {"startsWith": CYPHER_LABEL}}]}},
        ANSWERED | REFUSED,
        cypher=True,
    ),
    Hostile(
        "cypher where in",
        WHERE,
        {"where": {"NOT": {"description": {"in": [CYPHER, CYPHER_DOUBLE, CYPHER_LABEL]}}}},
        ANSWERED,
        cypher=True,
    ),
    # 100k-character strings.
    Hostile("long name", CREATE, {"input": {"name": LONG}}),
    Hostile("long key", CREATE, {"key": LONG, "input": {"name": "Ok"}}),
    Hostile(
        "long description",
        CREATE,
        {"key": "hostile-long", "input": {"name": "Ok", "description": LONG}},
    ),
    Hostile("long lookup key", LOOKUP, {"key": LONG}, ANSWERED | REFUSED),
    Hostile("long list search", LIST, {"text": LONG}, ANSWERED | REFUSED),
    Hostile("long search of 20k words", SEARCH, {"text": LONG_WORDS}, ANSWERED | REFUSED),
    Hostile(
        "long where contains", WHERE, {"where": {"name": {"contains": LONG}}}, ANSWERED | REFUSED
    ),
    Hostile(
        "where nested 200 deep",
        WHERE,
        _nested_not(200),
        ANSWERED | REFUSED | LIMITED | REQUEST_ERROR,
    ),
    Hostile(
        "where nested 5000 deep",
        WHERE,
        _nested_not(5000),
        REFUSED | LIMITED | REQUEST_ERROR | MALFORMED,
    ),
    Hostile("long node id", NODE, {"id": LONG}, REFUSED | ANSWERED),
    Hostile("long document", IMPORT, {"document": LONG}),
    Hostile("long document (YAML)", IMPORT, {"document": LONG, "format": "YAML"}),
    Hostile(
        "long name in a document",
        IMPORT,
        {"document": _document(personas=[{"key": "hostile-long-doc", "name": LONG}])},
    ),
    # Unicode.
    Hostile(
        "emoji and right-to-left name",
        CREATE,
        {"key": "hostile-unicode", "input": {"name": EMOJI_RTL}},
        ANSWERED,
        {"name": EMOJI_RTL},
        creates=1,
    ),
    Hostile("emoji key", CREATE, {"key": "\U0001f680", "input": {"name": "Ok"}}),
    Hostile(
        "right-to-left override in a key", CREATE, {"key": "\u202eevil", "input": {"name": "Ok"}}
    ),
    Hostile("NUL in a key", CREATE, {"key": "nul\u0000key", "input": {"name": "Ok"}}),
    Hostile("NUL in a name", CREATE, {"key": "hostile-nul", "input": {"name": NUL}}),
    Hostile(
        "control character in a description",
        CREATE,
        {"key": "hostile-ctl", "input": {"name": "Ok", "description": "bell \u0007 ring"}},
    ),
    Hostile(
        "control characters in a document",
        IMPORT,
        {"document": _document(personas=[{"key": "hostile-ctl-doc", "name": "a\u0001\u001f"}])},
    ),
    Hostile("NUL in a search", SEARCH, {"text": NUL}, ANSWERED | REFUSED),
    Hostile("NUL in a list search", LIST, {"text": NUL}, ANSWERED | REFUSED),
    Hostile(
        "NUL in where contains", WHERE, {"where": {"name": {"contains": NUL}}}, ANSWERED | REFUSED
    ),
    Hostile("NUL in a lookup key", LOOKUP, {"key": "\u0000"}, ANSWERED | REFUSED),
    Hostile(
        "lone surrogate in a name",
        CREATE,
        {"key": "hostile-surrogate", "input": {"name": LONE_SURROGATE}},
        MALFORMED,
    ),
    Hostile("lone surrogate in a search", SEARCH, {"text": LONE_SURROGATE}, MALFORMED),
    Hostile(
        "lone surrogate in a document",
        IMPORT,
        {"document": _document(personas=[{"key": "hostile-s", "name": LONE_SURROGATE}])},
        REFUSED | REQUEST_ERROR,
    ),
    # Nulls where none are allowed.
    Hostile("null name (literal)", CREATE_LITERAL_NULL, None, REQUEST_ERROR),
    Hostile("null name (variable)", CREATE, {"input": {"name": None}}, REQUEST_ERROR),
    Hostile("null input", CREATE, {"input": None}, REQUEST_ERROR),
    Hostile("null key lookup", LOOKUP, {"key": None}, REQUEST_ERROR),
    Hostile("null document", IMPORT, {"document": None}, REQUEST_ERROR),
    Hostile(
        "null id in a link",
        LINK,
        {"source": None, "field": "jobs", "target": "<job>"},
        REQUEST_ERROR,
    ),
    # Wrong types through variables.
    Hostile("number as name", CREATE, {"input": {"name": 5}}, REQUEST_ERROR),
    Hostile("list as name", CREATE, {"input": {"name": ["a"]}}, REQUEST_ERROR),
    Hostile("object as name", CREATE, {"input": {"name": {"x": 1}}}, REQUEST_ERROR),
    Hostile("string as input", CREATE, {"input": "name"}, REQUEST_ERROR),
    Hostile("unknown input field", CREATE, {"input": {"name": "Ok", "evil": 1}}, REQUEST_ERROR),
    Hostile("string as first", LIST, {"first": "ten"}, REQUEST_ERROR),
    Hostile("float as first", LIST, {"first": 1.5}, REQUEST_ERROR),
    Hostile("64-bit first", LIST, {"first": 2**40}, REQUEST_ERROR),
    Hostile("negative first", LIST, {"first": -1}, REFUSED),
    Hostile(
        "unknown enum value", SEARCH, {"text": "fault", "kinds": ["NOT_A_KIND"]}, REQUEST_ERROR
    ),
    Hostile("unknown format", IMPORT, {"document": "{}", "format": "XML"}, REQUEST_ERROR),
    Hostile("string as version", UPDATE, {"id": "busy", "v": "1"}, REQUEST_ERROR),
    Hostile("severity out of range", PAIN_POINT, {"input": {"name": "Ok", "severity": 99}}),
    Hostile(
        "impossible date",
        EVIDENCE,
        {"input": {"kind": "SURVEY", "summary": "Ok", "collectedAt": "2026-13-45"}},
        REQUEST_ERROR,
    ),
    Hostile(
        "number as date",
        EVIDENCE,
        {"input": {"kind": "SURVEY", "summary": "Ok", "collectedAt": 20260101}},
        REQUEST_ERROR,
    ),
    Hostile("variables not an object", LIST, [1, 2], MALFORMED),
    Hostile(
        "document not a mapping",
        IMPORT,
        {"document": "- 1\n- 2\n", "format": "YAML"},
    ),
    Hostile(
        "YAML with a Python tag",
        IMPORT,
        {
            "document": "format: graph-api/v1\npersonas: !!python/object/apply:os.system [id]\n",
            "format": "YAML",
        },
    ),
    Hostile(
        "YAML alias bomb",
        IMPORT,
        {
            "document": "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n"
                for i in range(8)
            ),
            "format": "YAML",
        },
    ),
]


@dataclass
class Snapshot:
    """Every node of the graph as ``exportModel`` gives it: (section, key) -> entry."""

    nodes: dict[tuple[str, str], dict[str, Any]]

    @classmethod
    async def take(cls, http: httpx.AsyncClient) -> "Snapshot":
        response = await http.post("/graphql", json={"query": "{ exportModel(format: JSON) }"})
        body = response.json()
        assert "errors" not in body, body
        document = json.loads(body["data"]["exportModel"])
        return cls(
            {
                (section, entry["key"]): entry
                for section, entries in document.items()
                if isinstance(entries, list)
                for entry in entries
            }
        )


def model_node_count() -> int:
    """Nodes of the metamodel's kinds in the Neo4j test database (not the change log's)."""
    auth = (NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) if NEO4J_TEST_PASSWORD else None
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=auth) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) RETURN count(n) AS n",
            labels=[node_spec(kind).name for kind in NODE_KINDS],
            database_=NEO4J_TEST_DATABASE,
        )
        return int(records[0]["n"])


def _fill(variables: Any, ids: dict[str, str]) -> Any:
    """The variables with ``"<persona>"`` and ``"<job>"`` (top-level values) filled in."""
    if isinstance(variables, dict):
        return {
            name: ids.get(value, value) if isinstance(value, str) else value
            for name, value in variables.items()
        }
    return variables


async def _send(http: httpx.AsyncClient, case: Hostile, ids: dict[str, str]) -> httpx.Response:
    # Encoded here: a lone surrogate is valid in JSON text (as an escape), not in UTF-8;
    # variables given as text (too deep for json.dumps) go in as they are.
    text = json.dumps({"query": case.query})
    if isinstance(case.variables, str):
        text = f'{text[:-1]}, "variables": {case.variables}}}'
    elif case.variables is not None:
        text = f'{text[:-1]}, "variables": {json.dumps(_fill(case.variables, ids))}}}'
    return await http.post(
        "/graphql", content=text.encode(), headers={"content-type": "application/json"}
    )


def _stored_as_sent(case: Hostile, body: dict[str, Any]) -> list[str]:
    if case.stored is None:
        return []
    (node,) = body["data"].values()
    return [
        f"{name}: stored {node.get(name)!r:.80}, sent {value!r:.80}"
        for name, value in case.stored.items()
        if node.get(name) != value
    ]


async def test_hostile_inputs_get_clear_errors_and_leave_the_graph_intact(
    demo_server: DemoServer, server_log: ServerLog, fuzz_summaries: list[str]
) -> None:
    """Injection-looking, huge, odd-unicode and ill-typed inputs: clear errors, graph intact."""
    # A new connection for every request: a connection the server drops after one
    # answer must not make the next input look like a failure.
    async with httpx.AsyncClient(
        base_url=demo_server.server.base_url,
        headers=admin_headers(),
        timeout=60.0,
        limits=httpx.Limits(max_keepalive_connections=0),
    ) as http:
        before = await Snapshot.take(http)
        first_ids = await http.post(
            "/graphql",
            json={
                "query": "{ personas(first: 1) { nodes { id } } jobs(first: 1) { nodes { id } } }"
            },
        )
        data = first_ids.json()["data"]
        ids = {
            "<persona>": data["personas"]["nodes"][0]["id"],
            "<job>": data["jobs"]["nodes"][0]["id"],
        }
        problems: list[str] = []
        results: dict[str, list[str]] = {}
        created = 0
        for case in HOSTILE:
            logged = len(server_log.lines)
            try:
                response = await _send(http, case, ids)
            except httpx.TransportError as exc:  # the server dropped the connection
                body, labels, answer = None, ["NO_ANSWER"], repr(exc)
            else:
                body = _json(response)
                labels = outcome_labels(response.status_code, body)
                answer = f"{response.status_code} {response.text[:500]}"
            results[case.name] = labels
            if not set(labels) <= case.expect:
                problems.append(
                    f"{case.name}: got {labels}, expected one of {sorted(case.expect)}: {answer}"
                    + "".join(f"\n  server log: {line}" for line in server_log.lines[logged:])
                )
            elif labels == ["OK"] and isinstance(body, dict):
                problems += [f"{case.name}: {p}" for p in _stored_as_sent(case, body)]
                created += case.creates
        after = await Snapshot.take(http)

    changed = [
        f"{key}: {entry} -> {after.nodes.get(key)}"
        for key, entry in before.nodes.items()
        if after.nodes.get(key) != entry
    ]
    count = len(after.nodes)
    database_count = model_node_count() if demo_server.store == "neo4j" else count
    outcome_counts = Counter(label for labels in results.values() for label in set(labels))
    summary = (
        f"hostile {demo_server.store}: {len(HOSTILE)} inputs "
        f"({sum(1 for c in HOSTILE if c.cypher)} Cypher-looking); answers "
        f"{dict(sorted(outcome_counts.items()))}; {len(problems)} problems; "
        f"nodes {len(before.nodes)} -> {count} ({created} created by the table)"
    )
    write_artifact(
        f"fuzz-hostile-{demo_server.store}.json",
        {"store": demo_server.store, "answers": results, "problems": problems},
    )
    fuzz_summaries.append(summary)
    print(f"\n{summary}")
    assert not problems, "\n".join(problems)
    assert not changed, "\n".join(changed[:10])
    assert count == len(before.nodes) + created
    assert database_count == count
