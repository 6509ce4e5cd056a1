"""Junctions, nameless elements and relationships the graph keeps one of."""

import time

import pytest

from graph_api.archimate import import_archimate, map_model, parse_exchange
from graph_api.archimate.junctions import MAX_RESOLVED
from graph_api.errors import ValidationFailed
from graph_api.store.base import GraphStore
from tests.archimate.helpers import named_graph
from tests.snapshots import take_snapshot

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">\n'
    '  <name xml:lang="en">M</name>\n'
)


def exchange_file(elements: dict[str, str], relationships: list[tuple[str, str, str]]) -> str:
    """Elements ``id -> type`` (junctions and groupings nameless, the rest named by their
    identifier); relationships (type, source, target) in order, ``r<n>``."""
    parts = []
    for ident, type_ in elements.items():
        name = "" if type_ in ("AndJunction", "OrJunction", "Grouping") else f"<name>{ident}</name>"
        parts.append(f'<element identifier="{ident}" xsi:type="{type_}">{name}</element>')
    rels = "".join(
        f'<relationship identifier="r{n}" source="{s}" target="{t}" xsi:type="{type_}"/>'
        for n, (type_, s, t) in enumerate(relationships)
    )
    return (
        HEAD + f"<elements>{''.join(parts)}</elements>\n"
        f"<relationships>{rels}</relationships>\n</model>\n"
    )


APPS = {f"app{n}": "ApplicationComponent" for n in range(1, 6)}


def test_a_chain_of_junctions_is_the_relationships_it_stands_for() -> None:
    # app1 and app2 serve, through j1 then j2 (and j1 directly), app3, app4 and app5
    text = exchange_file(
        {**APPS, "j1": "OrJunction", "j2": "AndJunction"},
        [
            ("Serving", "app1", "j1"),
            ("Serving", "app2", "j1"),
            ("Serving", "j1", "app3"),
            ("Serving", "j1", "j2"),
            ("Serving", "j2", "app4"),
            ("Serving", "j2", "app5"),
            ("Serving", "j2", "j1"),  # a cycle between junctions is followed once
        ],
    )
    mapped = map_model(parse_exchange(text))
    systems = {s["key"]: s.get("servesSystems", []) for s in mapped.document["systems"]}
    assert systems["app1"] == systems["app2"] == ["app3", "app4", "app5"]
    assert mapped.report.links == {"System SERVES System": 6}
    assert mapped.report.relationships_imported == 6
    assert mapped.report.reasons["Serving (AndJunction -> OrJunction)"] == (
        "it leads back to junction 'j1', already passed: the relationships through it come "
        "by the others"
    )
    assert mapped.report.unmapped_elements == {"AndJunction": 1, "OrJunction": 1}
    assert "resolved" in mapped.report.reasons["AndJunction"]


def test_relationships_of_different_types_at_a_junction_are_reported() -> None:
    text = exchange_file(
        {**APPS, "j": "AndJunction"},
        [("Serving", "app1", "j"), ("Flow", "j", "app2"), ("Flow", "app3", "app4")],
    )
    report = map_model(parse_exchange(text)).report
    assert report.links == {"System FLOWS_TO System": 1}
    assert report.unmapped_relationships == {
        "Flow (AndJunction -> ApplicationComponent)": 1,
        "Serving (ApplicationComponent -> AndJunction)": 1,
    }
    assert report.reasons["Flow (AndJunction -> ApplicationComponent)"] == (
        "relationships of different types meet at junction 'j' (the standard requires one type)"
    )


def test_a_junction_leading_nowhere_is_reported() -> None:
    text = exchange_file({**APPS, "j": "OrJunction"}, [("Serving", "app1", "j")])
    report = map_model(parse_exchange(text)).report
    assert report.reasons["Serving (ApplicationComponent -> OrJunction)"] == (
        "junction 'j' leads to no element"
    )


def test_junctions_standing_for_too_many_relationships_refuse_the_file() -> None:
    side = int(MAX_RESOLVED**0.5) + 2  # side * side relationships through one junction
    elements = {f"a{n}": "ApplicationComponent" for n in range(2 * side)}
    elements["j"] = "AndJunction"
    rels = [("Serving", f"a{n}", "j") for n in range(side)]
    rels += [("Serving", "j", f"a{n}") for n in range(side, 2 * side)]
    with pytest.raises(ValidationFailed) as raised:
        map_model(parse_exchange(exchange_file(elements, rels)), source="big.xml")
    assert "stand for more relationships than an import takes" in raised.value.message


