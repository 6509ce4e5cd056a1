"""Every diagram parses with Mermaid's own parser, as the type it claims to be.

``tools/mermaid-check/check.mjs`` runs ``mermaid.parse`` (Node, with jsdom for the window
DOMPurify needs) on each diagram: the demo model's diagrams through the GraphQL API on
each store, and the diagrams of the names holding what Mermaid reads
(``tests/diagrams/test_escaping.py``). ``tests/diagrams/mermaid_parse.py`` checks what the
diagrams say; this checks that Mermaid reads them at all.

The tool's packages are installed by ``scripts/run-tests`` (``npm ci``); a missing Node or
``node_modules`` fails the test rather than skipping it, so the check never silently
stops running.
"""

import json
import shutil
import subprocess

import httpx

from graph_api.diagrams import blueprint_diagram, impact_diagram, journey_diagram
from graph_api.metamodel.document import diagram as metamodel_diagram
from graph_api.store.base import NodeRef
from graph_api.traversals.impact.result import Hop, ImpactRow
from tests.api.helpers import node_id
from tests.conftest import ROOT
from tests.diagrams.test_escaping import BLUEPRINT, LABELS, NASTY
from tests.graphql_client import gql_data

CHECK_TOOL = ROOT / "tools" / "mermaid-check"
CHECK_TIMEOUT = 120  # seconds; a check takes one or two
JOURNEY, FLOWCHART = "journey", "flowchart-v2"  # the types Mermaid detects
JOURNEYS = ("fault-repair", "new-connection", "bill-and-renew")
IMPACT_STARTS = (  # (GraphQL field, key, depth): those of test_flowchart_diagrams.py
    ("system", "telephony-ivr", 3),
    ("step", "nc-compare-plans", 3),
    ("touchpoint", "ivr-fault-menu", 6),
    ("view", "integration-landscape", 2),  # dotted SHOWS edges from the view
)


def mermaid_check(diagrams: dict[str, str]) -> dict[str, dict[str, object]]:
    """Mermaid's verdict on each diagram (name: text), by name."""
    node = shutil.which("node")
    assert node, "Node.js is needed for Mermaid's parser (tools/mermaid-check)"
    assert (CHECK_TOOL / "node_modules" / "mermaid").is_dir(), (
        "the Mermaid check's packages are missing: run scripts/run-tests, or "
        "npm ci --prefix tools/mermaid-check"
    )
    run = subprocess.run(
        [node, str(CHECK_TOOL / "check.mjs")],
        input=json.dumps([{"name": name, "text": text} for name, text in diagrams.items()]),
        capture_output=True,
        text=True,
        timeout=CHECK_TIMEOUT,
        check=False,
    )
    assert run.returncode in (0, 1), f"the check did not run (exit {run.returncode}):\n{run.stderr}"
    results = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["name"] for r in results] == list(diagrams), run.stdout + run.stderr
    return {r["name"]: r for r in results}


def assert_parse(diagrams: dict[str, str], types: dict[str, str]) -> None:
    """Each diagram parses, as the type ``types`` gives it."""
    results = mermaid_check(diagrams)
    failed = {
        name: r["error"] or f"parsed as {r['type']}, not {types[name]}"
        for name, r in results.items()
        if not r["ok"] or r["type"] != types[name]
    }
    assert not failed, "\n\n".join(
        f"{name}: {error}\n{diagrams[name]}" for name, error in failed.items()
    )


async def test_demo_diagrams_parse_with_mermaid(demo_client: httpx.AsyncClient) -> None:
    query = """
    query($j: ID!) { journeyDiagram(journeyId: $j) serviceBlueprintDiagram(journeyId: $j) }
    """
    diagrams: dict[str, str] = {}
    types: dict[str, str] = {}
    for journey in JOURNEYS:
        data = await gql_data(demo_client, query, j=journey)
        diagrams[f"journey {journey}"] = data["journeyDiagram"]
        diagrams[f"blueprint {journey}"] = data["serviceBlueprintDiagram"]
        types |= {f"journey {journey}": JOURNEY, f"blueprint {journey}": FLOWCHART}
    impact = "query($id: ID!, $d: Int!) { impactDiagram(nodeId: $id, maxDepth: $d) }"
    for field, key, depth in IMPACT_STARTS:
        start = await node_id(demo_client, field, key)
        data = await gql_data(demo_client, impact, id=start, d=depth)
        diagrams[f"impact {field}:{key}"] = data["impactDiagram"]
        types[f"impact {field}:{key}"] = FLOWCHART
    assert_parse(diagrams, types)


NAMES = [
    "end",
    "subgraph x",
    "a --> b",
    "a | b",
    "[brackets] (parens) {braces}",
    '%%{init: {"theme": "dark"}}%%',
    "x %% not a comment",
    "<script>alert(1)</script>",
    "#quot;#35; codes",
    "style a fill:#f00;",
    "click a call b()",
    ":::gap",
    "Customer: 5: Actor",
    "accTitle: x",
    "section",
    "\\back\\slash 'it's' ü 🚀",
]
"""Names beyond test_escaping's, each put on every node of its diagrams."""


def test_escaping_cases_parse_with_mermaid() -> None:
    start, hit = NodeRef("Step", "a"), NodeRef("Process", "proc")
    rows = [ImpactRow(hit, 1, [Hop("SERVES", hit, start, False)])]
    diagrams: dict[str, str] = {}
    types: dict[str, str] = {}
    for name in [NASTY, *NAMES]:
        labels = LABELS if name == NASTY else dict.fromkeys(LABELS, name)
        diagrams[f"journey {name!r}"] = journey_diagram(BLUEPRINT, labels)
        diagrams[f"blueprint {name!r}"] = blueprint_diagram(BLUEPRINT, labels)
        diagrams[f"impact {name!r}"] = impact_diagram(start, rows, labels)
        types |= {f"journey {name!r}": JOURNEY}
        types |= {f"blueprint {name!r}": FLOWCHART, f"impact {name!r}": FLOWCHART}
    assert_parse(diagrams, types)


def test_the_check_rejects_a_broken_diagram() -> None:
    """The check can fail: Mermaid refuses these, and says of which type they are."""
    results = mermaid_check(
        {"flowchart": "flowchart LR\n  a -->\n", "journey": "journey\n  section\n  task: x: y\n"}
    )
    assert [(r["ok"], r["type"]) for r in results.values()] == [
        (False, FLOWCHART),
        (False, JOURNEY),
    ]
    assert all("Parse error" in str(r["error"]) for r in results.values())


def test_the_metamodel_diagram_parses_with_mermaid() -> None:
    assert_parse({"metamodel": metamodel_diagram()}, {"metamodel": FLOWCHART})
