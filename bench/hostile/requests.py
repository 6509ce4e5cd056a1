"""Findings 1-10: what a production-mode server does with each hostile request.

Each function takes the running server and its checkout (for credentials) and returns
a :class:`Finding` saying what was seen: times, the server's memory, status codes, log
lines, answers. Finding 8 writes 100,000 nodes and needs a server of its own.
"""

import asyncio
import json
from typing import Any

import httpx

from bench.hostile.finding import Finding
from bench.hostile.load import Answer, Hostile, ask, send, under_load
from bench.hostile.payloads import (
    archimate_elements,
    invalid_utf8_body,
    json_body,
    long_comment_body,
    long_number_body,
    many_errors_document,
    nested_some_filters,
    repeated_fields,
    variant,
    where_query,
)
from bench.hostile.server import Checkout, RunningServer


async def validation_cost(server: RunningServer, checkout: Checkout) -> Finding:
    """The same bomb anonymous and from a viewer (anonymous callers may be refused first)."""
    document = repeated_fields(1000)
    viewer = checkout.headers("viewer")
    seen = []
    for caller, headers in (("anonymous", None), ("viewer", viewer)):
        alone = await send(server.graphql, Hostile("repeated field", json_body(document), headers))
        copies = [
            Hostile("repeated field", json_body(variant(document, n)), headers) for n in range(1, 5)
        ]
        load = await under_load(server.graphql, viewer, copies)
        seen.append(
            f"{caller}: alone {alone.short()}; viewer's worst wait {load.reader_worst:.1f} s "
            f"with 4 in flight (slowest answered in {load.worst_hostile():.1f} s)"
        )
    return Finding(
        1,
        f"validation cost ({len(document) / 1000:.0f} KB, 1,000 repeated fields)",
        "; ".join(seen),
    )


async def body_size(server: RunningServer, checkout: Checkout) -> Finding:
    size = 50_000_000
    before, _ = server.memory_mib()
    server.reset_peak_memory()
    alone = await send(server.graphql, Hostile("long comment", long_comment_body(size)))
    _, peak = server.memory_mib()
    copies = [Hostile("long comment", long_comment_body(size, n)) for n in (1, 2)]
    load = await under_load(server.graphql, checkout.headers("viewer"), copies)
    return Finding(
        2,
        "50 MB anonymous body (one long comment)",
        f"alone: {alone.short()}, server memory {before:.0f} -> peak {peak:.0f} MiB; "
        f"viewer's worst wait {load.reader_worst:.1f} s with 2 in flight "
        f"(answers: {', '.join(answer.short() for answer in load.hostile)})",
    )


async def filter_cost(server: RunningServer, checkout: Checkout) -> Finding:
    viewer = checkout.headers("viewer")

    def filtered(listing: str, where_type: str, hops: tuple[str, str], count: int) -> Hostile:
        where = {"where": nested_some_filters(count, hops)}
        return Hostile(listing, json_body(where_query(listing, where_type), where), viewer)

    systems = filtered("systems", "SystemWhere", ("processes", "steps"), 30_000)
    steps = filtered("steps", "StepWhere", ("touchpoints", "processes"), 30_000)
    half = filtered("steps", "StepWhere", ("touchpoints", "processes"), 15_000)
    on_systems = await send(server.graphql, systems)
    on_half = await send(server.graphql, half)
    load = await under_load(server.graphql, viewer, [steps])
    (on_steps,) = load.hostile
    return Finding(
        3,
        f"viewer's `where` of 30,000 OR-ed nested `some` ({len(steps.body or b'') / 1e6:.1f} MB)",
        f"systems: {on_systems.short()}; steps: {on_steps.short()}, viewer's worst wait "
        f"{load.reader_worst:.1f} s meanwhile; 15,000 on steps "
        f"({len(half.body or b'') / 1e6:.1f} MB): {on_half.short()}",
    )


