"""The graphql-http audit of the GraphQL over HTTP spec, against a real server per store.

``tools/graphql-http-audit/audit.mjs`` runs graphql-http's ``auditServer`` over the wire
(Node's fetch): every MUST and SHOULD audit has to pass; MAY audits may fail (graphql-http
calls those "notice"). The counts go to ``test-artifacts/graphql-http-audit-<store>.json``
and the summary line to the end of the pytest run (``tests/http/conftest.py``).

The tool's packages are installed by ``scripts/run-tests`` (``npm ci``); a missing Node or
``node_modules`` fails the test rather than skipping it, so the audit never silently stops
running.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.auth_headers import admin_headers
from tests.conftest import ROOT, STORES, app_settings, neo4j_store
from tests.live_server import live_server

AUDIT_TOOL = ROOT / "tools" / "graphql-http-audit"
ARTIFACTS = ROOT / "test-artifacts"
AUDIT_TIMEOUT = 120  # seconds; the audit itself takes a few


def _store(kind: str, request: pytest.FixtureRequest) -> GraphStore:
    """A store, not yet opened (the server's lifespan opens it) on an empty database."""
    if kind == "neo4j":
        request.getfixturevalue("clean_neo4j")  # checks the database empty, wipes it after
        return neo4j_store()
    return EmbeddedStore(":memory:")


def _run_audit(url: str, results: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node, "Node.js is needed for the graphql-http audit (tools/graphql-http-audit)"
    assert (AUDIT_TOOL / "node_modules" / "graphql-http").is_dir(), (
        "the audit's packages are missing: run scripts/run-tests, or "
        "npm ci --prefix tools/graphql-http-audit"
    )
    # The audit calls as an admin: outside development anonymous callers are refused.
    environment = {**os.environ, "GRAPHQL_AUDIT_AUTHORIZATION": admin_headers()["Authorization"]}
    return subprocess.run(
        [node, str(AUDIT_TOOL / "audit.mjs"), url, str(results)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=AUDIT_TIMEOUT,
        check=False,
    )


def _describe(result: dict[str, Any]) -> str:
    """One failed audit, with the response that failed it."""
    return (
        f"{result['status']} {result['id']} {result['name']}: {result.get('reason')}\n"
        f"    response: {json.dumps(result.get('response'))[:600]}"
    )


@pytest.mark.parametrize("kind", STORES)
def test_graphql_http_audit(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path, audit_summaries: list[str]
) -> None:
    results_file = tmp_path / "graphql-http-audit.json"
    with live_server(_store(kind, request), app_settings()) as server:
        run = _run_audit(server.graphql_url, results_file)
    assert run.returncode in (0, 1) and results_file.exists(), (
        f"the audit did not run (exit {run.returncode}):\n{run.stdout}\n{run.stderr}"
    )

    report = json.loads(results_file.read_text())
    non_ok = [r for r in report["results"] if r["status"] != "ok"]
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"graphql-http-audit-{kind}.json").write_text(
        json.dumps(
            {
                "store": kind,
                "summary": report["summary"],
                "counts": report["counts"],
                "not_ok": [{k: r[k] for k in ("id", "name", "status", "reason")} for r in non_ok],
            },
            indent=2,
        )
        + "\n"
    )
    audit_summaries.append(f"[{kind}] {report['summary']}")

    failed = [r for r in non_ok if r["required"]]
    assert not failed, "MUST/SHOULD audits not ok:\n" + "\n".join(map(_describe, failed))
    assert run.returncode == 0, run.stdout + run.stderr
