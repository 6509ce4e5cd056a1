"""Generated from ArchiMate 3.2's table of permitted relationships (Archi's encoding,
graph_api/archimate/archi/): every element type of the standard is accounted for, and
every permitted (source type, relationship, target type) either imports, onto the
triple the mapping table documents, or is refused with a documented reason.

One exchange file holds each permitted relationship between two elements of its own
(an ``Access`` once per access type), so no file can meet the fidelity targets by being
shaped like the mapping: whatever the standard allows is tried.
"""

from collections import Counter
from dataclasses import dataclass
from xml.sax.saxutils import escape

import pytest

from graph_api.archimate import import_archimate, map_model, parse_exchange
from graph_api.archimate.mapping import (
    ELEMENT_KINDS,
    MAPPED_KINDS,
    STAGE_KIND,
    map_relationship,
    round_trip_rules,
)
from graph_api.archimate.permitted import permitted_triples
from graph_api.archimate.standard import (
    ACCESS_TYPES,
    ALL_ELEMENT_TYPES,
    JUNCTIONS,
    NOT_IMPORTED,
    RELATIONSHIP_REASONS,
    RELATIONSHIP_TYPES,
)
from graph_api.archimate.table import markdown_table
from graph_api.metamodel.relationships import RELATIONSHIPS as METAMODEL_RELATIONSHIPS
from graph_api.store.base import GraphStore
from tests.snapshots import take_snapshot

RELATIONSHIP = "Relationship"
"""The table's name for a relationship as the target of an association."""
HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-table">\n'
    '<name xml:lang="en">Every permitted relationship</name>\n'
)


@dataclass(frozen=True)
class Case:
    """One relationship of the generated file: a permitted triple, with an access type."""

    source: str
    type: str
    target: str
    access: str | None

    @property
    def name(self) -> str:
        """How the report names it when it is not imported."""
        return f"{self.type} ({self.source} -> {self.target})"


def _cases(triples: list[tuple[str, str, str]]) -> list[Case]:
    cases: list[Case] = []
    for source, type_, target in triples:
        accesses: tuple[str | None, ...] = ACCESS_TYPES if type_ == "Access" else (None,)
        cases += [Case(source, type_, target, access) for access in accesses]
    return cases


def exchange_file(cases: list[Case]) -> str:
    """Each case between two elements of its own (``e<n>s``, ``e<n>t``); a relationship
    as an end is the file's first relationship."""
    elements: list[str] = []
    relationships: list[str] = []
    for n, case in enumerate(cases):
        ends = {"s": case.source, "t": case.target}
        for end, type_ in ends.items():
            if type_ == RELATIONSHIP:
                continue
            name = "" if type_ in JUNCTIONS else f"<name>{escape(type_)} {n}{end}</name>"
            elements.append(f'<element identifier="e{n}{end}" xsi:type="{type_}">{name}</element>')
        source = "r0" if case.source == RELATIONSHIP else f"e{n}s"
        target = "r0" if case.target == RELATIONSHIP else f"e{n}t"
        access = f' accessType="{case.access}"' if case.access else ""
        relationships.append(
            f'<relationship identifier="r{n}" source="{source}" target="{target}" '
            f'xsi:type="{case.type}"{access}/>'
        )
    return (
        HEAD
        + "<elements>\n"
        + "\n".join(elements)
        + "\n</elements>\n<relationships>\n"
        + "\n".join(relationships)
        + "\n</relationships>\n</model>\n"
    )


def _kind(type_: str, case: Case, end: str) -> str | None:
    rule = ELEMENT_KINDS.get(type_)
    if rule is None:
        return None
    whole_part = case.type in ("Composition", "Aggregation")
    if end == "target" and whole_part and case.source == case.target == "ValueStream":
        return STAGE_KIND  # a value stream composed into another is its stage
    return rule.kind


@dataclass
class Expected:
    """What the documented mapping says of each case: the stored triples of those that
    import, and the reason of those that do not."""

    links: Counter[str]
    imported: int
    refused: Counter[str]
    reasons: dict[str, set[str]]


