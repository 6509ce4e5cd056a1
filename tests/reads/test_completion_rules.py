"""Answers read through a read plan keep GraphQL's error and null rules.

Over stored data that breaks the schema's type rules (tests/reads/odd_data.py), each
request is answered by the read-plan app exactly as by the level-by-level resolvers
(the reference): same ``data``, same errors with the same ``path``, in the same order.
Where the spec fixes the outcome, the concrete answer is checked too, so that the two
apps cannot agree on a wrong one: a non-null field's null goes up to the nearest
nullable parent, a list with a non-null item type loses the whole list, an alias is the
path's name, a skipped field raises nothing.
"""

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from graph_api.store.base import GraphStore
from tests.reads.odd_data import NAMELESS_STEP, write_odd_graph
from tests.reads.paired_apps import PairedApps, answer, as_dicts, difference, paired_apps


@dataclass(frozen=True)
class Case:
    name: str
    document: str
    variables: dict[str, Any] = field(default_factory=dict)
    data: Any = ...
    """The expected ``data`` (``...``: only compared with the reference)."""
    paths: list[list[str | int]] | None = None
    """The expected errors' paths, in order (None: only compared with the reference)."""


STEP_FIELDS = "... on Step { name order } ... on Stage { name order }"

CASES = [
    Case(
        "non-null scalar of a lookup: the lookup is null",
        f'{{ step(key: "{NAMELESS_STEP}") {{ key name }} }}',
        data={"step": None},
        paths=[["step", "name"]],
    ),
    Case(
        "a number in a String! is written as a string",
        '{ step(key: "s-4") { key name } }',
        data={"step": {"key": "s-4", "name": "42"}},
        paths=[],
    ),
    Case(
        "depth 1, list item: the non-null list goes, up to the nullable stage",
        '{ stage(key: "st") { key steps { key name } } }',
        data={"stage": None},
        paths=[["stage", "steps", 1, "name"]],
    ),
    Case(
        "depth 2, through two non-null lists",
        '{ journey(key: "j-good") { key stages { key steps { key name } } } }',
        data={"journey": None},
        paths=[["journey", "stages", 0, "steps", 1, "name"]],
    ),
    Case(
        "depth 3: the nearest nullable parent (a single relationship) is null",
        '{ painPoint(key: "pp-b") { name steps { name stage { name journey { key name } } } } }',
        data={
            "painPoint": {
                "name": "Pain",
                "steps": [
                    {"name": "Lone step", "stage": {"name": "Orphan stage", "journey": None}}
                ],
            }
        },
        paths=[["painPoint", "steps", 0, "stage", "journey", "name"]],
    ),
    Case(
        "depth 3 nullable scalar: only the field is null",
        '{ journey(key: "j-good") { stages { steps { key emotion } } } }',
        data={
            "journey": {
                "stages": [
                    {
                        "steps": [
                            {"key": "s-1", "emotion": None},
                            {"key": NAMELESS_STEP, "emotion": None},
                            {"key": "s-3", "emotion": None},
                            {"key": "s-4", "emotion": None},
                        ]
                    }
                ]
            }
        },
        paths=[["journey", "stages", 0, "steps", 2, "emotion"]],
    ),
    Case(
        "bad Int! values in several list items",
        '{ stage(key: "st") { steps { key painPoints { key severity } } } }',
        data={"stage": None},
    ),
    Case(
        "Int! holding a fraction",
        '{ painPoint(key: "pp-float") { key severity } }',
        data={"painPoint": None},
        paths=[["painPoint", "severity"]],
    ),
    Case(
        "Int! holding more than 32 bits",
        '{ painPoint(key: "pp-big") { key severity } }',
        data={"painPoint": None},
        paths=[["painPoint", "severity"]],
    ),
    Case(
        "an enum value the enum does not have",
        '{ system(key: "sys-odd") { key lifecycle } }',
        data={"system": None},
        paths=[["system", "lifecycle"]],
    ),
    Case(
        "an unknown enum value in a list item",
        '{ system(key: "sys-ok") { key servesSystems { key lifecycle } } }',
        data={"system": None},
        paths=[["system", "servesSystems", 0, "lifecycle"]],
    ),
    Case(
        "a nullable single relationship takes the null",
        '{ touchpoint(key: "tp") { key channel { key kind } } }',
        data={"touchpoint": {"key": "tp", "channel": None}},
        paths=[["touchpoint", "channel", "kind"]],
    ),
    Case(
        "text in a Boolean!",
        '{ touchpoint(key: "tp") { key differentiating } }',
        data={"touchpoint": None},
        paths=[["touchpoint", "differentiating"]],
    ),
    Case(
        "aliases name the path",
        f'{{ broken: step(key: "{NAMELESS_STEP}") {{ key label: name }} '
        'fine: step(key: "s-1") { title: name } }',
        data={"broken": None, "fine": {"title": "First"}},
        paths=[["broken", "label"]],
    ),
    Case(
        "one field under two aliases with other arguments",
        '{ stage(key: "st") { named: steps(where: {name: {isNull: false}}) { key } '
        "all: steps(orderBy: [{key: DESC}]) { key name } } }",
        data={"stage": None},
        paths=[["stage", "all", 2, "name"]],
    ),
    Case(
        "@skip(if: true) around the bad field: no error",
        f'query($hide: Boolean!) {{ step(key: "{NAMELESS_STEP}") '
        "{ key name @skip(if: $hide) } }",
        {"hide": True},
        data={"step": {"key": NAMELESS_STEP}},
        paths=[],
    ),
    Case(
        "@skip(if: false) around the bad field: the error",
        f'query($hide: Boolean!) {{ step(key: "{NAMELESS_STEP}") '
        "{ key name @skip(if: $hide) } }",
        {"hide": False},
        data={"step": None},
        paths=[["step", "name"]],
    ),
    Case(
        "@include(if: false) around a relationship holding the bad item",
        'query($show: Boolean!) { stage(key: "st") { key steps @include(if: $show) { name } } }',
        {"show": False},
        data={"stage": {"key": "st"}},
        paths=[],
    ),
    Case(
        "@include(if: true) around a relationship holding the bad item",
        'query($show: Boolean!) { stage(key: "st") { key steps @include(if: $show) { name } } }',
        {"show": True},
        data={"stage": None},
        paths=[["stage", "steps", 1, "name"]],
    ),
    Case(
        "node(id:) with fragments on two types: the bad node is null",
        f'{{ node(id: "Step:{NAMELESS_STEP}") {{ __typename id {STEP_FIELDS} }} }}',
        data={"node": None},
        paths=[["node", "name"]],
    ),
    Case(
        "node(id:) with fragments on two types: a good node of the other type",
        f'{{ node(id: "Stage:st") {{ __typename {STEP_FIELDS} }} }}',
        data={"node": {"__typename": "Stage", "name": "Stage", "order": 1}},
        paths=[],
    ),
    Case(
        "nodes(ids:): nullable items, each bad one null with its own error",
        f'{{ nodes(ids: ["Step:s-1", "Step:{NAMELESS_STEP}", "System:sys-odd"]) '
        "{ __typename ... on Step { name } ... on System { lifecycle } } }",
        data={"nodes": [{"__typename": "Step", "name": "First"}, None, None]},
        paths=[["nodes", 1, "name"], ["nodes", 2, "lifecycle"]],
    ),
    Case(
        "an inline fragment on Node beside the bad field",
        f'{{ step(key: "{NAMELESS_STEP}") {{ ... on Node {{ __typename id }} '
        "... on Step { name } } }",
        data={"step": None},
        paths=[["step", "name"]],
    ),
    Case(
        "named fragments around the bad field",
        '{ stage(key: "st") { ...StageSteps } } '
        "fragment StageSteps on Stage { key steps { ...StepName } } "
        "fragment StepName on Step { key name }",
        data={"stage": None},
        paths=[["stage", "steps", 1, "name"]],
    ),
    Case(
        "a connection's edges: the null goes up through edge, edges and connection",
        '{ stage(key: "st") { key stepsConnection(first: 5) '
        "{ totalCount edges { cursor node { name } } } } }",
        data={"stage": None},
        paths=[["stage", "stepsConnection", "edges", 1, "node", "name"]],
    ),
    Case(
        "depth 2 through a connection's nodes inside a list",
        '{ journey(key: "j-good") { key stages { stepsConnection(last: 3) '
        "{ pageInfo { hasPreviousPage } nodes { key name } } } } }",
        data={"journey": None},
        paths=[["journey", "stages", 0, "stepsConnection", "nodes", 0, "name"]],
    ),
    Case(
        "the bad node filtered out by where: no error",
        '{ stage(key: "st") { steps(where: {name: {isNull: false}}) { key name } } }',
        data={
            "stage": {
                "steps": [
                    {"key": "s-1", "name": "First"},
                    {"key": "s-3", "name": "Third"},
                    {"key": "s-4", "name": "42"},
                ]
            }
        },
        paths=[],
    ),
    Case(
        "the bad node read without its bad field: no error",
        '{ stage(key: "st") { stepsConnection { totalCount nodes { key } } } }',
        data={
            "stage": {
                "stepsConnection": {
                    "totalCount": 4,
                    "nodes": [{"key": k} for k in ("s-1", NAMELESS_STEP, "s-3", "s-4")],
                }
            }
        },
        paths=[],
    ),
    Case(
        "a root listing's nodes: the null reaches data",
        "{ steps(first: 10) { totalCount nodes { key name } } }",
        data=None,
        paths=[["steps", "nodes", 1, "name"]],
    ),
    Case(
        "two root fields: only the bad one is null",
        f'{{ steps(first: 1) {{ nodes {{ name }} }} step(key: "{NAMELESS_STEP}") {{ name }} }}',
        data={"steps": {"nodes": [{"name": "First"}]}, "step": None},
        paths=[["step", "name"]],
    ),
]


@pytest.fixture
async def odd_apps(store: GraphStore) -> AsyncIterator[PairedApps]:
    await write_odd_graph(store)
    async with paired_apps(store) as apps:
        yield apps


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
async def test_a_plan_answer_keeps_the_error_and_null_rules(
    odd_apps: PairedApps, case: Case
) -> None:
    reference = await answer(odd_apps.reference, case.document, case.variables)
    plan = await answer(odd_apps.plan, case.document, case.variables)
    assert plan == reference, f"{case.document}\n{difference(reference, plan)}"
    body = as_dicts(reference)
    if case.data is not ...:
        assert body["data"] == case.data, body
    if case.paths is not None:
        assert [error["path"] for error in body.get("errors", [])] == case.paths, body
    else:
        assert body.get("errors"), body  # the bad values are reported, whatever the order
