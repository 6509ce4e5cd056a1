"""The model reader reports every error of a document in one reading, in document order.

A node whose key is missing or invalid still has its properties and links read (an
unknown reference next to a bad key is reported too); a key derived from a refused key
adds no error of its own; hierarchy links (PART_OF) closing a cycle within the file are
refused at the link the file states last, the cycle named. The VALIDATION answer lists
at most MAX_LISTED_ERRORS errors and how many more there are.
"""

from typing import Any

import pytest

from graph_api.errors import MAX_LISTED_ERRORS, FieldError, ValidationFailed
from graph_api.metamodel import NODE_KINDS, RELATIONSHIPS
from graph_api.model_io import FORMAT, read_model
from graph_api.store.base import AddLink, NodeRef

HIERARCHIES = [spec for spec in RELATIONSHIPS if spec.acyclic]


def errors_of(document: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e.path, e.message) for e in read_model(document).errors]


def paths_of(document: dict[str, Any]) -> list[str]:
    return [e.path for e in read_model(document).errors]


def test_a_bad_key_does_not_hide_the_node_s_properties_and_links() -> None:
    draft = read_model(
        {
            "format": FORMAT,
            "personas": [
                {"key": "Bad Key!", "name": "", "jobs": ["unknown-job", "Bad Job", {"x": 1}]}
            ],
        }
    )
    assert [e.path for e in draft.errors] == [
        "personas[0].key",
        "personas[0].name",
        "personas[0].jobs[1]",
        "personas[0].jobs[2].statement",  # no key derivable: the statement's error says so
        "personas[0].jobs[2].x",
    ]
    # The unknown job is left for the loader to look up in the store; the persona with
    # the bad key is not (nothing can refer to it).
    assert draft.external == {NodeRef("Job", "unknown-job"): "personas[0].jobs[0]"}
    assert draft.nodes == {}


def test_a_missing_key_does_not_hide_the_node_s_links() -> None:
    draft = read_model(
        {
            "format": FORMAT,
            "personas": [{"segment": "Shift workers", "jobs": ["unknown-job"]}],
            "painPoints": [{"name": "!!!", "severity": 2, "steps": ["nowhere"]}],
        }
    )
    assert [(e.path, e.message) for e in draft.errors] == [
        ("personas[0].name", "Field required"),  # no name, so no key derived from it
        ("painPoints[0].key", "no key given and none derivable"),  # "!!!" gives no key
    ]
    assert set(draft.external) == {NodeRef("Job", "unknown-job"), NodeRef("Step", "nowhere")}


def test_an_empty_label_is_one_error_not_two() -> None:
    """No key can be derived from an empty name: the name's error says so."""
    assert paths_of({"format": FORMAT, "personas": [{"name": ""}]}) == ["personas[0].name"]


def test_keys_derived_from_a_refused_key_add_no_error() -> None:
    """A KPI's measurements take the KPI's key; under a refused KPI key they are still
    checked (their own errors reported) without an error for the derived key."""
    errors = errors_of(
        {
            "format": FORMAT,
            "kpis": [
                {
                    "key": "NPS!",
                    "name": "NPS",
                    "unit": "points",
                    "direction": "higher_is_better",
                    "measurements": [
                        {"at": "2026-01-31", "value": 31},
                        {"at": "not a date", "value": 30},
                    ],
                }
            ],
        }
    )
    assert [path for path, _ in errors] == ["kpis[0].key", "kpis[0].measurements[1].at"]


