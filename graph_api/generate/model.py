"""Generating a whole model: shared nodes, then one business unit per scale point."""

from collections import Counter
from dataclasses import dataclass
from typing import Any

from graph_api.generate.builder import DocumentBuilder
from graph_api.generate.context import Shared, Unit, unit_random
from graph_api.generate.customers import add_customers
from graph_api.generate.enterprise import add_capabilities, add_processes, add_systems
from graph_api.generate.improvement import add_backlog, add_opportunities, add_pain_points
from graph_api.generate.journeys import add_journeys
from graph_api.generate.teams import add_teams
from graph_api.generate.value import add_kpis, add_value_stream
from graph_api.generate.vocabulary import CHANNELS
from graph_api.generate.vocabulary_enterprise import HUB_SYSTEMS

PLATFORM_TEAM = "platform-team"
HUB_WEIGHTS = (24, 8, 6, 4, 3, 2, 2, 1)
"""How often each hub system is picked: the first is by far the most widely used."""
WIDELY_USED_SYSTEM = HUB_SYSTEMS[0][0]
"""The key of the system the most processes use, at any scale (for benchmarks)."""
MAX_SCALE = 10_000


@dataclass(frozen=True, slots=True)
class GeneratedModel:
    """A generated model document with how many nodes and links it holds."""

    document: dict[str, Any]
    nodes: Counter[str]
    """Nodes per kind."""
    links: Counter[str]
    """Links per ``Kind.field`` (outgoing field of the source kind)."""

    @property
    def node_count(self) -> int:
        return sum(self.nodes.values())

    @property
    def link_count(self) -> int:
        return sum(self.links.values())


def generate_model(scale: int = 1, seed: int = 0) -> GeneratedModel:
    """A valid model of ``scale`` business units, the same for the same seed.

    Scale 1 is a small organisation (three journeys); how many nodes and links each
    scale point adds is stated, and measured, in :mod:`graph_api.generate.sizes`.
    """
    if not 1 <= scale <= MAX_SCALE:
        raise ValueError(f"scale must be between 1 and {MAX_SCALE}, got {scale}")
    build = DocumentBuilder()
    shared = _shared(build, seed)
    for index in range(scale):
        unit = Unit(index, unit_random(seed, f"unit-{index}"), build, shared)
        add_customers(unit)
        add_capabilities(unit)
        add_journeys(unit)
        add_value_stream(unit)
        add_systems(unit)
        add_processes(unit)
        add_pain_points(unit)
        add_opportunities(unit)
        add_backlog(unit)
        add_kpis(unit)
        add_teams(unit)
    return GeneratedModel(build.document(), build.nodes, build.links)


def _shared(build: DocumentBuilder, seed: int) -> Shared:
    rng = unit_random(seed, "shared")
    # Keys of shared nodes differ from the demo model's: both can be loaded together.
    channels = [
        build.node("Channel", f"channel-{key}", name=name, kind=kind)
        for key, name, kind in CHANNELS
    ]
    team = build.node("Team", PLATFORM_TEAM, name="Enterprise Platforms", kind="department")
    hubs = []
    for key, name, kind, criticality in HUB_SYSTEMS:
        hubs.append(
            build.node(
                "System",
                key,
                name=name,
                kind=kind,
                lifecycle="active",
                criticality=criticality,
                description="Shared by every business unit.",
            )
        )
    build.link(team, "Team", "systems", *(hub["key"] for hub in hubs))
    # The channels come in a seeded order: units pick their touchpoints' channels from it.
    rng.shuffle(channels)
    names = {channel["key"]: channel["name"] for channel in channels}
    return Shared(names, [hub["key"] for hub in hubs], list(HUB_WEIGHTS), team["key"])
