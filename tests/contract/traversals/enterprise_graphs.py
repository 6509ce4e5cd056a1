"""Small hand-made graphs of the enterprise side for the traversals that read it: the
service blueprint's support lane (:data:`SHOP`), the systems serving painful steps and
what they depend on (:data:`DEPENDENCIES`), and the data gaps of coverage
(:data:`DATA_GAPS`). The expectations are in the tests, worked out by hand from these.
"""

from graph_api.store.base import AddLink, UpsertNode, WriteOp
from tests.contract.helpers import link, ref, stage, step, touchpoint


def node(node_kind: str, key: str, **props: object) -> UpsertNode:
    return UpsertNode(node_kind, key, {"name": key.title(), **props})


def service(key: str) -> UpsertNode:
    return node("Service", key, layer="application")


def data(key: str) -> UpsertNode:
    return node("DataObject", key, kind="data_object")


def rel(type_: str, source: str, target: str) -> AddLink:
    """A link named by ``Kind:key`` strings."""
    (sk, sv), (tk, tv) = source.split(":"), target.split(":")
    return link(type_, ref(sk, sv), ref(tk, tv))


# Step ``order`` has touchpoints web-form and call; process ``capture`` serves the step
# and uses crm, process ``fulfil`` serves the call and uses crm and erp. Step ``pay``
# (touchpoint till, served by ``billing``, which uses ``ledger``) holds what must not
# show on ``order``; step ``browse`` has nothing; ``idle`` serves nothing, ``archive`` no
# back-stage process uses.
SHOP: list[WriteOp] = [
    node("Journey", "shop", state="current"),
    stage("buy", 1),
    step("order", 1),
    step("pay", 2),
    step("browse", 3),
    touchpoint("web-form"),
    touchpoint("call"),
    touchpoint("till"),
    node("Process", "capture", kind="core"),
    node("Process", "fulfil", kind="core"),
    node("Process", "billing", kind="core"),
    node("Process", "idle", kind="core"),
    node("System", "crm"),
    node("System", "erp"),
    node("System", "ledger"),
    node("System", "archive"),
    service("ordering"),
    service("address-check"),
    service("payments"),
    service("invoicing"),
    service("reporting"),
    data("customer"),
    data("address"),
    data("order-record"),
    data("invoice"),
    data("history"),
    rel("HAS_STAGE", "Journey:shop", "Stage:buy"),
    rel("HAS_STEP", "Stage:buy", "Step:order"),
    rel("HAS_STEP", "Stage:buy", "Step:pay"),
    rel("HAS_STEP", "Stage:buy", "Step:browse"),
    rel("HAS_TOUCHPOINT", "Step:order", "Touchpoint:web-form"),
    rel("HAS_TOUCHPOINT", "Step:order", "Touchpoint:call"),
    rel("HAS_TOUCHPOINT", "Step:pay", "Touchpoint:till"),
    rel("SERVES", "Process:capture", "Step:order"),
    rel("SERVES", "Process:fulfil", "Touchpoint:call"),
    rel("SERVES", "Process:billing", "Touchpoint:till"),
    rel("USES", "Process:capture", "System:crm"),
    rel("USES", "Process:fulfil", "System:crm"),
    rel("USES", "Process:fulfil", "System:erp"),
    rel("USES", "Process:billing", "System:ledger"),
    # services: at the step and its touchpoints, by the back stage and the support lane
    rel("USES", "Step:order", "Service:ordering"),
    rel("USES", "Touchpoint:web-form", "Service:ordering"),
    rel("USES", "Touchpoint:web-form", "Service:address-check"),
    rel("REALIZES", "Process:capture", "Service:ordering"),
    rel("REALIZES", "System:crm", "Service:address-check"),
    rel("USES", "Process:capture", "Service:payments"),
    rel("USES", "System:erp", "Service:payments"),
    # ... and what is not this step's
    rel("USES", "Touchpoint:till", "Service:invoicing"),
    rel("REALIZES", "System:ledger", "Service:invoicing"),
    rel("REALIZES", "Process:idle", "Service:reporting"),
    rel("USES", "System:archive", "Service:reporting"),
    # data: needed and captured at the step and its touchpoints, read and written behind
    rel("NEEDS", "Step:order", "DataObject:customer"),
    rel("CAPTURES", "Step:order", "DataObject:address"),
    rel("NEEDS", "Touchpoint:web-form", "DataObject:address"),
    rel("CAPTURES", "Touchpoint:web-form", "DataObject:order-record"),
    rel("CAPTURES", "Touchpoint:call", "DataObject:order-record"),
    rel("READS", "System:crm", "DataObject:customer"),
    rel("WRITES", "System:crm", "DataObject:address"),
    rel("WRITES", "Process:capture", "DataObject:order-record"),
    rel("READS", "Process:fulfil", "DataObject:order-record"),
    rel("READS", "System:erp", "DataObject:order-record"),
    # ... and what is not this step's
    rel("NEEDS", "Touchpoint:till", "DataObject:invoice"),
    rel("WRITES", "System:ledger", "DataObject:invoice"),
    rel("READS", "Process:idle", "DataObject:history"),
    rel("WRITES", "System:archive", "DataObject:history"),
]


def pain(key: str, severity: int) -> UpsertNode:
    return UpsertNode("PainPoint", key, {"name": key.title(), "severity": severity})


def technology(key: str) -> UpsertNode:
    return node("TechnologyNode", key, kind="node")


