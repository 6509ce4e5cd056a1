"""Personas with their jobs to be done and the desired outcomes of each job."""

from graph_api.generate.context import Unit, chance
from graph_api.generate.vocabulary import (
    JOB_OBJECTS,
    JOB_VERBS,
    OUTCOME_OBJECTS,
    OUTCOME_STEMS,
    PERSONA_NAMES,
    PERSONA_TRAITS,
)

PERSONAS_PER_UNIT = 3
JOBS_PER_PERSONA = (2, 3)
OUTCOMES_PER_JOB = (3, 5)


def add_customers(unit: Unit) -> None:
    """Personas, each with 2-3 jobs (sometimes sharing one), each job with 3-5 outcomes."""
    rng, build, p = unit.rng, unit.build, unit.prefix
    all_jobs: list[str] = []
    persona_entries = []
    for n in range(PERSONAS_PER_UNIT):
        trait, segment = rng.choice(PERSONA_TRAITS)
        key = f"{p}-persona-{n}"
        entry = build.node(
            "Persona",
            key,
            name=f"{rng.choice(PERSONA_NAMES)}, {trait} ({unit.line})",
            segment=segment,
            description=f"A {unit.line} customer: {trait}.",
        )
        persona_entries.append(entry)
        unit.personas.append(key)
        jobs: list[str] = []
        for j in range(rng.randint(*JOBS_PER_PERSONA)):
            job = f"{key}-job-{j}"
            statement = f"{rng.choice(JOB_VERBS)} {rng.choice(JOB_OBJECTS)} ({unit.line})"
            kind = "emotional" if chance(rng, 0.15) else "functional"
            job_entry = build.node("Job", job, statement=statement, kind=kind)
            outcomes = [f"{job}-outcome-{o}" for o in range(rng.randint(*OUTCOMES_PER_JOB))]
            for outcome in outcomes:
                importance = round(rng.uniform(4, 10), 1)
                build.node(
                    "Outcome",
                    outcome,
                    statement=f"{rng.choice(OUTCOME_STEMS)} {rng.choice(OUTCOME_OBJECTS)}",
                    importance=importance,
                    satisfaction=round(rng.uniform(1, 9), 1),
                )
            build.link(job_entry, "Job", "outcomes", *outcomes)
            unit.outcomes_of[job] = outcomes
            jobs.append(job)
        build.link(entry, "Persona", "jobs", *jobs)
        unit.jobs_of[key] = jobs
        all_jobs.extend(jobs)
    # Some jobs are shared: a persona also has a job another persona of the unit has.
    for key, entry in zip(unit.personas, persona_entries, strict=True):
        if chance(rng, 0.4):
            others = [j for j in all_jobs if j not in unit.jobs_of[key]]
            shared = rng.choice(others)
            build.link(entry, "Persona", "jobs", shared)
            unit.jobs_of[key] = [*unit.jobs_of[key], shared]
