"""What the generator's steps share: the organisation-wide nodes and one business unit.

A generated organisation has shared nodes (channels, a few hub systems every unit's
processes lean on, the platform team owning them) and one *business unit* per scale
point, each with its own personas, journeys, capabilities, processes, systems, teams,
value stream, KPIs and backlog. Each unit draws from its own ``random.Random``, seeded
from the document's seed and the unit's number, so a unit comes out the same whatever
the scale.
"""

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from graph_api.generate.builder import DocumentBuilder, Entry
from graph_api.generate.vocabulary import PRODUCT_LINES

T = TypeVar("T")


def unit_random(seed: int, name: str) -> random.Random:
    """A generator of its own for one part of the document (string seeds are stable)."""
    return random.Random(f"graph-api-generate/{seed}/{name}")


def chance(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def some(rng: random.Random, items: Sequence[T], low: int, high: int) -> list[T]:
    """Between ``low`` and ``high`` distinct items (fewer when there are fewer)."""
    count = min(len(items), rng.randint(low, high))
    return rng.sample(list(items), count)


@dataclass(slots=True)
class Shared:
    """The organisation-wide nodes every unit links to."""

    channel_names: dict[str, str]
    """Channel names by key, in a seeded order."""
    hubs: list[str]
    """Keys of the hub systems, most widely used first."""
    hub_weights: list[int]
    platform_team: str


@dataclass(slots=True)
class JourneyParts:
    """One generated journey: its stages and, per stage, its steps in order."""

    key: str
    persona: str
    stages: list[Entry]
    steps: list[list[Entry]]
    """Per stage (same index as ``stages``), its steps in order."""

    def all_steps(self) -> list[Entry]:
        return [step for steps in self.steps for step in steps]


@dataclass(slots=True)
class Unit:
    """One business unit being generated, with the keys later steps link to."""

    index: int
    rng: random.Random
    build: DocumentBuilder
    shared: Shared
    personas: list[str] = field(default_factory=list)
    jobs_of: dict[str, list[str]] = field(default_factory=dict)
    """Jobs by persona key."""
    outcomes_of: dict[str, list[str]] = field(default_factory=dict)
    """Outcomes by job key."""
    journeys: list[JourneyParts] = field(default_factory=list)
    touchpoints_of: dict[str, list[Entry]] = field(default_factory=dict)
    """Touchpoints by step key."""
    capabilities: list[list[str]] = field(default_factory=lambda: [[], [], []])
    """Capability keys by level (index 0: level 1)."""
    vs_stages: list[Entry] = field(default_factory=list)
    value_stream: str = ""
    systems: list[Entry] = field(default_factory=list)
    processes: list[Entry] = field(default_factory=list)
    sub_processes: list[Entry] = field(default_factory=list)
    pain_points: list[Entry] = field(default_factory=list)
    opportunities: list[Entry] = field(default_factory=list)
    kpis: list[Entry] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        """Every key of the unit starts with it: ``bu0``, ``bu1``, ..."""
        return f"bu{self.index}"

    @property
    def line(self) -> str:
        """The unit's product line, e.g. ``Mobile`` or, past the list, ``Mobile 2``."""
        name = PRODUCT_LINES[self.index % len(PRODUCT_LINES)]
        round_ = self.index // len(PRODUCT_LINES)
        return f"{name} {round_ + 1}" if round_ else name

    def all_steps(self) -> list[Entry]:
        return [step for journey in self.journeys for step in journey.all_steps()]

    def all_touchpoints(self) -> list[Entry]:
        return [t for touchpoints in self.touchpoints_of.values() for t in touchpoints]
