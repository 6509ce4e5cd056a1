"""Teams and what they own: journeys, steps, processes, capabilities, systems, KPIs.

Ownership is deliberately incomplete (some steps, processes, capabilities and systems
have no owner), as in real organisations and in the demo model, so the coverage
questions have gaps to find.
"""

from graph_api.generate.context import Unit, chance
from graph_api.generate.vocabulary_enterprise import TEAM_NAMES

TEAMS_PER_UNIT = (6, 8)


def add_teams(unit: Unit) -> None:
    rng, build, p = unit.rng, unit.build, unit.prefix
    names = rng.sample(TEAM_NAMES, rng.randint(*TEAMS_PER_UNIT))
    teams = [
        build.node("Team", f"{p}-team-{n}", name=f"{name} ({unit.line})", kind=kind)
        for n, (name, kind) in enumerate(names)
    ]
    build.link(teams[0], "Team", "valueStreams", unit.value_stream)
    for journey in unit.journeys:
        owner = rng.choice(teams)
        build.link(owner, "Team", "journeys", journey.key)
        for steps in journey.steps:
            stage_owner = rng.choice(teams)  # one team per stage owns most of its steps
            for step in steps:
                if chance(rng, 0.9):
                    build.link(stage_owner, "Team", "steps", step["key"])
    for field, entries, share in (
        ("processes", unit.processes, 0.85),
        ("systems", unit.systems, 0.9),
        ("kpis", unit.kpis, 1.0),
    ):
        for entry in entries:
            if chance(rng, share):
                build.link(rng.choice(teams), "Team", field, entry["key"])
    for level in unit.capabilities:
        for capability in level:
            if chance(rng, 0.7):
                build.link(rng.choice(teams), "Team", "capabilities", capability)
