"""Step 5 on both stores: the cycles earlier releases stored in the hierarchies (PART_OF of
processes, capabilities, backlog items) each lose one link, the one leaving the cycle's
greatest key, removed as an unlink by ``system``; nothing else changes.

The store is written at version 4, the cycles stored behind the write rules as an
earlier release stored them (a self-loop, cycles of two and three, two cycles through
one node, one in each hierarchy), next to links that make no cycle.
"""

import asyncio
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from graph_api.cli.app import app
from graph_api.config import get_settings
from graph_api.metamodel import relationship_fields
from graph_api.store.base import SYSTEM, AddLink, GraphStore, NodeRef, UpsertNode
from graph_api.store.change_log import ChangeEvent, ChangeLogQuery, ChangeType
from graph_api.store.embedded import EmbeddedStore
from graph_api.store.embedded.sqlite import append_change
from graph_api.store.neo4j import change_log
from graph_api.store.rules import CycleRefused
from graph_api.store.upgrades import CURRENT_VERSION, STEPS
from graph_api.store.upgrades.cycle_repair import HIERARCHIES, last_linked, links_to_break
from tests.conftest import NEO4J_TEST_DATABASE, NEO4J_TEST_URI, neo4j_store
from tests.contract.helpers import link_behind_the_rules
from tests.upgrades.release import (
    Release,
    StoreView,
    embedded_view,
    neo4j_version,
    neo4j_view,
    record_version,
    sqlite_version,
)

PROCESSES = ["a1", "a2", "b1", "b2", "b3", "c1", "c2", "m1", "m2", "m3", "n1", "n2", "p3"]
PROCESSES += ["q1", "q2", "t", "x"]
CAPABILITIES = ["cap-a", "cap-b", "cap-c"]
BACKLOG = ["epic", "feature", "story"]
PARENT = relationship_fields("Process")["parent"]
NOW = datetime(2026, 1, 5, tzinfo=UTC)
CALLER = "jwt:ed@example.org"


def _part_of(kind: str, source: str, target: str) -> AddLink:
    return AddLink("PART_OF", NodeRef(kind, source), NodeRef(kind, target))


def _processes(*pairs: str) -> list[AddLink]:
    return [_part_of("Process", *pair.split(">")) for pair in pairs]


RULED_LINKS = [
    *_processes("q1>q2", "t>a1"),  # a chain, and a process part of one on a cycle
    _part_of("Capability", "cap-c", "cap-a"),
    _part_of("Capability", "cap-a", "cap-b"),
    AddLink("REALIZES", NodeRef("Process", "p3"), NodeRef("Capability", "cap-a")),
    AddLink("OWNS", NodeRef("Team", "ops"), NodeRef("Process", "x")),
]
"""Links written as any write: no cycle, kept."""
CYCLE_LINKS = [
    *_processes("p3>p3", "a1>a2", "a2>a1", "b1>b2", "b2>b3", "b3>b1"),
    *_processes("x>c1", "c1>x", "x>c2", "c2>x"),  # x with two parents: cycles through x
    _part_of("BacklogItem", "story", "feature"),
    _part_of("BacklogItem", "feature", "epic"),
    _part_of("BacklogItem", "epic", "story"),
]
"""Links as earlier releases stored them, behind the rules, the change log holding no
LINKED entry for them (bulk-loaded, or written before the log was kept)."""
LOGGED_CYCLE_LINKS = [
    *_processes("m1>m2", "m2>m3", "m3>m1", "n1>n2", "n2>n1"),
    _part_of("Capability", "cap-b", "cap-a"),
]
"""Cycles whose links the change log says were linked, in :data:`LINKED_ORDER`."""
LINKED_ORDER = [
    *_processes("m1>m2", "m3>m1", "n1>n2", "m2>m3", "m1>m2"),
    _part_of("Capability", "cap-b", "cap-a"),
]
"""The LINKED entries, oldest first: m1 PART_OF m2 linked again last, so it closed its
cycle; n2 PART_OF n1 has none (bulk-loaded), so it counts as older than n1's."""
REMOVED = {
    ("Process", "a2", "a1"): "a2 → a1 → a2",
    ("Process", "b3", "b1"): "b3 → b1 → b2 → b3",
    ("Process", "m1", "m2"): "m1 → m2 → m3 → m1",
    ("Process", "n1", "n2"): "n1 → n2 → n1",
    ("Process", "p3", "p3"): "p3 → p3",
    ("Process", "x", "c1"): "x → c1 → x",
    ("Process", "x", "c2"): "x → c2 → x",
    ("Capability", "cap-b", "cap-a"): "cap-b → cap-a → cap-b",
    ("BacklogItem", "story", "feature"): "story → feature → epic → story",
}
"""The links the documented rule removes (the one linked last, else the one leaving the
cycle's greatest key), in the order the report lists them, with the cycle each closed:
worked out by hand. cap-b PART_OF cap-a, linked after cap-a PART_OF cap-b, goes: the
capabilities keep the levels they were written with (cap-b 1, cap-a 2, cap-c 3), so step
6 (levels derived from the hierarchy) has nothing to do here."""
SUMMARY_OF = {step.version: step.summary for step in STEPS}
SUMMARY = (
    "each cycle of a hierarchy (PART_OF) loses one link: the one linked last by the change "
    "log, else the one leaving its greatest key; each link removed is logged as an unlink "
    "by `system`"
)
DETAILS = [
    f"{kind} {source!r} PART_OF {kind} {target!r}: removed, it closed {cycle}"
    for (kind, source, target), cycle in REMOVED.items()
]


