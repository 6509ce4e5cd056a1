"""The metamodel as data: its kinds, its allowed triples and their cardinalities.

Covers ``check_metamodel()`` being empty, the node kinds and every relationship triple of
the design brief (``/work/shared/DESIGN.md``) being exactly those the code allows, a few
wrong triples being refused, and the single-ended relationships (a step's stage, a
touchpoint's channel, ...).
"""

import pytest

from graph_api.metamodel import (
    NODE_KINDS,
    RELATIONSHIPS,
    check_metamodel,
    find_relationship,
    node_spec,
    outgoing_fields,
    relationship_fields,
)

Triple = tuple[str, str, str]

DESIGN_KINDS = {
    "Persona",
    "Job",
    "Outcome",
    "Journey",
    "Stage",
    "Step",
    "Channel",
    "Touchpoint",
    "PainPoint",
    "Evidence",
    "Capability",
    "Process",
    "System",
    "Team",
    "ValueStream",
    "ValueStreamStage",
    "KPI",
    "Measurement",
    "BacklogItem",
    "Opportunity",
}

ENTERPRISE_KINDS = {"Service", "Interface", "DataObject", "TechnologyNode", "Event"}
"""The enterprise side in depth, beyond the design brief (docs/metamodel.md says why)."""

VIEW_KINDS = {"View"}
"""Diagrams of the graph, as modelling tools draw them."""


def _fan_out(source: str, type_: str, targets: str) -> list[Triple]:
    """``("KPI", "MEASURES", "Process Step")`` -> one triple per target kind."""
    return [(source, type_, target) for target in targets.split()]


DESIGN_TRIPLES: list[Triple] = [
    ("Persona", "HAS_JOB", "Job"),
    ("Job", "HAS_OUTCOME", "Outcome"),
    ("Journey", "FOR_PERSONA", "Persona"),
    ("Journey", "ACCOMPLISHES", "Job"),
    ("Journey", "HAS_STAGE", "Stage"),
    ("ValueStream", "HAS_STAGE", "ValueStreamStage"),
    ("Stage", "HAS_STEP", "Step"),
    ("Step", "NEXT", "Step"),
    ("ValueStreamStage", "NEXT", "ValueStreamStage"),
    ("Step", "HAS_TOUCHPOINT", "Touchpoint"),
    ("Touchpoint", "ON_CHANNEL", "Channel"),
    ("Step", "PURSUES", "Outcome"),
    *_fan_out("PainPoint", "AFFECTS", "Step Touchpoint"),
    *_fan_out("Evidence", "SUPPORTS", "Step Touchpoint PainPoint Outcome"),
    *_fan_out("Process", "SERVES", "Touchpoint Step"),
    ("Process", "REALIZES", "Capability"),
    ("Process", "USES", "System"),
    ("Process", "PART_OF", "Process"),
    ("Capability", "PART_OF", "Capability"),
    ("BacklogItem", "PART_OF", "BacklogItem"),
    *_fan_out("Team", "OWNS", "Journey Step Process Capability System KPI ValueStream"),
    ("ValueStreamStage", "ENABLED_BY", "Capability"),
    ("Stage", "MAPS_TO", "ValueStreamStage"),
    *_fan_out("KPI", "MEASURES", "Process ValueStreamStage Step Touchpoint Journey"),
    ("KPI", "HAS_MEASUREMENT", "Measurement"),
    *_fan_out("BacklogItem", "ADDRESSES", "PainPoint Step Outcome Opportunity"),
    *_fan_out("BacklogItem", "CHANGES", "Process System Capability Touchpoint"),
    ("Opportunity", "ARISES_AT", "Step"),
    ("Opportunity", "TARGETS", "Outcome"),
    ("Opportunity", "RELIEVES", "PainPoint"),
]

ENTERPRISE_TRIPLES: list[Triple] = [
    *_fan_out("System", "SERVES", "System"),
    ("System", "FLOWS_TO", "System"),
    ("System", "TRIGGERS", "System"),
    ("System", "PART_OF", "System"),
    ("System", "EXPOSES", "Interface"),
    *_fan_out("Interface", "SERVES", "System Process"),
    ("Process", "FLOWS_TO", "Process"),
    *_fan_out("Process", "TRIGGERS", "Process Event"),
    ("System", "TRIGGERS", "Event"),
    ("Step", "TRIGGERS", "Event"),
    *_fan_out("Event", "TRIGGERS", "Process System"),
    *_fan_out("REALIZER", "REALIZES", "Service"),
    *_fan_out("System", "REALIZES", "Capability"),
    ("Service", "REALIZES", "Capability"),
    *_fan_out("USER", "USES", "Service"),
    ("System", "USES", "TechnologyNode"),
    *_fan_out("Process", "READS", "DataObject"),
    ("System", "READS", "DataObject"),
    *_fan_out("Process", "WRITES", "DataObject"),
    ("System", "WRITES", "DataObject"),
    *_fan_out("Step", "NEEDS", "DataObject"),
    ("Touchpoint", "NEEDS", "DataObject"),
    ("Step", "CAPTURES", "DataObject"),
    ("Touchpoint", "CAPTURES", "DataObject"),
    *_fan_out("System", "DEPLOYED_ON", "TechnologyNode"),
    ("DataObject", "DEPLOYED_ON", "TechnologyNode"),
    ("TechnologyNode", "DEPLOYED_ON", "TechnologyNode"),
    ("TechnologyNode", "SERVES", "TechnologyNode"),
    ("Team", "PART_OF", "Team"),
    ("Team", "PLAYS", "Team"),
    *_fan_out("Team", "OWNS", "Service DataObject TechnologyNode"),
    *_fan_out("BacklogItem", "CHANGES", "Service DataObject TechnologyNode"),
]
"""The enterprise side in depth: dependencies between systems, process flow, services,
data, technology, organisation, events (docs/metamodel.md)."""
ENTERPRISE_TRIPLES = [
    (source, type_, target)
    for pattern, type_, target in ENTERPRISE_TRIPLES
    for source in {
        "REALIZER": ("Process", "System", "TechnologyNode"),
        "USER": ("Process", "System", "Step", "Touchpoint"),
    }.get(pattern, (pattern,))
]

