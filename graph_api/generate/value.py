"""A value stream per unit (stages mapped to journey stages) and KPIs with measurements."""

from datetime import date

from graph_api.generate.builder import Entry
from graph_api.generate.context import Unit, chance, some
from graph_api.generate.vocabulary_enterprise import KPI_TEMPLATES, VALUE_STREAM_STAGES

KPIS_PER_UNIT = (8, 12)
MEASUREMENTS_PER_KPI = (24, 36)
"""Monthly values: two to three years of them."""
FIRST_MONTH = date(2023, 1, 1)


def add_value_stream(unit: Unit) -> None:
    """5-7 consecutive value-stream stages, enabled by capabilities; each journey stage
    maps to the value-stream stage at the same relative position (sometimes two)."""
    rng, build, p = unit.rng, unit.build, unit.prefix
    key = f"{p}-vs"
    stream = build.node("ValueStream", key, name=f"Deliver {unit.line}")
    count = rng.randint(5, 7)
    start = rng.randint(0, len(VALUE_STREAM_STAGES) - count)
    for n, name in enumerate(VALUE_STREAM_STAGES[start : start + count]):
        stage = build.node("ValueStreamStage", f"{key}-{n}", name=name, order=n + 1)
        capabilities = unit.capabilities[1] + unit.capabilities[2]
        build.link(stage, "ValueStreamStage", "capabilities", *some(rng, capabilities, 1, 3))
        if unit.vs_stages:
            build.link(unit.vs_stages[-1], "ValueStreamStage", "next", stage["key"])
        unit.vs_stages.append(stage)
    build.link(stream, "ValueStream", "stages", *(s["key"] for s in unit.vs_stages))
    unit.value_stream = key
    for journey in unit.journeys:
        for s, stage in enumerate(journey.stages):
            at = s * count // len(journey.stages)
            mapped = [unit.vs_stages[at]["key"]]
            if at + 1 < count and chance(rng, 0.2):
                mapped.append(unit.vs_stages[at + 1]["key"])
            build.link(stage, "Stage", "valueStreamStages", *mapped)


def _month(index: int) -> date:
    years, month = divmod(FIRST_MONTH.month - 1 + index, 12)
    return date(FIRST_MONTH.year + years, month + 1, 1)


def add_kpis(unit: Unit) -> None:
    """KPIs measuring journeys, steps, touchpoints, processes or value-stream stages,
    each with 24-36 monthly measurements drifting towards (or away from) the target."""
    rng, build, p = unit.rng, unit.build, unit.prefix
    journeys = [j.key for j in unit.journeys]
    steps = [s["key"] for s in unit.all_steps()]
    touchpoints = [t["key"] for t in unit.all_touchpoints()]
    processes = [proc["key"] for proc in unit.processes]
    vs_stages = [s["key"] for s in unit.vs_stages]
    for n in range(rng.randint(*KPIS_PER_UNIT)):
        name, unit_name, target, direction, (low, high) = rng.choice(KPI_TEMPLATES)
        key = f"{p}-kpi-{n}"
        kpi: Entry = build.node(
            "KPI",
            key,
            name=f"{name} ({unit.line})",
            unit=unit_name,
            target=target,
            direction=direction,
        )
        field, targets = rng.choice(
            (
                ("journeys", journeys),
                ("steps", steps),
                ("touchpoints", touchpoints),
                ("processes", processes),
                ("valueStreamStages", vs_stages),
            )
        )
        build.link(kpi, "KPI", field, *some(rng, targets, 2, 6))
        value = rng.uniform(low, high)
        measurements: list[str] = []
        for m in range(rng.randint(*MEASUREMENTS_PER_KPI)):
            value = min(high, max(low, value + rng.gauss(0, (high - low) / 20)))
            at = _month(m)
            measurement = f"{key}-{at.isoformat()}"
            build.node("Measurement", measurement, value=round(value, 2), at=at.isoformat())
            measurements.append(measurement)
        build.link(kpi, "KPI", "measurements", *measurements)
        unit.kpis.append(kpi)
