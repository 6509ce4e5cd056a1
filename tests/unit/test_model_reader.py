"""The model reader (``read_model``) on small documents, without a store.

Covers inline nodes and the links they imply, key derivation (from the label, and
``<parent>-<label>`` for measurements), errors located by path, duplicate keys, unknown
sections, unknown property or relationship fields, malformed references, single-ended
relationships stated twice in one file (a step in two stages, a touchpoint on two
channels), references outside the file, and the order of the write operations.
"""

from typing import Any

from graph_api.model_io import FORMAT, ModelDraft, read_model
from graph_api.store.base import AddLink, NodeRef, UpsertNode

Link = tuple[str, str, str]
"""A link in short form: ``("HAS_STEP", "Stage:plan", "Step:check")``."""


def model(**sections: Any) -> dict[str, Any]:
    """A document of the current format with these sections."""
    return {"format": FORMAT, **sections}


def error_map(draft: ModelDraft) -> dict[str, str]:
    """The reader's errors by path (the tests below never repeat a path)."""
    errors = {e.path: e.message for e in draft.errors}
    assert len(errors) == len(draft.errors), draft.errors
    return errors


def links(draft: ModelDraft) -> set[Link]:
    return {
        (
            link.type,
            f"{link.source.kind}:{link.source.key}",
            f"{link.target.kind}:{link.target.key}",
        )
        for link in draft.links
    }


COMMUTE: dict[str, Any] = model(
    channels=[{"key": "mobile-app", "name": "Mobile app", "kind": "digital"}],
    journeys=[
        {
            "name": "Daily commute",
            "stages": [
                {
                    "name": "Plan the trip",
                    "order": 1,
                    "steps": [
                        {
                            "key": "check-departures",
                            "name": "Check departures",
                            "order": 1,
                            "emotion": 2,
                            "next": ["buy-ticket"],
                            "touchpoints": [{"name": "Departure board", "channel": "mobile-app"}],
                        },
                        {"key": "buy-ticket", "name": "Buy a ticket", "order": 2},
                    ],
                }
            ],
        }
    ],
)


def test_inline_nodes_are_read_with_derived_keys() -> None:
    draft = read_model(COMMUTE)
    assert draft.errors == []
    assert set(draft.nodes) == {
        NodeRef("Channel", "mobile-app"),
        NodeRef("Journey", "daily-commute"),
        NodeRef("Stage", "plan-the-trip"),
        NodeRef("Step", "check-departures"),
        NodeRef("Step", "buy-ticket"),
        NodeRef("Touchpoint", "departure-board"),
    }
    assert draft.nodes[NodeRef("Step", "check-departures")] == UpsertNode(
        "Step", "check-departures", {"name": "Check departures", "order": 1, "emotion": 2}
    )
    assert draft.external == {}


def test_inline_nodes_are_linked_to_their_parent() -> None:
    assert links(read_model(COMMUTE)) == {
        ("HAS_STAGE", "Journey:daily-commute", "Stage:plan-the-trip"),
        ("HAS_STEP", "Stage:plan-the-trip", "Step:check-departures"),
        ("HAS_STEP", "Stage:plan-the-trip", "Step:buy-ticket"),
        ("NEXT", "Step:check-departures", "Step:buy-ticket"),
        ("HAS_TOUCHPOINT", "Step:check-departures", "Touchpoint:departure-board"),
        ("ON_CHANNEL", "Touchpoint:departure-board", "Channel:mobile-app"),
    }


def test_ops_write_nodes_before_links() -> None:
    ops = read_model(COMMUTE).ops()
    kinds = [type(op) for op in ops]
    assert kinds == [UpsertNode] * 6 + [AddLink] * 6


def test_incoming_fields_are_stored_in_their_direction() -> None:
    draft = read_model(
        model(
            steps=[
                {
                    "key": "pay",
                    "name": "Pay",
                    "order": 1,
                    "painPoints": [{"key": "slow", "name": "Slow", "severity": 4}],
                }
            ]
        )
    )
    assert draft.errors == []
    assert links(draft) == {("AFFECTS", "PainPoint:slow", "Step:pay")}


def test_inline_measurements_are_keyed_by_kpi_and_date() -> None:
    draft = read_model(
        model(
            kpis=[
                {"key": "nps", "name": "NPS", "measurements": [{"value": 31, "at": "2026-03-31"}]}
            ]
        )
    )
    assert draft.errors == []
    assert NodeRef("Measurement", "nps-2026-03-31") in draft.nodes
    assert links(draft) == {("HAS_MEASUREMENT", "KPI:nps", "Measurement:nps-2026-03-31")}


def test_property_errors_are_located_by_path() -> None:
    document = model(
        journeys=[
            {
                "key": "commute",
                "name": "Commute",
                "stages": [
                    {"key": "a", "name": "A", "order": 1},
                    {
                        "key": "b",
                        "name": "B",
                        "order": 2,
                        "steps": [{"key": "s", "name": "S", "order": 1, "emotion": 9}],
                    },
                ],
            }
        ],
        painPoints=[{"key": "p", "name": "P", "severity": 0, "frequency": 2}],
    )
    assert error_map(read_model(document)) == {
        "journeys[0].stages[1].steps[0].emotion": "Input should be less than or equal to 5",
        "painPoints[0].severity": "Input should be greater than or equal to 1",
        "painPoints[0].frequency": "Input should be less than or equal to 1",
    }