async def _write_at_version_4(kind: str, path: Path) -> None:
    store = EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()
    await store.open()
    try:
        await store.write(
            [UpsertNode("Process", key, {"name": key.upper()}) for key in PROCESSES]
            + [UpsertNode("Capability", key, {"name": key, "level": 1}) for key in CAPABILITIES]
            + [UpsertNode("BacklogItem", key, {"title": key}) for key in BACKLOG]
            + [UpsertNode("Team", "ops", {"name": "Ops"})]
            + RULED_LINKS
        )
        link_behind_the_rules(store, CYCLE_LINKS + LOGGED_CYCLE_LINKS)
        await _log_behind_the_rules(store, LINKED_ORDER)
    finally:
        await store.close()
    record_version(kind, path, 4)


async def _log_behind_the_rules(store: GraphStore, links: list[AddLink]) -> None:
    """A LINKED entry for each of ``links``, in order, by a caller's JWT, as the write
    of each link by an earlier release logged it."""
    events = [
        ChangeEvent(ChangeType.LINKED, x.source, None, NOW, x.type, x.source, x.target)
        for x in links
    ]
    if isinstance(store, EmbeddedStore):
        connection = store._require_open()._conn
        with connection:
            for event in events:
                append_change(connection, event, CALLER)
        return
    driver = store._driver  # type: ignore[attr-defined]
    async with driver.session(database=NEO4J_TEST_DATABASE) as session:
        for event in events:  # one write each, numbered in turn
            await session.execute_write(change_log.append, [event], CALLER)


def _view(kind: str, path: Path) -> StoreView:
    return embedded_view(path) if kind == "embedded" else neo4j_view()


def _version(kind: str, path: Path) -> int | None:
    return sqlite_version(path) if kind == "embedded" else neo4j_version()


def _make(kind: str, path: Path, *, upgrade_on_open: bool = True) -> GraphStore:
    store = EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()
    store.upgrade_on_open = upgrade_on_open  # type: ignore[attr-defined]
    return store


def _cycles_left(links: set[tuple[str, str, str, str, str]]) -> list[tuple[str, str]]:
    """Each (kind, key) from which a PART_OF chain of one kind leads back to itself, by a
    walk of every chain from every node (the store's graph is small)."""
    targets: dict[tuple[str, str], set[str]] = {}
    for type_, source_kind, source, target_kind, target in links:
        if type_ == "PART_OF" and source_kind == target_kind:
            targets.setdefault((source_kind, source), set()).add(target)
    on_cycle = []
    for kind, start in targets:
        seen: set[str] = set()
        frontier = set(targets[(kind, start)])
        while frontier - seen:
            seen |= frontier
            frontier = {t for key in frontier for t in targets.get((kind, key), set())}
        if start in seen:
            on_cycle.append((kind, start))
    return sorted(on_cycle)


@pytest.fixture(params=["embedded", "neo4j"])
def kind(request: pytest.FixtureRequest) -> str:
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
    return str(request.param)


