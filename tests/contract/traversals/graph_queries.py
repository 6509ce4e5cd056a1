"""A small graph for the impact and paths contract tests (both stores).

A system used by two processes (one part of a process cycle), the steps and touchpoint
they serve, a stage, a journey with its persona and KPI, a team, a channel, NEXT loops,
a pain point (which carries no impact) and an isolated channel::

    ops -OWNS-> crm <-USES- order -PART_OF-> sales -PART_OF-> order
                crm <-USES- billing
    order -SERVES-> buy            billing -SERVES-> pay, pay-app
    plan -HAS_STEP-> buy, pay      pay -HAS_TOUCHPOINT-> pay-app -ON_CHANNEL-> app
    buy -NEXT-> pay -NEXT-> buy    commute -HAS_STAGE-> plan
    commute -FOR_PERSONA-> rider   nps -MEASURES-> commute
    slow -AFFECTS-> buy            kiosk (no relationships)

The stores refuse a link closing a PART_OF cycle now; ``sales -PART_OF-> order`` is
stored behind the rules, as an earlier release could have stored it, so that the reads
are shown to end on such a cycle.
"""

from graph_api.store.base import GraphStore, NodeRef, UpsertNode, WriteOp
from tests.contract.helpers import (
    channel,
    link,
    link_behind_the_rules,
    ref,
    stage,
    step,
    touchpoint,
)


def process(key: str) -> UpsertNode:
    return UpsertNode("Process", key, {"name": key.title(), "kind": "core"})


NODES: list[WriteOp] = [
    UpsertNode("System", "crm", {"name": "CRM", "lifecycle": "active"}),
    UpsertNode("Team", "ops", {"name": "Ops"}),
    process("order"),
    process("billing"),
    process("sales"),
    step("buy", 1),
    step("pay", 2),
    touchpoint("pay-app"),
    channel("app"),
    channel("kiosk", "physical"),
    stage("plan"),
    UpsertNode("Journey", "commute", {"name": "Commute", "state": "current"}),
    UpsertNode("Persona", "rider", {"name": "Rider"}),
    UpsertNode("KPI", "nps", {"name": "NPS", "direction": "higher_is_better"}),
    UpsertNode("PainPoint", "slow", {"name": "Slow", "severity": 3}),
]

CRM, ORDER, BILLING, SALES = (
    ref("System", "crm"),
    ref("Process", "order"),
    ref("Process", "billing"),
    ref("Process", "sales"),
)
BUY, PAY, PAY_APP, PLAN = (
    ref("Step", "buy"),
    ref("Step", "pay"),
    ref("Touchpoint", "pay-app"),
    ref("Stage", "plan"),
)
COMMUTE, RIDER, NPS, OPS = (
    ref("Journey", "commute"),
    ref("Persona", "rider"),
    ref("KPI", "nps"),
    ref("Team", "ops"),
)
APP, KIOSK, SLOW = ref("Channel", "app"), ref("Channel", "kiosk"), ref("PainPoint", "slow")

LINKS: list[WriteOp] = [
    link("OWNS", OPS, CRM),
    link("USES", ORDER, CRM),
    link("USES", BILLING, CRM),
    link("PART_OF", ORDER, SALES),
    link("SERVES", ORDER, BUY),
    link("SERVES", BILLING, PAY),
    link("SERVES", BILLING, PAY_APP),
    link("HAS_STEP", PLAN, BUY),
    link("HAS_STEP", PLAN, PAY),
    link("HAS_TOUCHPOINT", PAY, PAY_APP),
    link("ON_CHANNEL", PAY_APP, APP),
    link("NEXT", BUY, PAY),
    link("NEXT", PAY, BUY),
    link("HAS_STAGE", COMMUTE, PLAN),
    link("FOR_PERSONA", COMMUTE, RIDER),
    link("MEASURES", NPS, COMMUTE),
    link("AFFECTS", SLOW, BUY),
]


STORED_BEFORE_THE_RULE = [link("PART_OF", SALES, ORDER)]
"""Closes the PART_OF cycle order -> sales -> order."""


async def write_graph(store: GraphStore) -> None:
    await store.write([*NODES, *LINKS])
    link_behind_the_rules(store, STORED_BEFORE_THE_RULE)


def name(node: NodeRef) -> str:
    return f"{node.kind}:{node.key}"