def test_invalid_node_is_not_written() -> None:
    draft = read_model(model(channels=[{"key": "holo", "name": "Holo", "kind": "satellite"}]))
    assert list(error_map(draft)) == ["channels[0].kind"]
    assert draft.nodes == {}


def test_duplicate_keys_are_reported_with_the_first_place() -> None:
    draft = read_model(
        model(
            personas=[{"key": "commuter", "name": "A"}],
            journeys=[{"key": "j", "name": "J", "persona": {"key": "commuter", "name": "B"}}],
        )
    )
    assert error_map(draft) == {
        "journeys[0].persona": "Persona 'commuter' is defined twice (first at personas[0])"
    }


def test_same_key_in_two_kinds_is_fine() -> None:
    draft = read_model(
        model(
            personas=[{"key": "x", "name": "X"}],
            channels=[{"key": "x", "name": "X", "kind": "digital"}],
        )
    )
    assert draft.errors == []
    assert set(draft.nodes) == {NodeRef("Persona", "x"), NodeRef("Channel", "x")}


def test_unknown_section() -> None:
    errors = error_map(read_model(model(widgets=[{"name": "W"}])))
    assert list(errors) == ["widgets"]
    assert errors["widgets"].startswith("unknown section; known: backlogItems, capabilities,")


def test_missing_or_wrong_format() -> None:
    assert error_map(read_model({"personas": []})) == {
        "format": f"expected 'format: {FORMAT}', got None"
    }
    assert list(error_map(read_model({"format": "graph-api/v0"}))) == ["format"]


def test_document_and_section_shapes() -> None:
    assert error_map(read_model(["not", "a", "mapping"])) == {
        "": "a model file is a mapping of sections"
    }
    assert error_map(read_model(model(personas={"key": "p"}))) == {
        "personas": "a section is a list of nodes"
    }
    assert error_map(read_model(model(personas=["p"]))) == {
        "personas[0]": "a Persona is a mapping of its properties"
    }


def test_unknown_relationship_field_is_an_unknown_property() -> None:
    draft = read_model(model(steps=[{"key": "s", "name": "S", "order": 1, "channel": "web"}]))
    assert error_map(draft) == {"steps[0].channel": "Extra inputs are not permitted"}
    assert draft.links == {}


def test_bad_references() -> None:
    draft = read_model(
        model(stages=[{"key": "a", "name": "A", "order": 1, "steps": ["Not A Key", 42]}])
    )
    errors = error_map(draft)
    assert set(errors) == {"stages[0].steps[0]", "stages[0].steps[1]"}
    assert errors["stages[0].steps[0]"].startswith("'Not A Key' is not a valid key")
    assert errors["stages[0].steps[1]"] == (
        "expected a Step key, an inline node or {key: <key>, identifier: <text>}"
    )


def test_no_derivable_key() -> None:
    draft = read_model(model(personas=[{"name": "!!!"}]))
    assert error_map(draft) == {"personas[0].key": "no key given and none derivable"}


def test_references_outside_the_file_are_left_to_the_loader() -> None:
    draft = read_model(model(steps=[{"key": "s", "name": "S", "order": 1, "next": ["t"]}]))
    assert draft.errors == []
    assert draft.external == {NodeRef("Step", "t"): "steps[0].next[0]"}


def test_a_step_in_two_stages() -> None:
    draft = read_model(
        model(
            stages=[
                {
                    "key": "a",
                    "name": "A",
                    "order": 1,
                    "steps": [{"key": "s", "name": "S", "order": 1}],
                },
                {"key": "b", "name": "B", "order": 2, "steps": ["s"]},
            ]
        )
    )
    assert error_map(draft) == {
        "stages[1].steps[0]": "Step 's' may have one HAS_STEP source of kind Stage; "
        "the file gives 'a' and 'b'"
    }


def test_a_touchpoint_on_two_channels() -> None:
    draft = read_model(
        model(
            channels=[
                {"key": "web", "name": "Web", "kind": "digital", "touchpoints": ["tp"]},
                {"key": "app", "name": "App", "kind": "digital"},
            ],
            touchpoints=[{"key": "tp", "name": "Tp", "channel": "app"}],
        )
    )
    assert error_map(draft) == {
        "touchpoints[0].channel": "Touchpoint 'tp' may have one ON_CHANNEL target of kind "
        "Channel; the file gives 'web' and 'app'"
    }


def test_the_same_link_stated_twice_is_one_link() -> None:
    draft = read_model(
        model(
            stages=[{"key": "a", "name": "A", "order": 1, "steps": ["s"]}],
            steps=[{"key": "s", "name": "S", "order": 1, "stage": "a"}],
        )
    )
    assert draft.errors == []
    assert links(draft) == {("HAS_STEP", "Stage:a", "Step:s")}
    assert draft.links[AddLink("HAS_STEP", NodeRef("Stage", "a"), NodeRef("Step", "s"))] == (
        "stages[0].steps[0]"
    )