# Painful steps: ``check`` (pain 5, on its touchpoint board) is served by ``ops`` (through
# board; uses gates) and ``sales`` (the step; uses gates and tills); ``ride`` (pain 4) by
# ``crew``, which uses no system; ``calm`` has no pain. What gates and tills depend on:
# auth SERVES gates, sso only through its interface login-api; pricing SERVES tills,
# and through its interface price-api too; gates SERVES tills; stock FLOWS_TO tills.
# gates is DEPLOYED_ON rack, tills on cloud, and tills USES the network and the
# db-hosting service. What depends on them is no dependency of theirs: tills SERVES
# reports and FLOWS_TO ledger; price-api also SERVES the process sales; ``back-office``,
# used by ``audit`` (serving calm), depends on auth.
DEPENDENCIES: list[WriteOp] = [
    step("check", 1),
    step("ride", 2),
    step("calm", 3),
    touchpoint("board"),
    pain("glare", 5),
    pain("crush", 4),
    node("Process", "ops", kind="core"),
    node("Process", "sales", kind="core"),
    node("Process", "crew", kind="core"),
    node("Process", "audit", kind="core"),
    *(
        node("System", key)
        for key in ["gates", "tills", "auth", "sso", "pricing", "stock", "reports", "ledger"]
    ),
    node("System", "back-office"),
    node("Interface", "price-api", protocol="REST"),
    node("Interface", "login-api", protocol="REST"),
    technology("rack"),
    technology("cloud"),
    node("TechnologyNode", "network", kind="network"),
    node("Service", "db-hosting", layer="technology"),
    rel("HAS_TOUCHPOINT", "Step:check", "Touchpoint:board"),
    rel("AFFECTS", "PainPoint:glare", "Touchpoint:board"),
    rel("AFFECTS", "PainPoint:crush", "Step:ride"),
    rel("SERVES", "Process:ops", "Touchpoint:board"),
    rel("SERVES", "Process:sales", "Step:check"),
    rel("SERVES", "Process:crew", "Step:ride"),
    rel("SERVES", "Process:audit", "Step:calm"),
    rel("USES", "Process:ops", "System:gates"),
    rel("USES", "Process:sales", "System:gates"),
    rel("USES", "Process:sales", "System:tills"),
    rel("USES", "Process:audit", "System:back-office"),
    rel("SERVES", "System:auth", "System:gates"),
    rel("EXPOSES", "System:sso", "Interface:login-api"),
    rel("SERVES", "Interface:login-api", "System:gates"),
    rel("SERVES", "System:pricing", "System:tills"),
    rel("EXPOSES", "System:pricing", "Interface:price-api"),
    rel("SERVES", "Interface:price-api", "System:tills"),
    rel("SERVES", "Interface:price-api", "Process:sales"),
    rel("SERVES", "System:gates", "System:tills"),
    rel("FLOWS_TO", "System:stock", "System:tills"),
    rel("DEPLOYED_ON", "System:gates", "TechnologyNode:rack"),
    rel("DEPLOYED_ON", "System:tills", "TechnologyNode:cloud"),
    rel("USES", "System:tills", "TechnologyNode:network"),
    rel("USES", "System:tills", "Service:db-hosting"),
    rel("SERVES", "System:tills", "System:reports"),
    rel("FLOWS_TO", "System:tills", "System:ledger"),
    rel("SERVES", "System:auth", "System:back-office"),
]


# Coverage's data gaps. Journey ``claims`` holds describe (touchpoint claim-form) and
# upload; journey ``other`` holds elsewhere; step ``loose`` is in no journey. Systems:
# core READS policy, crm WRITES address; the process assess READS claim-history (a
# process is no system); photos, quote and incident no one holds.
DATA_GAPS: list[WriteOp] = [
    node("Journey", "claims", state="current"),
    node("Journey", "other", state="current"),
    stage("report", 1),
    stage("elsewhere-stage", 1),
    step("describe", 1),
    step("upload", 2),
    step("elsewhere", 1),
    step("loose", 1),
    touchpoint("claim-form"),
    node("System", "core"),
    node("System", "crm"),
    node("Process", "assess", kind="core"),
    *(
        node("DataObject", key, kind="data_object")
        for key in ["policy", "claim-history", "photos", "address", "incident", "quote"]
    ),
    rel("HAS_STAGE", "Journey:claims", "Stage:report"),
    rel("HAS_STAGE", "Journey:other", "Stage:elsewhere-stage"),
    rel("HAS_STEP", "Stage:report", "Step:describe"),
    rel("HAS_STEP", "Stage:report", "Step:upload"),
    rel("HAS_STEP", "Stage:elsewhere-stage", "Step:elsewhere"),
    rel("HAS_TOUCHPOINT", "Step:describe", "Touchpoint:claim-form"),
    rel("READS", "System:core", "DataObject:policy"),
    rel("WRITES", "System:crm", "DataObject:address"),
    rel("READS", "Process:assess", "DataObject:claim-history"),
    rel("NEEDS", "Step:describe", "DataObject:policy"),
    rel("NEEDS", "Step:describe", "DataObject:claim-history"),
    rel("NEEDS", "Touchpoint:claim-form", "DataObject:photos"),
    rel("NEEDS", "Touchpoint:claim-form", "DataObject:address"),
    rel("CAPTURES", "Step:describe", "DataObject:incident"),
    rel("NEEDS", "Step:upload", "DataObject:photos"),
    rel("NEEDS", "Step:upload", "DataObject:policy"),
    rel("NEEDS", "Step:elsewhere", "DataObject:quote"),
    rel("NEEDS", "Step:loose", "DataObject:claim-history"),
]