def expected(cases: list[Case]) -> Expected:
    out = Expected(Counter(), 0, Counter(), {})
    for case in cases:
        reason = None
        if case.target in JUNCTIONS:
            reason = "junction 'e{n}t' leads to no element"
        elif case.source in JUNCTIONS:
            reason = "no relationship from an element leads into junction 'e{n}s'"
        else:
            for end, type_ in (("source", case.source), ("target", case.target)):
                if type_ == RELATIONSHIP:
                    reason = f"its {end} is a relationship, and the graph links nodes only"
                elif type_ not in ELEMENT_KINDS:
                    reason = f"its {end} is a {type_}, which is not imported"
                if reason:
                    break
        if reason is None:
            source, target = _kind(case.source, case, "source"), _kind(case.target, case, "target")
            assert source and target
            stored = map_relationship(case.type, source, target, case.access)
            if stored:
                out.imported += 1
                out.links.update(f"{s} {t} {d}" for s, t, d in stored)
                continue
            reason = RELATIONSHIP_REASONS.get(
                case.type,
                f"the metamodel has no relationship from {source} to {target} that a "
                f"{case.type} stands for",
            )
        out.refused[case.name] += 1
        out.reasons.setdefault(case.name, set()).add(reason)
    return out


ALL_CASES = _cases(sorted(permitted_triples()))


def test_every_type_of_the_standard_is_accounted_for() -> None:
    table = permitted_triples()
    concepts = {s for s, _, _ in table} | {t for _, _, t in table}
    assert concepts - {RELATIONSHIP} == ALL_ELEMENT_TYPES
    assert {r for _, r, _ in table} == set(RELATIONSHIP_TYPES)
    for type_ in ALL_ELEMENT_TYPES:  # imported, or not with its reason: never both
        assert (type_ in ELEMENT_KINDS) != (type_ in NOT_IMPORTED), type_
    doc = markdown_table()
    for type_ in (*ALL_ELEMENT_TYPES, *RELATIONSHIP_TYPES):
        assert f"| `{type_}` |" in doc, type_


def test_every_permitted_relationship_imports_or_is_refused_with_its_reason() -> None:
    report = map_model(parse_exchange(exchange_file(ALL_CASES))).report
    want = expected(ALL_CASES)
    assert report.relationships == len(ALL_CASES)
    assert report.relationships_imported == want.imported
    assert report.links == dict(sorted(want.links.items()))
    assert report.unmapped_relationships == dict(sorted(want.refused.items()))
    for name, reasons in want.reasons.items():
        # junction reasons name the junction of each case: compare their wording
        shown = {r.split("'")[0] + r.split("'")[-1] for r in report.reasons[name].split("; ")}
        assert shown == {r.split("'")[0] + r.split("'")[-1] for r in reasons}, name
    not_imported = Counter(
        t for case in ALL_CASES for t in (case.source, case.target) if t in NOT_IMPORTED
    )
    assert report.unmapped_elements == dict(sorted(not_imported.items()))
    assert {t: report.reasons[t] for t in not_imported} == {
        t: NOT_IMPORTED[t] for t in not_imported
    }
    # the standard allows much that the graph has no place for; what it has, it takes
    assert want.imported > 1_000


@pytest.mark.parametrize("access", ACCESS_TYPES)
def test_each_access_type_lands_where_the_doc_says(access: str) -> None:
    cases = [Case("ApplicationProcess", "Access", "BusinessObject", access)]
    report = map_model(parse_exchange(exchange_file(cases))).report
    stored = {
        "Read": {"Process READS DataObject": 1},
        "Write": {"Process WRITES DataObject": 1},
        "ReadWrite": {"Process READS DataObject": 1, "Process WRITES DataObject": 1},
        "Access": {"Process READS DataObject": 1},  # no direction: a read, noted
    }
    assert report.links == stored[access]
    noted = [v for v in report.not_stored if v.field == "accessType"]
    assert len(noted) == (1 if access == "Access" else 0)


async def test_the_permitted_relationships_that_import_are_stored(store: GraphStore) -> None:
    """On each store: every permitted relationship the mapping takes, each between
    elements of its own, written in one import; the same file again changes nothing."""
    taking = [c for c in ALL_CASES if c.access in (None, "ReadWrite")]
    want = expected(taking)
    importing = [c for c in taking if c.name not in want.refused]
    text = exchange_file(importing)
    report = await import_archimate(store, text, "permitted.xml")
    assert report.unmapped_relationships == {}
    assert report.linked == sum(expected(importing).links.values())
    counts = await store.count_nodes()
    assert sum(counts.values()) == 2 * len(importing)
    before = await take_snapshot(store)
    again = await import_archimate(store, text, "permitted.xml")
    assert (again.created, again.updated, again.linked) == (0, 0, 0)
    assert await take_snapshot(store) == before


def test_every_triple_between_mapped_kinds_has_an_archimate_relationship() -> None:
    """Whatever the graph holds between kinds ArchiMate has is written and read back."""
    missing = [
        spec.triple
        for spec in METAMODEL_RELATIONSHIPS
        if {spec.source, spec.target} <= set(MAPPED_KINDS)
        and not round_trip_rules(spec.type, spec.source, spec.target)
    ]
    assert missing == []
