"""The hostile requests of the tests, each with what it must get.

Sizes follow the limits the server ships with (read from ``Settings``), so that a body
meant to be over a limit stays over it, and one meant to be under it stays under it, if
a default changes. Besides the shapes measured by ``bench/hostile`` there are variants:
a body streamed without a ``Content-Length``, repeated fields that differ in arguments,
repeated fragment spreads, repeated leaf fields deep in a selection, a `where` nested
through relationships in the document itself, a huge integer in the document, a bad
token, and a whole-model import next to the ArchiMate one.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.hostile.load import Answer, Hostile
from bench.hostile.payloads import (
    archimate_elements,
    deep_json_body,
    invalid_utf8_body,
    json_body,
    long_comment_body,
    long_number_body,
    nested_some_filters,
    repeated_fields,
    variant,
    where_query,
)
from bench.hostile.server import Checkout
from graph_api.config import Settings

MAX_REQUEST_BYTES: int = Settings.model_fields["max_request_bytes"].default
MAX_TOKENS: int = Settings.model_fields["max_tokens"].default
REQUEST_TIMEOUT_SECONDS: float = Settings.model_fields["request_timeout_seconds"].default
IMPORT_TIMEOUT_SECONDS = 40.0
"""The import limit the hostile server runs with (``GRAPH_API_IMPORT_TIMEOUT_SECONDS``):
the shipped 600 s would let an import that hangs pass for one that is merely slow."""


@dataclass(frozen=True)
class Case:
    """A hostile request and the answer it must get (besides: no 500, within bounds)."""

    request: Hostile
    expected: str
    check: Callable[[Answer], bool]
    may_close: bool = False
    """A body over the limit: the server may stop reading it and close the connection."""
    limit_seconds: float = REQUEST_TIMEOUT_SECONDS
    """The server's time limit for this request: the import limit for imports, the
    request limit for everything else."""

    @property
    def name(self) -> str:
        return self.request.name


def refused(status: int, code: str) -> Callable[[Answer], bool]:
    return lambda answer: answer.status == status and answer.code == code


def refused_as_malformed(answer: Answer) -> bool:
    """400 BAD_REQUEST, or 401 for a caller whose token is checked before the body."""
    return (answer.status, answer.code) in ((400, "BAD_REQUEST"), (401, "UNAUTHENTICATED"))


def refused_or_answered(answer: Answer) -> bool:
    """Anything but a server fault: data, a GraphQL error (a limit, a timeout) or a 4xx."""
    return answer.status is not None and not answer.server_fault


def imported(answer: Answer) -> bool:
    body = answer.body
    return answer.status == 200 and isinstance(body, dict) and not body.get("errors")


def _repeated_with_arguments(count: int) -> str:
    """The same field with different arguments, no aliases: every pair conflicts."""
    fields = [f"personas(first: {1 + i % 7}) {{ totalCount }}" for i in range(count)]
    return "{ " + " ".join(fields) + " }"


def _repeated_spreads(count: int) -> str:
    return "fragment f on Query { personas { totalCount } } { " + "...f " * count + "}"


def _repeated_leaves(count: int) -> str:
    return "{ systems(first: 5) { nodes { " + "name " * count + "} } }"


def _nested_where_document(depth: int) -> str:
    """A `where` in the document walking step -> next/previous ``depth`` times."""
    where = '{name: {eq: "none"}}'
    for level in range(depth):
        relation = "next" if level % 2 else "previous"
        where = f"{{OR: [{{{relation}: {{some: {where}}}}}, {{touchpoints: {{some: {{}}}}}}]}}"
    return f"{{ steps(where: {where}) {{ totalCount }} }}"


def _wide_where_document(count: int) -> str:
    """``count`` OR-ed nested ``some`` filters written in the document."""
    one = '{{touchpoints: {{some: {{processes: {{some: {{name: {{eq: "n{i}"}}}}}}}}}}}}'
    return (
        "{ steps(where: {OR: [" + ", ".join(one.format(i=i) for i in range(count)) + "]}) "
        "{ totalCount } }"
    )


IMPORT_ARCHIMATE = "mutation($xml: String!) { importArchimate(xml: $xml) { __typename } }"
IMPORT_MODEL = "mutation($doc: String!) { importModel(document: $doc) { created } }"


def _model_of_systems(count: int, series: str) -> str:
    systems = "".join(
        f"  - {{key: imported-{series}-{i}, name: Imported system {series} {i}, criticality: 3}}\n"
        for i in range(count)
    )
    return f"format: graph-api/v1\nsystems:\n{systems}"


def cases(checkout: Checkout, number: int = 0) -> list[Case]:
    """Every hostile request the tests send, by kind; each ``number`` gives distinct
    documents (a cache of parsed documents must not make copies cheaper) and imports of
    distinct nodes (two admins importing one file at once would wait for each other)."""
    viewer, admin = checkout.headers("viewer"), checkout.headers("admin")

    def body(document: str, variables: dict[str, Any] | None = None) -> bytes:
        return json_body(variant(document, number), variables)

    too_big = long_comment_body(MAX_REQUEST_BYTES * 5 // 2, number)
    steps_where = nested_some_filters(
        MAX_REQUEST_BYTES // 140, ("touchpoints", "processes")
    )  # about 1.3 MB: under the body limit
    digits = "9" * 5001
    oversized = ("413 PAYLOAD_TOO_LARGE", refused(413, "PAYLOAD_TOO_LARGE"))
    unauthenticated = ("401 UNAUTHENTICATED", refused(401, "UNAUTHENTICATED"))
    malformed = ("400 BAD_REQUEST (or 401 first)", refused_as_malformed)
    bounded = ("refused or answered", refused_or_answered)
    made = [
        (Hostile("oversized body, anonymous", too_big), oversized),
        (Hostile("oversized body, viewer", too_big, viewer), oversized),
        (Hostile("oversized body streamed, viewer", too_big * 2, viewer, streamed=True), oversized),
        (Hostile("repeated fields, anonymous", body(repeated_fields(1000))), unauthenticated),
        (Hostile("repeated fields, viewer", body(repeated_fields(1000)), viewer), bounded),
        (
            Hostile("repeated fields with arguments", body(_repeated_with_arguments(600)), viewer),
            bounded,
        ),
        (Hostile("repeated fragment spreads", body(_repeated_spreads(2000)), viewer), bounded),
        (
            Hostile("repeated leaf fields", body(_repeated_leaves(MAX_TOKENS - 50)), viewer),
            bounded,
        ),
        (
            Hostile(
                "where in variables",
                body(where_query("steps", "StepWhere"), {"where": steps_where}),
                viewer,
            ),
            bounded,
        ),
        (
            Hostile("where nested in the document", body(_nested_where_document(60)), viewer),
            bounded,
        ),
        (
            Hostile("where wide in the document", body(_wide_where_document(150)), viewer),
            bounded,
        ),
        (Hostile("invalid UTF-8", invalid_utf8_body(), viewer), malformed),
        (Hostile("5,001-digit number", long_number_body(5001), viewer), malformed),
        (
            Hostile(
                "5,001-digit number in GET variables",
                headers=viewer,
                params={"query": "{ __typename }", "variables": '{"n": ' + digits + "}"},
            ),
            malformed,
        ),
        (Hostile("deep JSON", deep_json_body(100_000), viewer), malformed),
        (
            Hostile(
                "5,001-digit number in the document",
                body(f"{{ personas(first: {digits}) {{ totalCount }} }}"),
                viewer,
            ),
            bounded,
        ),
        (Hostile("invalid UTF-8, anonymous", invalid_utf8_body()), malformed),
        (Hostile("anonymous", body("{ personas { totalCount } }")), unauthenticated),
        (
            Hostile(
                "bad token",
                body("{ personas { totalCount } }"),
                {"Authorization": "Bearer not-a-token"},
            ),
            unauthenticated,
        ),
        (
            Hostile(
                "large ArchiMate import, admin",
                body(IMPORT_ARCHIMATE, {"xml": archimate_elements(10_000, f"large{number}-")}),
                admin,
            ),
            bounded,
        ),
        (
            Hostile(
                "large model import, admin",
                body(IMPORT_MODEL, {"doc": _model_of_systems(5_000, f"large{number}")}),
                admin,
            ),
            bounded,
        ),
        (
            Hostile(
                "ArchiMate import, admin",
                body(IMPORT_ARCHIMATE, {"xml": archimate_elements(1_000, f"small{number}-")}),
                admin,
            ),
            ("imported", imported),
        ),
        (
            Hostile(
                "model import, admin",
                body(IMPORT_MODEL, {"doc": _model_of_systems(500, f"small{number}")}),
                admin,
            ),
            ("imported", imported),
        ),
    ]
    return [
        Case(
            request,
            expected,
            check,
            may_close=expected == oversized[0],
            limit_seconds=_limit_seconds(request),
        )
        for request, (expected, check) in made
    ]


def _limit_seconds(request: Hostile) -> float:
    """Imports run under the import limit, everything else under the request limit."""
    imports = request.body is not None and any(
        f"{field}(".encode() in request.body for field in ("importArchimate", "importModel")
    )
    return IMPORT_TIMEOUT_SECONDS if imports else REQUEST_TIMEOUT_SECONDS