async def malformed_bodies(server: RunningServer, checkout: Checkout) -> Finding:
    """From a viewer: an anonymous caller may be refused before the body is read."""
    long_number = "9" * 5001
    viewer = checkout.headers("viewer")
    cases = {
        "invalid UTF-8": Hostile("utf8", invalid_utf8_body(), viewer),
        "5,001-digit number (POST)": Hostile("number", long_number_body(5001), viewer),
        "5,001-digit number (GET variables)": Hostile(
            "number get",
            headers=viewer,
            params={"query": "{ __typename }", "variables": '{"n": ' + long_number + "}"},
        ),
    }
    answers = {name: await send(server.graphql, case) for name, case in cases.items()}
    return Finding(
        4,
        "malformed bodies (viewer)",
        "; ".join(f"{name}: {answer.short()}" for name, answer in answers.items()),
    )


SUGGESTIONS = {
    "argument": "{ personas(frist: 1) { totalCount } }",
    "enum value": "{ systems(where: {lifecycle: {eq: ACTIV}}) { totalCount } }",
    "input field": '{ systems(where: {nmae: {eq: "x"}}) { totalCount } }',
}


async def schema_leaks(server: RunningServer, checkout: Checkout) -> Finding:
    async with httpx.AsyncClient() as client:
        suggested = [
            kind
            for kind, document in SUGGESTIONS.items()
            if "Did you mean" in json.dumps((await ask(client, server.graphql, document, {})).body)
        ]
        types = {
            name: await ask(
                client, server.graphql, f'{{ node(id: "x") {{ ... on {name} {{ id }} }} }}', {}
            )
            for name in ("ApiKey", "Process")
        }
    return Finding(
        5,
        "schema details told to anonymous callers",
        f"'Did you mean' for {len(suggested)} of {len(SUGGESTIONS)} "
        f"({', '.join(suggested) or 'none'}); "
        + ", ".join(f"{name} -> {_said(answer)}" for name, answer in types.items()),
    )


def _said(answer: Answer) -> str:
    return answer.code or answer.message[:40] or f"HTTP {answer.status}"


async def log_flooding(server: RunningServer, checkout: Checkout) -> Finding:
    document = many_errors_document(5000)
    mark = server.log_mark()
    async with httpx.AsyncClient() as client:
        answer = await ask(client, server.graphql, document, {})
    written = await _settled_log(server, mark)
    return Finding(
        6,
        f"log of one {len(document) / 1000:.0f} KB anonymous request of unknown fields",
        f"{len(written.splitlines()):,} log lines, {len(written) / 1000:.0f} KB; "
        f"answer {answer.short()}",
    )


async def _settled_log(server: RunningServer, mark: int, bound: float = 10.0) -> bytes:
    """What the server logged since ``mark``, once it stopped writing (for 1 s)."""
    written = server.log_since(mark)
    for _ in range(int(bound)):
        await asyncio.sleep(1.0)
        later = server.log_since(mark)
        if later == written:
            break
        written = later
    return written


async def production_defaults(server: RunningServer, checkout: Checkout) -> Finding:
    async with httpx.AsyncClient() as client:
        ide = await client.get(server.graphql, headers={"Accept": "text/html"})
        pages = {path: (await client.get(server.url + path)).status_code for path in _DOC_PAGES}
    graphiql = "served" if ide.status_code == 200 and "graphiql" in ide.text.lower() else "off"
    return Finding(
        7,
        "production defaults",
        f"GraphiQL {graphiql} (HTTP {ide.status_code}); "
        + ", ".join(f"{path} HTTP {status}" for path, status in pages.items()),
    )


_DOC_PAGES = ("/docs", "/redoc", "/openapi.json")

IMPORT_ARCHIMATE = "mutation($xml: String!) { importArchimate(xml: $xml) { __typename } }"


async def long_import(server: RunningServer, checkout: Checkout) -> Finding:
    """On a server of its own: it adds 100,000 systems."""
    xml = archimate_elements(100_000)
    body = json_body(IMPORT_ARCHIMATE, {"xml": xml})
    request = Hostile("import", body, checkout.headers("admin"))
    load = await under_load(server.graphql, checkout.headers("viewer"), [request])
    (answer,) = load.hostile
    return Finding(
        8,
        f"admin's ArchiMate import of 100,000 elements ({len(body) / 1e6:.0f} MB)",
        f"import {answer.short()}; viewer's worst wait {load.reader_worst:.1f} s meanwhile",
    )


CREATE_SYSTEM = "mutation($name: String!) { createSystem(input: {name: $name}) { key createdBy } }"


