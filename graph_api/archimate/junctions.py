"""Resolving junctions into the relationships they stand for.

An ``AndJunction`` or ``OrJunction`` joins relationships of one type: each relationship
into it and each one out of it that it leads to (through chains of junctions too) are
one relationship of that type between the real ends. ``a -Serving-> J -Serving-> c``
is ``a -Serving-> c``; with ``J -Serving-> d`` as well, ``a`` serves ``c`` and ``d``. The
graph keeps no difference between "and" and "or": both mean each of these links holds.

Relationships meeting at a junction with different types (the standard requires one),
into a junction leading to no element, or out of one that nothing leads into are
returned with the reason they stand for nothing.
"""

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from graph_api.archimate.parse import ArchiRelationship
from graph_api.errors import FieldError, ValidationFailed

MAX_RESOLVED = 100_000
"""How many relationships the junctions of one file may stand for: ``n`` relationships
into a junction and ``m`` out of it stand for ``n * m``, so a file can ask for many
more links than it has lines; past this it is refused."""
MAX_STEPS = 2_000_000
"""How many relationships resolving may walk, counting each chain's length: a long
chain of junctions entered at every junction is walked again from each entry; past
this the file is refused."""


class _Budget:
    """The walking left before the file is refused (VALIDATION naming the file)."""

    def __init__(self, source: str) -> None:
        self.source, self.steps = source, 0

    def spend(self, steps: int) -> None:
        self.steps += steps
        if self.steps > MAX_STEPS:
            raise ValidationFailed(
                [FieldError("relationships", f"more than {MAX_STEPS:,} steps through junctions")],
                f"{self.source}: its junctions stand for more relationships than an import takes",
            )


@dataclass(frozen=True, slots=True)
class Relationship:
    """A relationship between two elements, junctions resolved: one of the file's, or one
    that a chain through junctions stands for."""

    type: str
    source: str
    target: str
    access: str | None
    parts: tuple[ArchiRelationship, ...]
    """The file's relationships it is made of (one unless it goes through junctions)."""

    @property
    def identifier(self) -> str:
        return "+".join(part.identifier for part in self.parts)


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A relationship of the file touching a junction that stands for no relationship."""

    relationship: ArchiRelationship
    reason: str


def _groups_of_one_type(
    junctions: set[str], touching: dict[str, list[ArchiRelationship]]
) -> dict[str, str | None]:
    """Each junction's relationship type, or None when the junctions linked to it
    (directly or through other junctions) join relationships of several types."""
    group_type: dict[str, str | None] = {}
    for start in sorted(junctions):
        if start in group_type:
            continue
        group, todo, types = {start}, [start], set()
        while todo:
            for rel in touching.get(todo.pop(), []):
                types.add(rel.type)
                for end in (rel.source, rel.target):
                    if end in junctions and end not in group:
                        group.add(end)
                        todo.append(end)
        one = next(iter(types)) if len(types) == 1 else None
        group_type.update(dict.fromkeys(group, one))
    return group_type


def _reachable(
    junction: str,
    out_of: dict[str, list[ArchiRelationship]],
    junctions: set[str],
    budget: _Budget,
) -> tuple[list[list[ArchiRelationship]], set[str]]:
    """The chains from ``junction`` through junctions to an element (each chain's
    relationships in order, one chain per relationship leaving the junctions, the first
    way found to it), and the junctions passed."""
    chains: list[list[ArchiRelationship]] = []
    came_by: dict[str, ArchiRelationship] = {}  # junction -> the relationship reaching it
    seen, todo = {junction}, deque([junction])

    def chain_to(rel: ArchiRelationship) -> list[ArchiRelationship]:
        chain = [rel]
        while chain[-1].source != junction:
            chain.append(came_by[chain[-1].source])
        budget.spend(len(chain))
        return chain[::-1]

    while todo:
        for rel in out_of.get(todo.popleft(), []):
            budget.spend(1)
            if rel.target not in junctions:
                chains.append(chain_to(rel))
            elif rel.target not in seen:
                seen.add(rel.target)
                came_by[rel.target] = rel
                todo.append(rel.target)
    return chains, seen


def resolve_junctions(
    relationships: Iterable[ArchiRelationship], junctions: set[str], source: str
) -> tuple[list[Relationship], list[Unresolved]]:
    """The file's relationships with those touching junctions resolved; the ones that
    stand for nothing, with why. VALIDATION when the junctions stand for too many."""
    rels = list(relationships)
    if not junctions:
        return [Relationship(r.type, r.source, r.target, r.access, (r,)) for r in rels], []
    touching: dict[str, list[ArchiRelationship]] = {}
    out_of: dict[str, list[ArchiRelationship]] = {}
    for rel in rels:
        for end in {rel.source, rel.target} & junctions:
            touching.setdefault(end, []).append(rel)
        if rel.source in junctions:
            out_of.setdefault(rel.source, []).append(rel)
    group_type = _groups_of_one_type(junctions, touching)
    resolved: list[Relationship] = []
    unresolved: list[Unresolved] = []
    used: set[str] = set()
    reach: dict[str, tuple[list[list[ArchiRelationship]], set[str]]] = {}
    passed: set[str] = set()
    """Junctions some relationship from an element reaches."""
    budget = _Budget(source)
    for rel in rels:
        if rel.source in junctions:
            continue  # taken with the relationships leading into its junction
        if rel.target not in junctions:
            resolved.append(Relationship(rel.type, rel.source, rel.target, rel.access, (rel,)))
            continue
        if group_type[rel.target] is None:
            continue  # reported below with every relationship of its junctions
        if rel.target not in reach:
            reach[rel.target] = _reachable(rel.target, out_of, junctions, budget)
        chains, seen = reach[rel.target]
        passed |= seen
        for chain in chains:
            parts = (rel, *chain)
            access = next((p.access for p in parts if p.access is not None), None)
            resolved.append(Relationship(rel.type, rel.source, chain[-1].target, access, parts))
            used.update(p.identifier for p in parts)
            if len(resolved) > MAX_RESOLVED:
                raise ValidationFailed(
                    [FieldError("relationships", f"more than {MAX_RESOLVED:,} relationships")],
                    f"{source}: its junctions stand for more relationships than an import takes",
                )
    for rel in rels:
        ends = {rel.source, rel.target} & junctions
        if not ends or rel.identifier in used:
            continue
        junction = sorted(ends)[0]
        if group_type[junction] is None:
            reason = (
                f"relationships of different types meet at junction {junction!r} (the "
                "standard requires one type)"
            )
        elif rel.target in junctions and rel.source in passed:
            reason = (
                f"it leads back to junction {rel.target!r}, already passed: the "
                "relationships through it come by the others"
            )
        elif rel.target in junctions:
            reason = f"junction {rel.target!r} leads to no element"
        else:
            reason = f"no relationship from an element leads into junction {rel.source!r}"
        unresolved.append(Unresolved(rel, reason))
    return resolved, unresolved