async def test_each_cycle_loses_the_link_leaving_its_greatest_key(
    kind: str, tmp_path: Path
) -> None:
    path = tmp_path / "graph.db"
    await _write_at_version_4(kind, path)
    before = _view(kind, path)
    assert len(_cycles_left(before.links)) == 19  # every node of a cycle written

    store = _make(kind, path)
    await store.open()
    try:
        report = store.last_upgrade  # type: ignore[attr-defined]
        x_log = await store.change_log(ChangeLogQuery(node=NodeRef("Process", "x")))
        parents = await store.neighbours(PARENT, ["t"])
        # The rule holds again: closing a cycle is refused as for any store.
        with pytest.raises(CycleRefused):
            await store.write([_part_of("Process", "a2", "t")])  # t → a1 → a2
    finally:
        await store.close()

    assert [(s.step.version, s.step.name) for s in report.steps] == [
        (5, "break-hierarchy-cycles"),
        (6, "derive-capability-levels"),
        (7, "link-identifiers"),
        (8, "backlog-tracker-fields"),
    ]
    assert report.steps[1].changes.counts == {"capabilities re-levelled": 0}
    kept = len(before.links) - len(REMOVED)
    assert report.steps[2].changes.counts == {"links, none with an identifier yet": kept}
    changes = report.steps[0].changes
    assert (changes.counts, changes.details) == ({"links removed": len(REMOVED)}, DETAILS)

    after = _view(kind, path)
    removed = {("PART_OF", k, s, k, t) for k, s, t in REMOVED}
    assert removed <= before.links
    assert after.links == before.links - removed
    assert _cycles_left(after.links) == []
    assert after.nodes == before.nodes  # an unlink gives neither end a new version
    seq = max(e["seq"] for e in before.log)
    at = after.log[-1]["at"]
    assert after.log == before.log + [
        {
            "seq": seq + n,
            "at": at,
            "actor": SYSTEM,
            "change": "UNLINKED",
            "kind": kind_,
            "key": source,
            "version": None,
            "relationship": "PART_OF",
            "source": f"{kind_}:{source}",
            "target": f"{kind_}:{target}",
            "refs": sorted({f"{kind_}:{source}", f"{kind_}:{target}"}),
        }
        for n, (kind_, source, target) in enumerate(REMOVED, start=1)
    ]
    assert [(e.actor, e.event.type, e.event.target) for e in x_log[-2:]] == [
        (SYSTEM, ChangeType.UNLINKED, NodeRef("Process", "c1")),
        (SYSTEM, ChangeType.UNLINKED, NodeRef("Process", "c2")),
    ]
    assert [r.key for r in parents.get("t", [])] == ["a1"]
    assert _version(kind, path) == CURRENT_VERSION

    again = _make(kind, path)
    await again.open()
    await again.close()
    second = again.last_upgrade  # type: ignore[attr-defined]
    assert (second.from_version, second.to_version, second.steps) == (
        CURRENT_VERSION,
        CURRENT_VERSION,
        [],
    )
    assert _view(kind, path) == after