async def subject_collision(server: RunningServer, checkout: Checkout) -> Finding:
    created = checkout.cli("keys", "create", "--name", "bench editor", "--role", "editor")
    token = next(line for line in created.stdout.splitlines() if line.startswith("gapi_"))
    key_id = token.split("_")[1]
    callers = {
        "API key": {"Authorization": f"Bearer {token}"},
        f"JWT sub 'key:{key_id}'": checkout.headers("editor", subject=f"key:{key_id}"),
    }
    recorded = {}
    async with httpx.AsyncClient() as client:
        for number, (caller, headers) in enumerate(callers.items()):
            answer = await ask(
                client, server.graphql, CREATE_SYSTEM, headers, name=f"Subject check {number}"
            )
            recorded[caller] = _created_by(answer)
    same = len(set(recorded.values())) == 1
    return Finding(
        9,
        "API key and JWT subject in createdBy",
        "; ".join(f"{caller}: createdBy {by!r}" for caller, by in recorded.items())
        + (" (the same: indistinguishable)" if same else " (told apart)"),
    )


def _created_by(answer: Answer) -> str:
    data: Any = answer.body.get("data") if isinstance(answer.body, dict) else None
    if not data or not data.get("createSystem"):
        return f"refused: {_said(answer)}"
    return str(data["createSystem"]["createdBy"])


BOUNDARY_MODEL = """
format: graph-api/v1
jobs:
  - key: exact-job
    statement: Get an answer on exact boundaries
    kind: functional
    outcomes:
      - {key: exact-a-nine-point-seven, statement: Scores 9.7 + 0.3, importance: 9.7,
         satisfaction: 9.4}
      - {key: exact-b-ten, statement: Scores exactly 10, importance: 10, satisfaction: 10}
valueStreams:
  - key: exact-stream
    name: Exact thresholds
    stages:
      - {key: exact-stage, name: Measured, order: 1}
kpis:
  - key: exact-status
    name: Shortfall of exactly 10% of the target
    unit: points
    target: 7
    direction: higher_is_better
    valueStreamStages: [exact-stage]
    measurements:
      - {key: exact-status-1, value: 6.3, at: 2026-01-31}
  - key: exact-trend
    name: Change of exactly 1% of the target
    unit: points
    target: 2.8
    direction: higher_is_better
    valueStreamStages: [exact-stage]
    measurements:
      - {key: exact-trend-1, value: 2.5, at: 2026-01-31}
      - {key: exact-trend-2, value: 2.528, at: 2026-02-28}
"""

IMPORT_MODEL = "mutation($doc: String!) { importModel(document: $doc) { __typename } }"
SCORES = '{ opportunityScores(jobId: "exact-job") { outcome { key } score underserved } }'
HEALTH = (
    '{ valueStreamHealth(valueStreamId: "exact-stream") '
    "{ stages { kpis { kpi { key } status trend } } } }"
)


async def exact_thresholds(server: RunningServer, checkout: Checkout) -> Finding:
    admin, viewer = checkout.headers("admin"), checkout.headers("viewer")
    async with httpx.AsyncClient() as client:
        imported = await ask(client, server.graphql, IMPORT_MODEL, admin, doc=BOUNDARY_MODEL)
        if imported.status != 200 or imported.code:
            return Finding(10, "exact thresholds", f"model not imported: {imported.short()}")
        scores = (await ask(client, server.graphql, SCORES, viewer)).body["data"]
        health = (await ask(client, server.graphql, HEALTH, viewer)).body["data"]
    ranked = scores["opportunityScores"]
    first = ranked[0]["outcome"]["key"]
    nine_seven = next(s for s in ranked if s["outcome"]["key"] == "exact-a-nine-point-seven")
    kpis = {k["kpi"]["key"]: k for k in health["valueStreamHealth"]["stages"][0]["kpis"]}
    return Finding(
        10,
        "exact thresholds (ODI 9.7/9.4, KPI 6.3 of 7, trend +0.028 of 2.8)",
        f"score {nine_seven['score']!r}, underserved {str(nine_seven['underserved']).lower()}, "
        f"ranked {'first' if first == 'exact-a-nine-point-seven' else 'after the exact 10'}; "
        f"status {kpis['exact-status']['status']}; trend {kpis['exact-trend']['trend']}",
    )
