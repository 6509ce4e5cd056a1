"""What hurts and what is done about it: pain points with evidence, opportunities, backlog."""

from graph_api.generate.builder import Entry
from graph_api.generate.context import Unit, chance, some
from graph_api.generate.vocabulary import EVIDENCE_KINDS, PAIN_TEMPLATES, ROOT_CAUSES
from graph_api.generate.vocabulary_enterprise import BACKLOG_THEMES

PAIN_CHANCE = 0.5
"""How often a step has a pain point (and, as often again, a second one)."""
EVIDENCE_CHANCE = 0.85
OPPORTUNITIES_PER_UNIT = (6, 10)


def add_pain_points(unit: Unit) -> None:
    """Pain points on steps (and their touchpoints), most with evidence on the step."""
    rng, build = unit.rng, unit.build
    steps = unit.all_steps()
    for i, step in enumerate(steps):
        for n in range(2):
            if not chance(rng, PAIN_CHANCE):
                break
            key = f"{step['key']}-pain-{n}"
            pain = build.node(
                "PainPoint",
                key,
                name=rng.choice(PAIN_TEMPLATES),
                severity=rng.choices(range(1, 6), (1, 3, 4, 3, 1))[0],
                frequency=round(rng.uniform(0.01, 0.6), 2) if chance(rng, 0.7) else None,
                rootCause=rng.choice(ROOT_CAUSES),
            )
            build.link(pain, "PainPoint", "steps", step["key"])
            if i + 1 < len(steps) and chance(rng, 0.3):
                build.link(pain, "PainPoint", "steps", steps[i + 1]["key"])
            touchpoints = unit.touchpoints_of[step["key"]]
            if chance(rng, 0.6):
                build.link(pain, "PainPoint", "touchpoints", rng.choice(touchpoints)["key"])
            unit.pain_points.append(pain)
            if chance(rng, EVIDENCE_CHANCE):
                _evidence(unit, pain, step, touchpoints)


def _evidence(unit: Unit, pain: Entry, step: Entry, touchpoints: list[Entry]) -> None:
    rng, build = unit.rng, unit.build
    kind = rng.choice(EVIDENCE_KINDS)
    evidence = build.node(
        "Evidence",
        f"{pain['key']}-evidence",
        kind=kind,
        summary=f"{kind.replace('_', ' ').capitalize()}: {pain['name'].lower()}",
        source=f"{unit.line} research repository",
        collectedAt=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        sampleSize=rng.randint(5, 2000) if chance(rng, 0.7) else None,
        score=round(rng.uniform(1, 10), 1) if chance(rng, 0.3) else None,
    )
    build.link(evidence, "Evidence", "painPoints", pain["key"])
    build.link(evidence, "Evidence", "steps", step["key"])
    if chance(rng, 0.5):
        build.link(evidence, "Evidence", "touchpoints", rng.choice(touchpoints)["key"])
    outcomes = step.get("outcomes", [])
    if outcomes and chance(rng, 0.5):
        build.link(evidence, "Evidence", "outcomes", rng.choice(outcomes))


def add_opportunities(unit: Unit) -> None:
    """Opportunities relieving the most severe pain where it arises."""
    rng, build = unit.rng, unit.build
    severe = sorted(unit.pain_points, key=lambda pain: -int(pain["severity"]))
    chosen = severe[: rng.randint(*OPPORTUNITIES_PER_UNIT)]
    steps = {step["key"]: step for step in unit.all_steps()}
    for n, pain in enumerate(chosen):
        opportunity = build.node(
            "Opportunity",
            f"{unit.prefix}-opp-{n}",
            statement=f"Stop customers having to say: {pain['name'].lower()}",
            value=rng.randint(2, 5),
            effort=rng.randint(1, 5),
        )
        build.link(opportunity, "Opportunity", "painPoints", pain["key"])
        build.link(opportunity, "Opportunity", "steps", *pain["steps"])
        step_outcomes = [o for key in pain["steps"] for o in steps[key].get("outcomes", [])]
        if step_outcomes:
            build.link(opportunity, "Opportunity", "outcomes", rng.choice(step_outcomes))
        unit.opportunities.append(opportunity)


def add_backlog(unit: Unit) -> None:
    """Three epics of 2-3 features of 2-4 stories: epics change capabilities, features
    address opportunities, stories address pain points and steps and change touchpoints,
    systems or processes."""
    rng, build, p = unit.rng, unit.build, unit.prefix
    for e, theme in enumerate(rng.sample(BACKLOG_THEMES, 3)):
        epic = _item(unit, f"{p}-epic-{e}", f"{theme} ({unit.line})", "epic")
        build.link(epic, "BacklogItem", "changesCapabilities", rng.choice(unit.capabilities[1]))
        for f in range(rng.randint(2, 3)):
            feature = _item(unit, f"{epic['key']}-{f}", f"{theme}: increment {f + 1}", "feature")
            build.link(feature, "BacklogItem", "parent", epic["key"])
            if unit.opportunities and chance(rng, 0.7):
                opportunity = rng.choice(unit.opportunities)
                build.link(feature, "BacklogItem", "opportunities", opportunity["key"])
            for s in range(rng.randint(2, 4)):
                story = _item(unit, f"{feature['key']}-{s}", f"{theme}: story {s + 1}", "story")
                build.link(story, "BacklogItem", "parent", feature["key"])
                if unit.pain_points:
                    pain = rng.choice(unit.pain_points)
                    build.link(story, "BacklogItem", "painPoints", pain["key"])
                    build.link(story, "BacklogItem", "steps", pain["steps"][0])
                _changes(unit, story)


def _item(unit: Unit, key: str, title: str, kind: str) -> Entry:
    rng = unit.rng
    return unit.build.node(
        "BacklogItem",
        key,
        title=title,
        kind=kind,
        status=rng.choices(("idea", "todo", "doing", "done"), (2, 4, 2, 3))[0],
        priority=rng.randint(1, 5),
        estimate=float(rng.choice((1, 2, 3, 5, 8, 13))) if kind == "story" else None,
    )


def _changes(unit: Unit, story: Entry) -> None:
    rng, build = unit.rng, unit.build
    roll = rng.random()
    if roll < 0.4:
        touchpoints = unit.all_touchpoints()
        build.link(story, "BacklogItem", "changesTouchpoints", rng.choice(touchpoints)["key"])
    elif roll < 0.7:
        build.link(story, "BacklogItem", "changesSystems", rng.choice(unit.systems)["key"])
    elif roll < 0.9:
        build.link(story, "BacklogItem", "changesProcesses", rng.choice(unit.processes)["key"])
    if chance(rng, 0.2):
        outcomes = [o for outcomes in unit.outcomes_of.values() for o in outcomes]
        build.link(story, "BacklogItem", "outcomes", *some(rng, outcomes, 1, 1))
