"""Stored data that breaks the schema's type rules, written past the API's validation.

The store's own write operations keep whatever properties they are given, so these
nodes reach the GraphQL layer exactly as a hand-edited database or an older release
could leave them: a step without its non-null ``name``, enum values the GraphQL enum
does not have, numbers where an ``Int!`` cannot hold them, text in a ``Boolean!``.
"""

from graph_api.store.base import AddLink, GraphStore, NodeRef, UpsertNode, WriteOp

NAMELESS_STEP = "s-2"
"""The second step (by order) of stage ``st``: it has no ``name``."""


def _node(node_kind: str, key: str, **props: object) -> UpsertNode:
    return UpsertNode(node_kind, key, props)


def _link(type_: str, source: tuple[str, str], target: tuple[str, str]) -> AddLink:
    return AddLink(type_, NodeRef(*source), NodeRef(*target))


ODD_GRAPH: list[WriteOp] = [
    # Journey j-good > stage st > steps s-1 .. s-4 (s-2 without name, s-4 named 42).
    _node("Journey", "j-good", name="Good journey", state="current"),
    _node("Stage", "st", name="Stage", order=1),
    _node("Step", "s-1", name="First", order=1),
    _node("Step", NAMELESS_STEP, order=2),
    _node("Step", "s-3", name="Third", order=3, emotion="sad"),
    _node("Step", "s-4", name=42, order=4),
    _link("HAS_STAGE", ("Journey", "j-good"), ("Stage", "st")),
    *(
        _link("HAS_STEP", ("Stage", "st"), ("Step", key))
        for key in ("s-1", NAMELESS_STEP, "s-3", "s-4")
    ),
    # Pain points on s-1 and s-3 with severities an Int! cannot hold.
    _node("PainPoint", "pp-ok", name="Fine", severity=2),
    _node("PainPoint", "pp-weird", name="Weird", severity="weird"),
    _node("PainPoint", "pp-float", name="Half", severity=2.5),
    _node("PainPoint", "pp-big", name="Huge", severity=2**40),
    _link("AFFECTS", ("PainPoint", "pp-ok"), ("Step", "s-1")),
    _link("AFFECTS", ("PainPoint", "pp-weird"), ("Step", "s-1")),
    _link("AFFECTS", ("PainPoint", "pp-float"), ("Step", "s-3")),
    _link("AFFECTS", ("PainPoint", "pp-big"), ("Step", "s-3")),
    # Pain pp-b > step s-b > stage st-b > journey j-bad (no name): three levels down.
    _node("Journey", "j-bad", state="current"),
    _node("Stage", "st-b", name="Orphan stage", order=1),
    _node("Step", "s-b", name="Lone step", order=1),
    _node("PainPoint", "pp-b", name="Pain", severity=3),
    _link("HAS_STAGE", ("Journey", "j-bad"), ("Stage", "st-b")),
    _link("HAS_STEP", ("Stage", "st-b"), ("Step", "s-b")),
    _link("AFFECTS", ("PainPoint", "pp-b"), ("Step", "s-b")),
    # Systems: one with a lifecycle the enum lacks, served by a valid one.
    _node("System", "sys-odd", name="Odd", lifecycle="nope"),
    _node("System", "sys-ok", name="Ok", lifecycle="active"),
    _link("SERVES", ("System", "sys-ok"), ("System", "sys-odd")),
    # A touchpoint with text in its Boolean!, on a channel of an unknown kind.
    _node("Touchpoint", "tp", name="Touch", differentiating="yes"),
    _node("Channel", "ch-odd", name="Odd channel", kind="nope"),
    _link("HAS_TOUCHPOINT", ("Step", "s-3"), ("Touchpoint", "tp")),
    _link("ON_CHANNEL", ("Touchpoint", "tp"), ("Channel", "ch-odd")),
]


async def write_odd_graph(store: GraphStore) -> None:
    """Write :data:`ODD_GRAPH` with the store's own operations (no metamodel check)."""
    result = await store.write(ODD_GRAPH)
    assert len(result.created) == sum(isinstance(op, UpsertNode) for op in ODD_GRAPH)
