"""``impact`` from an imported application component, on every store.

In the harbour file the Claims System serves other systems, realizes the Claims
Administration Service (which serves three business processes through an
and-junction, and a fourth directly) and is deployed on a node. A customer journey
linked afterwards (a step using that service, a process serving the step) is reached
too: a change to the component reaches the processes, the services and the step.
"""

import hashlib

from graph_api.archimate import import_archimate
from graph_api.model_io import FORMAT, load_model
from graph_api.store.base import GraphStore, NodeRef
from graph_api.traversals import IMPACT
from graph_api.traversals.impact.result import ImpactQuery
from tests.archimate.test_fidelity import HARBOUR


def harbour(name: str) -> str:
    """The key of the harbour file's element written from ``name``."""
    return "id-" + hashlib.md5(name.encode()).hexdigest()


CLAIMS_SYSTEM = NodeRef("System", harbour("app-claims"))
STEP = NodeRef("Step", "report-the-damage-online")


async def _impact(store: GraphStore, start: NodeRef) -> dict[NodeRef, int]:
    rows = await store.traverse(IMPACT, ImpactQuery(start, 6))
    return {row.node: row.distance for row in rows}


async def test_impact_from_an_imported_component_reaches_processes_services_and_steps(
    store: GraphStore,
) -> None:
    await import_archimate(store, HARBOUR.read_text(encoding="utf-8"), "harbour")
    await load_model(
        store,
        {
            "format": FORMAT,
            "steps": [
                {
                    "key": STEP.key,
                    "name": "Report the damage online",
                    "order": 1,
                    "usesServices": [harbour("as-claims")],
                    "processes": [harbour("p-register")],
                }
            ],
        },
        "journey",
    )
    hit = await _impact(store, CLAIMS_SYSTEM)
    # the service it realizes, and the systems it serves, directly
    assert hit[NodeRef("Service", harbour("as-claims"))] == 1
    assert hit[NodeRef("System", harbour("app-portal"))] == 1
    # the processes using that service, three of them through the and-junction
    for process in ("p-register", "p-assess", "p-pay", "p-close"):
        assert hit[NodeRef("Process", harbour(process))] == 2, process
    # the customer's step: it uses the service
    assert hit[STEP] == 2
    # and what those processes realize, on to the capability map
    assert NodeRef("Capability", harbour("cap-claims")) in hit
    kinds = {ref.kind for ref in hit}
    assert {"Service", "System", "Process", "Step", "Capability", "Team"} <= kinds


async def test_an_outage_of_the_node_reaches_the_component_and_its_users(
    store: GraphStore,
) -> None:
    await import_archimate(store, HARBOUR.read_text(encoding="utf-8"), "harbour")
    hit = await _impact(store, NodeRef("TechnologyNode", harbour("n-appcluster")))
    assert hit[CLAIMS_SYSTEM] == 1  # the node realizes it: the system is deployed on it
    assert hit[NodeRef("Process", harbour("p-register"))] <= 3
