"""Impact propagation as the metamodel states it: one direction per relationship type.

The impact traversal is built from two lists of types (walked forward, walked backward),
which holds only while every triple of a type propagates the same way; the table in
``docs/queries/impact.md`` must be the one the metamodel gives.
"""

from collections import defaultdict

import pytest

from graph_api.metamodel import RELATIONSHIPS, Propagation
from graph_api.metamodel import impact as impact_rules
from graph_api.metamodel.relationships import RelationshipSpec
from tests.conftest import ROOT

SAYS = {
    Propagation.TO_TARGET: "forward: a change to the source hits the target",
    Propagation.TO_SOURCE: "backward: a change to the target hits the source",
    Propagation.NONE: "none",
}


def propagation_table() -> str:
    """The Markdown table of ``docs/queries/impact.md``, one row per relationship type."""
    targets: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for rel in RELATIONSHIPS:
        targets[rel.type][rel.source].append(rel.target)
    rows = []
    for type_, by_source in sorted(targets.items()):
        ends = "; ".join(f"{s} → {', '.join(t)}" for s, t in by_source.items())
        rows.append(f"| `{type_}` | {ends} | {SAYS[impact_rules.propagation_by_type()[type_]]} |")
    header = "| relationship | from → to | impact propagates |\n|---|---|---|\n"
    return header + "\n".join(rows) + "\n"


def test_every_triple_of_a_type_propagates_the_same_way() -> None:
    by_type: dict[str, set[Propagation]] = defaultdict(set)
    for rel in RELATIONSHIPS:
        by_type[rel.type].add(rel.propagation)
    assert {t: len(p) for t, p in by_type.items() if len(p) != 1} == {}
    assert impact_rules.propagation_by_type() == {t: p.pop() for t, p in by_type.items()}


def test_the_two_lists() -> None:
    assert impact_rules.FORWARD_TYPES == (
        "ACCOMPLISHES",
        "CAPTURES",
        "EXPOSES",
        "FLOWS_TO",
        "FOR_PERSONA",
        "PART_OF",
        "PURSUES",
        "REALIZES",
        "SERVES",
        "TRIGGERS",
        "WRITES",
    )
    assert impact_rules.BACKWARD_TYPES == (
        "CHANGES",
        "DEPLOYED_ON",
        "ENABLED_BY",
        "HAS_JOB",
        "HAS_OUTCOME",
        "HAS_STAGE",
        "HAS_STEP",
        "HAS_TOUCHPOINT",
        "MAPS_TO",
        "MEASURES",
        "NEEDS",
        "ON_CHANNEL",
        "OWNS",
        "READS",
        "USES",
    )


def test_a_type_with_two_directions_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    clash = RelationshipSpec("SERVES", "Process", "Team", "teams", "served", "x", Propagation.NONE)
    monkeypatch.setattr(impact_rules, "RELATIONSHIPS", (*RELATIONSHIPS, clash))
    impact_rules.propagation_by_type.cache_clear()
    try:
        with pytest.raises(ValueError, match="SERVES propagates to_target on one triple"):
            impact_rules.propagation_by_type()
    finally:
        monkeypatch.undo()
        impact_rules.propagation_by_type.cache_clear()


def test_the_doc_table_is_the_metamodel() -> None:
    doc = (ROOT / "docs" / "queries" / "impact.md").read_text(encoding="utf-8")
    table = propagation_table()
    assert table in doc, f"docs/queries/impact.md should hold this table:\n{table}"
