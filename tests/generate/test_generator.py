"""The model generator: deterministic, valid at every scale, growing linearly, realistic.

Same scale and seed give the identical document, another seed another one; scale 1 and
3 documents pass the model reader with no error and no reference outside the file, and
hold exactly the nodes and links the generator counted; counts grow about linearly with
the scale; journeys have 20-60 steps over 4-8 ordered stages chained by NEXT, each step
1-3 touchpoints on a channel; every KPI has at least 24 measurements; the hub system is
used by many processes; capability trees have three levels.
"""

import json
from collections import Counter
from functools import cache
from itertools import pairwise

import pytest

from graph_api.generate import WIDELY_USED_SYSTEM, GeneratedModel, generate_model
from graph_api.model_io import ModelDraft, read_model


@cache
def model(scale: int, seed: int = 0) -> GeneratedModel:
    return generate_model(scale, seed)


@cache
def draft(scale: int) -> ModelDraft:
    return read_model(model(scale).document)


def text(document: dict[str, object]) -> str:
    return json.dumps(document, sort_keys=True)


def test_the_same_seed_gives_the_same_document() -> None:
    assert text(generate_model(2, 42).document) == text(generate_model(2, 42).document)


def test_another_seed_gives_another_document() -> None:
    first, second = generate_model(1, 1), generate_model(1, 2)
    assert text(first.document) != text(second.document)
    # Same shape of organisation, other details: both still valid.
    assert not read_model(second.document).errors


@pytest.mark.parametrize("scale", [1, 3])
def test_documents_are_valid_and_counted(scale: int) -> None:
    read = draft(scale)
    assert read.errors == []
    assert read.external == {}
    generated = model(scale)
    assert len(read.nodes) == generated.node_count
    assert len(read.links) == generated.link_count
    assert Counter(ref.kind for ref in read.nodes) == generated.nodes


def test_scale_one_is_a_small_organisation() -> None:
    generated = model(1)
    assert 700 <= generated.node_count <= 1_300
    assert 2_000 <= generated.link_count <= 3_600
    assert generated.nodes["Journey"] == 3


def test_counts_grow_linearly_with_the_scale() -> None:
    one, three = model(1), model(3)
    assert 2.5 <= three.node_count / one.node_count <= 3.5
    assert 2.5 <= three.link_count / one.link_count <= 3.5
    for kind in ("Step", "Touchpoint", "Process", "Measurement", "PainPoint"):
        assert 2.3 <= three.nodes[kind] / one.nodes[kind] <= 3.7, kind


def test_scale_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="scale"):
        generate_model(0)


def links_of(read: ModelDraft, type_: str, source: str, target: str) -> list[tuple[str, str]]:
    return [
        (link.source.key, link.target.key)
        for link in read.links
        if (link.type, link.source.kind, link.target.kind) == (type_, source, target)
    ]


def grouped(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for owner, other in pairs:
        groups.setdefault(owner, []).append(other)
    return groups


def test_journeys_have_ordered_stages_and_20_to_60_chained_steps() -> None:
    read = draft(3)
    stages_of = grouped(links_of(read, "HAS_STAGE", "Journey", "Stage"))
    steps_of = grouped(links_of(read, "HAS_STEP", "Stage", "Step"))
    next_of = grouped(links_of(read, "NEXT", "Step", "Step"))
    props = {ref.key: op.props for ref, op in read.nodes.items() if ref.kind in ("Stage", "Step")}
    assert len(stages_of) == 9
    for stages in stages_of.values():
        assert 4 <= len(stages) <= 8
        assert sorted(props[s]["order"] for s in stages) == list(range(1, len(stages) + 1))
        steps = [step for stage in stages for step in steps_of[stage]]
        assert 20 <= len(steps) <= 60
        for stage in stages:
            orders = sorted(props[s]["order"] for s in steps_of[stage])
            assert orders == list(range(1, len(orders) + 1))
        # In stage order, each step but the last leads to the next one.
        ordered = [
            step
            for stage in sorted(stages, key=lambda s: props[s]["order"])
            for step in sorted(steps_of[stage], key=lambda s: props[s]["order"])
        ]
        for step, following in pairwise(ordered):
            assert following in next_of[step]
        assert ordered[-1] not in next_of


def test_every_step_has_one_to_three_touchpoints_each_on_a_channel() -> None:
    read = draft(1)
    touchpoints_of = grouped(links_of(read, "HAS_TOUCHPOINT", "Step", "Touchpoint"))
    channel_of = grouped(links_of(read, "ON_CHANNEL", "Touchpoint", "Channel"))
    steps = [ref.key for ref in read.nodes if ref.kind == "Step"]
    assert steps
    for step in steps:
        assert 1 <= len(touchpoints_of[step]) <= 3
        for touchpoint in touchpoints_of[step]:
            assert len(channel_of[touchpoint]) == 1


def test_every_kpi_has_at_least_24_measurements() -> None:
    read = draft(3)
    measurements_of = grouped(links_of(read, "HAS_MEASUREMENT", "KPI", "Measurement"))
    kpis = [ref.key for ref in read.nodes if ref.kind == "KPI"]
    assert len(kpis) >= 24
    assert all(len(measurements_of.get(kpi, [])) >= 24 for kpi in kpis)


def test_a_hub_system_is_used_by_many_processes() -> None:
    for scale in (1, 3):
        users = grouped([(s, p) for p, s in links_of(draft(scale), "USES", "Process", "System")])
        processes = model(scale).nodes["Process"]
        widest = max(users, key=lambda system: len(users[system]))
        assert widest == WIDELY_USED_SYSTEM
        assert len(users[WIDELY_USED_SYSTEM]) >= processes // 2


def test_capability_trees_have_three_levels_and_processes_realize_them() -> None:
    read = draft(1)
    level = {
        ref.key: op.props["level"] for ref, op in read.nodes.items() if ref.kind == "Capability"
    }
    for child, parent in links_of(read, "PART_OF", "Capability", "Capability"):
        assert level[child] == level[parent] + 1
    assert set(level.values()) == {1, 2, 3}
    assert links_of(read, "REALIZES", "Process", "Capability")
    assert links_of(read, "PART_OF", "Process", "Process")
    assert links_of(read, "MAPS_TO", "Stage", "ValueStreamStage")
    assert links_of(read, "SUPPORTS", "Evidence", "Step")
    assert links_of(read, "ADDRESSES", "BacklogItem", "PainPoint")
    assert links_of(read, "RELIEVES", "Opportunity", "PainPoint")