@pytest.fixture
def cli_settings(kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The command line's settings pointing at the store the test writes."""
    path = tmp_path / "graph.db"
    monkeypatch.setenv("GRAPH_API_SQLITE_PATH", str(path))
    monkeypatch.setenv("NEO4J_URI", NEO4J_TEST_URI)
    monkeypatch.setenv("NEO4J_DATABASE", NEO4J_TEST_DATABASE)
    get_settings.cache_clear()
    yield path
    get_settings.cache_clear()


def test_a_dry_run_lists_the_links_it_would_remove_and_writes_nothing(
    kind: str, cli_settings: Path
) -> None:
    path = cli_settings
    asyncio.run(_write_at_version_4(kind, path))
    before = _view(kind, path)
    result = CliRunner().invoke(app, ["upgrade", "--store", kind, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"{kind} store would be upgraded from version 4 to {CURRENT_VERSION}",
        "  5 break-hierarchy-cycles: " + SUMMARY,
        f"      links removed: {len(REMOVED)}",
        *(f"      {detail}" for detail in DETAILS),
        f"  6 derive-capability-levels: {SUMMARY_OF[6]}",
        "      capabilities re-levelled: 0",
        f"  7 link-identifiers: {SUMMARY_OF[7]}",
        f"      links, none with an identifier yet: {len(before.links) - len(REMOVED)}",
        f"  8 backlog-tracker-fields: {SUMMARY_OF[8]}",
        "      backlog items, none from a tracker yet: 3",  # story, feature, epic
        "dry run: nothing was changed",
    ]
    assert _view(kind, path) == before
    assert _version(kind, path) == 4

    # Then the upgrade on demand: the embedded store's graph in memory reads the result.
    details, parents = asyncio.run(_upgrade_and_read_parents(kind, path))
    assert details == DETAILS
    assert parents == {"a1": ["a2"]}


async def _upgrade_and_read_parents(kind: str, path: Path) -> tuple[list[str], dict[str, Any]]:
    store = _make(kind, path, upgrade_on_open=False)
    await store.open()
    try:
        report = await store.upgrade()  # type: ignore[attr-defined]
        parents = await store.neighbours(PARENT, ["a1", "a2", "x", "p3"])
    finally:
        await store.close()
    found = {key: [r.key for r in refs] for key, refs in parents.items() if refs}
    return report.steps[0].changes.details, found


async def test_the_release_stores_keep_their_hierarchies(release: Release) -> None:
    written = {link for link in release.written().links if link[0] == "PART_OF"}
    assert len(written) == 50  # the demo model's process, capability and backlog trees
    store = await release.opened()
    await store.close()
    assert {link for link in release.view().links if link[0] == "PART_OF"} == written
    assert release.recorded_version() == CURRENT_VERSION


# The rule itself, on graphs of every shape (no store: what both stores ask it).


def _random_links(rng: random.Random, nodes: int, links: int) -> list[tuple[str, str]]:
    keys = [f"n{i:03d}" for i in range(nodes)]
    return [(rng.choice(keys), rng.choice(keys)) for _ in range(links)]


def _acyclic(links: set[tuple[str, str]]) -> bool:
    """Whether ``links`` hold no cycle: nodes without a target removed until none is left."""
    remaining = set(links)
    while remaining:
        sources = {s for s, _ in remaining}
        leaves = {t for _, t in remaining} - sources
        leaving = {(s, t) for s, t in remaining if t in leaves}
        if not leaving:
            return False
        remaining -= leaving
    return True


@pytest.mark.parametrize("seed", range(40))
def test_any_graph_is_left_without_a_cycle_whatever_the_order_links_are_read(
    seed: int,
) -> None:
    rng = random.Random(seed)
    spec = HIERARCHIES[seed % len(HIERARCHIES)]
    links = _random_links(rng, rng.randint(1, 30), rng.randint(0, 60))
    broken = links_to_break(spec, links)
    removed = {(b.source, b.target) for b in broken}
    assert removed <= set(links) and len(removed) == len(broken)
    assert _acyclic(set(links) - removed)
    # Only what is needed: putting back any one link removed makes a cycle again.
    for link in removed:
        assert not _acyclic(set(links) - removed | {link}), link
    for b in broken:  # each named by a cycle of the links read, through it
        assert (b.cycle[0], b.cycle[1], b.cycle[-1]) == (b.source, b.target, b.source)
        assert all(pair in set(links) for pair in zip(b.cycle, b.cycle[1:], strict=False))
    shuffled = list(links)
    rng.shuffle(shuffled)
    assert links_to_break(spec, shuffled) == broken


@pytest.mark.parametrize("seed", range(20))
def test_with_one_parent_each_every_cycle_loses_the_link_of_its_greatest_key(
    seed: int,
) -> None:
    # What every release could store (a second parent was always refused): cycles apart.
    rng = random.Random(seed)
    keys = [f"k{i}" for i in range(rng.randint(1, 40))]
    parent = {key: rng.choice(keys) for key in keys if rng.random() < 0.8}
    cycles: set[frozenset[str]] = set()
    for start in parent:
        walk = [start]
        while walk[-1] in parent and parent[walk[-1]] not in walk:
            walk.append(parent[walk[-1]])
        if walk[-1] in parent and parent[walk[-1]] == start:
            cycles.add(frozenset(walk))
    expected = sorted((max(c), parent[max(c)]) for c in cycles)
    broken = links_to_break(HIERARCHIES[0], parent.items())
    assert [(b.source, b.target) for b in broken] == expected
    # With the change log: the link of each cycle linked last goes, an unlogged one
    # counting as linked before any logged one.
    seqs = rng.sample(range(1, 1000), len(parent))
    linked = {link: seq for link, seq in zip(parent.items(), seqs, strict=True) if seq % 3}
    last = sorted(
        max(((k, parent[k]) for k in c), key=lambda link: (linked.get(link, 0), link))
        for c in cycles
    )
    broken = links_to_break(HIERARCHIES[0], parent.items(), linked)
    assert [(b.source, b.target) for b in broken] == last


def test_the_latest_linked_entry_of_each_link_of_the_hierarchy_counts() -> None:
    spec = HIERARCHIES[1]  # Capability PART_OF Capability
    entries = [
        ("Capability:a", "Capability:b", 4),
        ("Capability:a", "Capability:b", 9),
        ("Capability:b:c", "Capability:a", 2),  # a key holding a colon
        ("Capability:b", "Process:a", 7),  # no link of this hierarchy
        ("Process:a", "Process:b", 8),
    ]
    assert last_linked(spec, entries) == {("a", "b"): 9, ("b:c", "a"): 2}


def test_a_cycle_as_long_as_a_store_is_broken_without_recursion() -> None:
    keys = [f"k{i:06d}" for i in range(20_000)]  # far beyond Python's recursion limit
    links: list[Any] = list(zip(keys, keys[1:] + keys[:1], strict=True))
    (broken,) = links_to_break(HIERARCHIES[0], links)
    assert (broken.source, broken.target) == ("k019999", "k000000")
    assert len(broken.cycle) == 20_001