def test_many_errors_across_nodes_and_kinds_in_document_order() -> None:
    document = {
        "format": FORMAT,
        "channels": [
            {"key": "web", "name": "Web", "kind": "digital"},
            {"key": "Web", "name": "Web again", "kind": "hologram"},
            {"key": "web", "name": "Web twice", "kind": "digital"},
        ],
        "touchpoints": [
            {"key": "tp", "name": "Board", "channel": ["web", "app"]},
            {"key": "tp2", "name": "Kiosk", "channel": "No Such!"},
        ],
        "personas": [
            {"key": "p!", "name": "", "jobs": ["missing-job"]},
            {"key": "ok", "name": "Fine", "colour": "blue"},
        ],
        "processes": [
            {"key": "a", "name": "A", "parent": "b"},
            {"key": "b", "name": "B", "parent": "a"},
        ],
        "painPoints": [{"key": "slow", "name": "Slow", "severity": 9, "frequency": -1}],
    }
    assert paths_of(document) == [
        "channels[1].key",
        "channels[1].kind",
        "channels[2]",  # defined twice
        "touchpoints[0].channel[1]",  # a touchpoint has one channel
        "touchpoints[1].channel",  # not a key
        "personas[0].key",
        "personas[0].name",
        "personas[1].colour",
        "processes[1].parent",  # the cycle a -> b -> a, closed here
        "painPoints[0].severity",
        "painPoints[0].frequency",
    ]
    draft = read_model(document)
    assert draft.external == {
        NodeRef("Channel", "app"): "touchpoints[0].channel[1]",
        NodeRef("Job", "missing-job"): "personas[0].jobs[0]",
    }


def test_errors_found_later_sort_by_their_place_in_the_document() -> None:
    """Checks made after reading (one stage per step, cycles) and references looked up
    in the store afterwards go where the document states them."""
    draft = read_model(
        {
            "format": FORMAT,
            "stages": [
                {"key": "s1", "name": "S1", "order": 1, "steps": ["shared"]},
                {"key": "s2", "name": "S2", "order": 2, "steps": ["shared", "ghost"]},
            ],
            "steps": [{"key": "shared", "name": "Shared", "order": 1, "emotion": 0}],
        }
    )
    assert [e.path for e in draft.errors] == ["stages[1].steps[0]", "steps[0].emotion"]
    missing = FieldError(draft.external[NodeRef("Step", "ghost")], "not in the store")
    ordered = draft.in_document_order([*draft.errors, missing])
    assert [e.path for e in ordered] == [
        "stages[1].steps[0]",
        "stages[1].steps[1]",
        "steps[0].emotion",
    ]


@pytest.mark.parametrize("spec", HIERARCHIES, ids=lambda s: s.source)
def test_a_node_part_of_itself_is_refused(spec: Any) -> None:
    section = NODE_KINDS[spec.source].plural
    label = NODE_KINDS[spec.source].label_field
    node = {"key": "p3", label: "P3", spec.out_field: "p3"}
    if spec.source == "Capability":
        node["level"] = 1
    assert errors_of({"format": FORMAT, section: [node]}) == [
        (
            f"{section}[0].{spec.out_field}",
            f"{spec.source} 'p3' PART_OF {spec.source} 'p3' would make a cycle: p3 → p3",
        )
    ]


def test_each_cycle_is_named_once_from_the_link_stated_last() -> None:
    processes = [
        {"key": "p1", "name": "P1", "parent": "p2"},
        {"key": "p2", "name": "P2", "parent": "p3"},
        {"key": "p3", "name": "P3", "parent": "p1"},  # closes p1 -> p2 -> p3 -> p1
        {"key": "q1", "name": "Q1", "children": ["q2"]},  # q2 PART_OF q1
        {"key": "q2", "name": "Q2", "children": ["q1"]},  # q1 PART_OF q2: closes it
        {"key": "r1", "name": "R1", "parent": "p1"},  # under a cycle, not in it
        {"key": "ok", "name": "Fine", "children": ["ok-child"]},
        {"key": "ok-child", "name": "Fine child"},
    ]
    assert errors_of({"format": FORMAT, "processes": processes}) == [
        (
            "processes[2].parent",
            "Process 'p3' PART_OF Process 'p1' would make a cycle: p3 → p1 → p2 → p3",
        ),
        (
            "processes[4].children[0]",
            "Process 'q1' PART_OF Process 'q2' would make a cycle: q1 → q2 → q1",
        ),
    ]