WRONG_TRIPLES: list[Triple] = [
    ("Step", "HAS_STEP", "Stage"),  # reversed
    ("Journey", "HAS_STEP", "Step"),  # skips the stage
    ("Touchpoint", "ON_CHANNEL", "Step"),  # wrong target kind
    ("Persona", "OWNS", "Journey"),  # only teams own
    ("Step", "NEXT", "Stage"),
    ("Process", "USES", "Capability"),
    ("Step", "NO_SUCH_TYPE", "Step"),
]


def test_check_metamodel_finds_no_problem() -> None:
    assert check_metamodel() == []


VIEW_TRIPLES: list[Triple] = [
    ("View", "SHOWS", kind) for kind in sorted(DESIGN_KINDS | ENTERPRISE_KINDS)
]
"""A view shows nodes of every other kind."""


def test_node_kinds_are_those_of_the_design() -> None:
    assert set(NODE_KINDS) == DESIGN_KINDS | ENTERPRISE_KINDS | VIEW_KINDS


def test_the_design_lists_each_triple_once() -> None:
    assert len(DESIGN_TRIPLES) == len(set(DESIGN_TRIPLES)) == 51
    assert len(ENTERPRISE_TRIPLES) == len(set(ENTERPRISE_TRIPLES)) == 44
    assert not set(DESIGN_TRIPLES) & set(ENTERPRISE_TRIPLES)
    assert len(VIEW_TRIPLES) == 25


@pytest.mark.parametrize(
    "triple", DESIGN_TRIPLES + ENTERPRISE_TRIPLES + VIEW_TRIPLES, ids=lambda t: "-".join(t)
)
def test_every_design_triple_is_allowed(triple: Triple) -> None:
    spec = find_relationship(*triple)
    assert spec is not None
    assert spec.triple == triple


def test_the_metamodel_allows_no_triple_beyond_the_design() -> None:
    assert {r.triple for r in RELATIONSHIPS} == set(
        DESIGN_TRIPLES + ENTERPRISE_TRIPLES + VIEW_TRIPLES
    )


@pytest.mark.parametrize("triple", WRONG_TRIPLES, ids=lambda t: "-".join(t))
def test_wrong_triples_are_not_allowed(triple: Triple) -> None:
    assert find_relationship(*triple) is None


@pytest.mark.parametrize(
    ("kind", "field", "other_kind"),
    [
        ("Step", "stage", "Stage"),
        ("Touchpoint", "channel", "Channel"),
        ("Touchpoint", "step", "Step"),
        ("Journey", "persona", "Persona"),
        ("Stage", "journey", "Journey"),
        ("Outcome", "job", "Job"),
        ("Measurement", "kpi", "KPI"),
        ("Process", "parent", "Process"),
    ],
)
def test_single_ended_fields(kind: str, field: str, other_kind: str) -> None:
    spec = relationship_fields(kind)[field]
    assert spec.single is True
    assert spec.other_kind == other_kind


@pytest.mark.parametrize(
    ("kind", "field"),
    [("Stage", "steps"), ("Step", "touchpoints"), ("Channel", "touchpoints"), ("Step", "next")],
)
def test_many_ended_fields(kind: str, field: str) -> None:
    assert relationship_fields(kind)[field].single is False


def test_relationship_fields_seen_from_both_ends() -> None:
    out = relationship_fields("Step")["touchpoints"]
    back = relationship_fields("Touchpoint")["step"]
    assert (out.direction, back.direction) == ("out", "in")
    assert out.relationship is back.relationship
    assert out.relationship.triple == ("Step", "HAS_TOUCHPOINT", "Touchpoint")


def test_outgoing_fields_of_a_step() -> None:
    assert sorted(outgoing_fields("Step")) == [
        "capturesData",
        "needsData",
        "next",
        "outcomes",
        "raisesEvents",
        "touchpoints",
        "usesServices",
    ]


def test_node_spec_names_plural_singular_and_label() -> None:
    spec = node_spec("PainPoint")
    assert (spec.plural, spec.singular, spec.label_field) == ("painPoints", "painPoint", "name")
    assert node_spec("Evidence").singular == "evidenceRecord"
    assert node_spec("KPI").singular == "kpi"
    with pytest.raises(KeyError, match="unknown node kind 'Nope'"):
        node_spec("Nope")
