"""Journeys: 4-8 ordered stages, 20-60 steps chained by NEXT, 1-3 touchpoints per step."""

import random

from graph_api.generate.builder import Entry
from graph_api.generate.context import JourneyParts, Unit, chance, some
from graph_api.generate.vocabulary import (
    JOURNEY_NAMES,
    STAGE_NAMES,
    STEP_OBJECTS,
    STEP_VERBS,
    TOUCHPOINT_FORMS,
)

STAGES_PER_JOURNEY = (4, 8)
STEPS_PER_JOURNEY = (20, 60)
TOUCHPOINTS_PER_STEP = (1, 3)
BRANCH_CHANCE = 0.08
"""How often a step also leads past its successor (an optional step can be skipped)."""


def add_journeys(unit: Unit) -> None:
    """One journey per persona, accomplishing one or two of the persona's jobs."""
    for number, persona in enumerate(unit.personas):
        _journey(unit, number, persona)


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` steps over ``parts`` stages, at least two each."""
    sizes = [2] * parts
    for _ in range(total - 2 * parts):
        sizes[rng.randrange(parts)] += 1
    return sizes


def _journey(unit: Unit, number: int, persona: str) -> None:
    rng, build = unit.rng, unit.build
    key = f"{unit.prefix}-j{number}"
    entry = build.node(
        "Journey",
        key,
        name=f"{rng.choice(JOURNEY_NAMES)} ({unit.line})",
        state="future" if chance(rng, 0.1) else "current",
        description=f"How the customer gets it done with {unit.line}, end to end.",
    )
    build.link(entry, "Journey", "persona", persona)
    jobs = unit.jobs_of[persona]
    build.link(entry, "Journey", "jobs", *some(rng, jobs, 1, 2))
    outcomes = [o for job in jobs for o in unit.outcomes_of[job]]
    stage_count = rng.randint(*STAGES_PER_JOURNEY)
    names = rng.sample(STAGE_NAMES, stage_count)
    sizes = _split(rng, rng.randint(*STEPS_PER_JOURNEY), stage_count)
    parts = JourneyParts(key, persona, [], [])
    for s, (name, size) in enumerate(zip(names, sizes, strict=True)):
        stage = build.node("Stage", f"{key}-s{s}", name=name, order=s + 1)
        parts.stages.append(stage)
        parts.steps.append([_step(unit, stage, o + 1, outcomes) for o in range(size)])
        build.link(stage, "Stage", "steps", *(step["key"] for step in parts.steps[-1]))
    build.link(entry, "Journey", "stages", *(stage["key"] for stage in parts.stages))
    steps = parts.all_steps()
    for i, step in enumerate(steps[:-1]):
        following = [steps[i + 1]["key"]]
        if i + 2 < len(steps) and chance(rng, BRANCH_CHANCE):
            following.append(steps[i + 2]["key"])
        build.link(step, "Step", "next", *following)
    unit.journeys.append(parts)


def _step(unit: Unit, stage: Entry, order: int, outcomes: list[str]) -> Entry:
    rng, build = unit.rng, unit.build
    key = f"{stage['key']}-{order}"
    verb, obj = rng.choice(STEP_VERBS), rng.choice(STEP_OBJECTS)
    step = build.node(
        "Step",
        key,
        name=f"{verb} {obj}",
        order=order,
        customerAction=f"{verb}s {obj} while getting {stage['name'].lower()} done",
        emotion=rng.choices(range(1, 6), weights=(2, 3, 4, 3, 1))[0],
    )
    if outcomes and chance(rng, 0.9):
        build.link(step, "Step", "outcomes", *some(rng, outcomes, 1, 3))
    touchpoints: list[Entry] = []
    names = unit.shared.channel_names
    for t, channel in enumerate(some(rng, list(names), *TOUCHPOINTS_PER_STEP)):
        touchpoint = build.node(
            "Touchpoint",
            f"{key}-t{t}",
            name=f"{step['name']}: {rng.choice(TOUCHPOINT_FORMS)} ({names[channel]})",
            differentiating=chance(rng, 0.1),
        )
        build.link(touchpoint, "Touchpoint", "channel", channel)
        touchpoints.append(touchpoint)
    build.link(step, "Step", "touchpoints", *(t["key"] for t in touchpoints))
    unit.touchpoints_of[key] = touchpoints
    return step