def test_a_long_chain_and_a_long_cycle_are_read_without_recursion() -> None:
    depth = 20_000
    chain = [{"key": f"c{i}", "name": f"C{i}", "parent": f"c{i + 1}"} for i in range(depth)]
    chain.append({"key": f"c{depth}", "name": "Top"})
    assert errors_of({"format": FORMAT, "processes": chain}) == []
    chain[-1]["parent"] = "c0"
    errors = errors_of({"format": FORMAT, "processes": chain})
    assert len(errors) == 1
    path, message = errors[0]
    assert path == f"processes[{depth}].parent"
    assert message.endswith(
        f"c{depth} → c0 → c1 → c2 → " + " → ".join(f"c{i}" for i in range(3, depth + 1))
    )


def test_cycles_of_other_relationships_are_allowed() -> None:
    """Steps may loop (NEXT allows branches and returns): only hierarchies are acyclic."""
    steps = [
        {"key": "try", "name": "Try", "order": 1, "next": ["check"]},
        {"key": "check", "name": "Check", "order": 2, "next": ["try"]},
    ]
    assert errors_of({"format": FORMAT, "steps": steps}) == []


def test_validation_lists_at_most_the_cap_and_says_how_many_more() -> None:
    total = 3 * MAX_LISTED_ERRORS + 7
    document = {
        "format": FORMAT,
        "personas": [{"key": f"P{i}!", "name": f"P{i}"} for i in range(total)],
    }
    errors = read_model(document).errors
    assert len(errors) == total  # all found...
    exc = ValidationFailed(errors, f"invalid ({total} errors)")
    listed = exc.extensions["errors"]
    assert len(listed) == MAX_LISTED_ERRORS + 1  # ... the answer stays small
    assert [e["path"] for e in listed[:MAX_LISTED_ERRORS]] == [
        f"personas[{i}].key" for i in range(MAX_LISTED_ERRORS)
    ]
    assert listed[-1] == {"path": "", "message": f"... and {total - MAX_LISTED_ERRORS} more errors"}
    assert exc.extensions["errorCount"] == total
    assert exc.errors == errors  # the caller still has them all


def test_the_cap_says_one_more_error_in_the_singular() -> None:
    errors = [FieldError(f"x[{i}]", "bad") for i in range(MAX_LISTED_ERRORS + 1)]
    assert ValidationFailed(errors).listed[-1].message == "... and 1 more error"
    under = ValidationFailed(errors[:MAX_LISTED_ERRORS])
    assert under.listed == errors[:MAX_LISTED_ERRORS]
    assert "errorCount" not in under.extensions


def test_a_link_of_a_refused_node_is_still_checked_for_cardinality() -> None:
    """A touchpoint with a bad key and two channels: both problems reported."""
    draft = read_model(
        {
            "format": FORMAT,
            "channels": [
                {"key": "web", "name": "Web", "kind": "digital"},
                {"key": "app", "name": "App", "kind": "digital"},
            ],
            "touchpoints": [{"key": "TP", "name": "Board", "channel": ["web", "app"]}],
        }
    )
    assert [e.path for e in draft.errors] == ["touchpoints[0].key", "touchpoints[0].channel[1]"]
    assert AddLink("ON_CHANNEL", NodeRef("Touchpoint", "TP"), NodeRef("Channel", "web")) in (
        draft.links
    )


def test_keys_that_are_not_text_stand_in_for_no_node() -> None:
    """``key: 5`` or a list is refused; the node is still read and nothing can name it."""
    draft = read_model(
        {
            "format": FORMAT,
            "personas": [
                {"key": 5, "name": "Five", "jobs": ["job-a"]},
                {"key": ["x"], "name": "List", "jobs": ["job-b"], "colour": "red"},
            ],
            "jobs": [{"key": "5", "statement": "A real job keyed 5", "personas": ["5"]}],
        }
    )
    assert [e.path for e in draft.errors] == [
        "personas[0].key",
        "personas[1].key",
        "personas[1].colour",
    ]
    assert set(draft.external) == {
        NodeRef("Job", "job-a"),
        NodeRef("Job", "job-b"),
        NodeRef("Persona", "5"),  # the valid key "5" names no persona of the file
    }