def test_a_long_chain_of_junctions_entered_everywhere_is_refused_in_bounded_time() -> None:
    """Each entry walks the rest of the chain again: n entries, n * n / 2 steps."""
    n = 3_000
    elements = {f"a{i}": "ApplicationComponent" for i in range(n + 1)}
    elements |= {f"j{i}": "AndJunction" for i in range(n)}
    rels = [("Serving", f"a{i}", f"j{i}") for i in range(n)]
    rels += [("Serving", f"j{i}", f"j{i + 1}") for i in range(n - 1)]
    rels.append(("Serving", f"j{n - 1}", f"a{n}"))
    start = time.perf_counter()
    with pytest.raises(ValidationFailed) as raised:
        map_model(parse_exchange(exchange_file(elements, rels)), source="chain.xml")
    assert "steps through junctions" in raised.value.errors[0].message
    assert time.perf_counter() - start < 30


def test_a_chain_of_junctions_within_bounds_resolves() -> None:
    n = 500
    elements = {f"a{i}": "ApplicationComponent" for i in range(n + 1)}
    elements |= {f"j{i}": "AndJunction" for i in range(n)}
    rels = [("Serving", f"a{i}", f"j{i}") for i in range(n)]
    rels += [("Serving", f"j{i}", f"j{i + 1}") for i in range(n - 1)]
    rels.append(("Serving", f"j{n - 1}", f"a{n}"))
    report = map_model(parse_exchange(exchange_file(elements, rels))).report
    assert report.links == {"System SERVES System": n}
    assert report.relationships_imported == len(rels)


def test_nameless_groupings_and_junctions_are_accepted_other_elements_not() -> None:
    ok = exchange_file({"g": "Grouping", "j": "AndJunction", "app1": "ApplicationComponent"}, [])
    assert len(parse_exchange(ok).elements) == 3
    nameless = HEAD + (
        '<elements><element identifier="x" xsi:type="ApplicationComponent"/></elements></model>'
    )
    with pytest.raises(ValidationFailed) as raised:
        parse_exchange(nameless)
    assert raised.value.errors[0].message == "element without name"


def test_types_outside_the_standard_are_reported_as_such() -> None:
    # ArchiMate 2's UsedBy and a tool's own element type
    text = exchange_file(
        {"app1": "ApplicationComponent", "app2": "ApplicationComponent", "x": "Widget"},
        [("UsedBy", "app1", "app2"), ("Serving", "x", "app1")],
    )
    report = map_model(parse_exchange(text)).report
    assert report.reasons["UsedBy (ApplicationComponent -> ApplicationComponent)"] == (
        "UsedBy is no relationship type of ArchiMate 3.2"
    )
    assert report.reasons["Widget"] == "Widget is no element type of ArchiMate 3.2"
    assert report.reasons["Serving (Widget -> ApplicationComponent)"] == (
        "its source is a Widget, which is not imported"
    )


def test_an_unknown_access_type_is_refused() -> None:
    text = exchange_file(
        {"p": "BusinessProcess", "d": "BusinessObject"}, [("Access", "p", "d")]
    ).replace('xsi:type="Access"', 'xsi:type="Access" accessType="Delete"')
    with pytest.raises(ValidationFailed) as raised:
        parse_exchange(text)
    assert raised.value.errors[0].path == "relationships[0] (r0).accessType"


async def test_a_second_parent_is_reported_not_refused(store: GraphStore) -> None:
    # app3 aggregated by two collaborations and composed into app1: the composition wins
    text = exchange_file(
        {**APPS, "suite": "ApplicationCollaboration", "iface": "ApplicationInterface"},
        [
            ("Aggregation", "suite", "app3"),
            ("Composition", "app1", "app3"),
            ("Aggregation", "app2", "app3"),
            ("Composition", "app1", "iface"),
            ("Aggregation", "app2", "iface"),
        ],
    )
    report = await import_archimate(store, text, "parents.xml")
    assert report.links == {"System EXPOSES Interface": 1, "System PART_OF System": 1}
    assert report.unmapped_relationships == {
        "Aggregation (ApplicationCollaboration -> ApplicationComponent)": 1,
        "Aggregation (ApplicationComponent -> ApplicationComponent)": 1,
        "Aggregation (ApplicationComponent -> ApplicationInterface)": 1,
    }
    assert report.reasons["Aggregation (ApplicationComponent -> ApplicationComponent)"] == (
        "a System has one parent of kind System: the file's first (a composition before "
        "an aggregation) is kept"
    )
    graph = await named_graph(store)
    assert ("app3", "PART_OF", "app1") in graph.links
    assert ("app1", "EXPOSES", "iface") in graph.links
    before = await take_snapshot(store)
    again = await import_archimate(store, text, "parents.xml")
    assert again.linked == 0
    assert await take_snapshot(store) == before
