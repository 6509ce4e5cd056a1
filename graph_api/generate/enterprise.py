"""The back stage: capability trees, systems and processes serving the journeys.

Each unit has two three-level capability trees (the top ones with a German label),
8-12 systems of its own (each with two attributes) and 5-7
processes with 2-5 sub-processes each. Processes realize capabilities, use the unit's
systems and the organisation's hub systems (the first hub, the customer data platform,
by about two processes in three: the "widely used system" of benchmarks), and serve
the touchpoints and steps of the journey stages they are assigned to.
"""

from graph_api.generate.context import Unit, chance, some
from graph_api.generate.vocabulary_enterprise import (
    CAPABILITY_AREAS,
    CAPABILITY_ASPECTS,
    CAPABILITY_TOPICS,
    PROCESS_OBJECTS,
    PROCESS_VERBS,
    SUB_PROCESS_STEPS,
    SYSTEM_KINDS,
)

FIRST_HUB_CHANCE = 0.65
"""How often a process uses the first hub system (the customer data platform)."""
OTHER_HUB_CHANCE = 0.5
"""How often a process uses one of the other hubs (the first ones more often)."""


def add_capabilities(unit: Unit) -> None:
    """Two level-1 areas, each with 3 level-2 capabilities of 2-4 level-3 ones."""
    rng, build, p = unit.rng, unit.build, unit.prefix
    for a, area in enumerate(rng.sample(CAPABILITY_AREAS, 2)):
        top = f"{p}-cap-{a}"
        build.node(
            "Capability",
            top,
            name=f"{area} ({unit.line})",
            level=1,
            translations=[{"language": "de", "label": f"{area} ({unit.line}) [de]"}],
        )
        unit.capabilities[0].append(top)
        for b, topic in enumerate(rng.sample(CAPABILITY_TOPICS, 3)):
            middle = f"{top}-{b}"
            entry = build.node(
                "Capability",
                middle,
                name=topic.capitalize(),
                level=2,
                maturity=rng.randint(1, 5),
            )
            build.link(entry, "Capability", "parent", top)
            unit.capabilities[1].append(middle)
            for c, aspect in enumerate(some(rng, CAPABILITY_ASPECTS, 2, 4)):
                leaf = build.node(
                    "Capability",
                    f"{middle}-{c}",
                    name=f"{topic.capitalize()} {aspect}",
                    level=3,
                    maturity=rng.randint(1, 5) if chance(rng, 0.8) else None,
                )
                build.link(leaf, "Capability", "parent", middle)
                unit.capabilities[2].append(leaf["key"])


def add_systems(unit: Unit) -> None:
    rng, build, p = unit.rng, unit.build, unit.prefix
    for n in range(rng.randint(8, 12)):
        code, description = SYSTEM_KINDS[n % len(SYSTEM_KINDS)]
        lifecycle = rng.choices(("plan", "active", "phase_out", "retired"), (1, 12, 3, 1))[0]
        unit.systems.append(
            build.node(
                "System",
                f"{p}-sys-{n}",
                name=f"{description} for {unit.line} ({code}{'' if n < 10 else n})",
                kind=code,
                lifecycle=lifecycle,
                criticality=rng.randint(1, 5),
                # Drawn from no random numbers, so the rest of the model stays as seeded.
                attributes=[
                    {"name": "Cost centre", "value": f"CC-{unit.index + 1}{n:02d}"},
                    {"name": "Vendor", "value": f"{code} vendor"},
                ],
            )
        )


def add_processes(unit: Unit) -> None:
    """Processes and sub-processes, each assigned to some journey stages it serves."""
    rng, build, p = unit.rng, unit.build, unit.prefix
    stages = [
        (journey, s) for journey in unit.journeys for s in range(len(journey.stages))
    ]  # every (journey, stage index) of the unit
    local = [s["key"] for s in unit.systems]
    for n in range(rng.randint(5, 7)):
        verb, obj = rng.choice(PROCESS_VERBS), rng.choice(PROCESS_OBJECTS)
        kind = rng.choices(("core", "support", "management"), (6, 3, 1))[0]
        parent = build.node("Process", f"{p}-proc-{n}", name=f"{verb} {obj}", kind=kind)
        build.link(parent, "Process", "capabilities", rng.choice(unit.capabilities[1]))
        build.link(parent, "Process", "systems", *some(rng, local, 1, 2), *_hubs(unit))
        unit.processes.append(parent)
        for c, part in enumerate(some(rng, SUB_PROCESS_STEPS, 2, 5)):
            child = build.node(
                "Process", f"{parent['key']}-{c}", name=f"{verb} {obj}: {part}", kind=kind
            )
            build.link(child, "Process", "parent", parent["key"])
            if chance(rng, 0.9):  # a few realize nothing: gaps the coverage query finds
                build.link(child, "Process", "capabilities", *some(rng, unit.capabilities[2], 1, 2))
            build.link(child, "Process", "systems", *some(rng, local, 2, 4), *_hubs(unit))
            unit.processes.append(child)
            unit.sub_processes.append(child)
    # Each journey stage is served by 2-4 sub-processes: its touchpoints by 1-3 of them,
    # most of its steps directly by one or two.
    for journey, s in stages:
        serving = some(rng, unit.sub_processes, 2, 4)
        for step in journey.steps[s]:
            for touchpoint in unit.touchpoints_of[step["key"]]:
                for process in some(rng, serving, 1, 3):
                    build.link(process, "Process", "touchpoints", touchpoint["key"])
            if chance(rng, 0.9):
                for process in some(rng, serving, 1, 2):
                    build.link(process, "Process", "steps", step["key"])


def _hubs(unit: Unit) -> list[str]:
    """The first hub (often), and another one (sometimes, weighted)."""
    rng, shared = unit.rng, unit.shared
    hubs: list[str] = []
    if chance(rng, FIRST_HUB_CHANCE):
        hubs.append(shared.hubs[0])
    if chance(rng, OTHER_HUB_CHANCE):
        hub = rng.choices(shared.hubs[1:], shared.hub_weights[1:])[0]
        hubs.append(hub)
    return hubs
