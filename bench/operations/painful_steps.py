"""painfulSteps: the steps of a journey that hurt, with what they gather."""

from collections.abc import Iterable

from bench.operations.base import JSON, Operation, Parameters, Rows, Value, keys
from graph_api.traversals.painful_steps.cypher import NO_LIMIT, PAINFUL_STEPS

# --- painfulSteps -----------------------------------------------------------------------

_PAINFUL_OURS = """
query PainfulSteps($journey: ID!, $minSeverity: Int!) {
  painfulSteps(journeyId: $journey, minSeverity: $minSeverity) {
    pain
    step { key }
    painPoints { key }
    touchpoints { key }
    processes { key }
    backlogItems { key }
  }
}
"""

_PAINFUL_REFERENCE = """
query PainfulSteps($journey: String!, $minSeverity: Int!) {
  painfulSteps(journey: $journey, minSeverity: $minSeverity) {
    key
    pain
    painPointsWithTouchpoints { key }
    touchpoints { key }
    processesWithTouchpoints { key }
    backlogItemsWithPainPoints { key }
  }
}
"""


def _painful_row(
    step: str,
    pain: int,
    pain_points: Iterable[str],
    touchpoints: Iterable[str],
    processes: Iterable[str],
    backlog_items: Iterable[str],
) -> Value:
    return {
        "step": step,
        "pain": int(pain),
        "painPoints": sorted(pain_points),
        "touchpoints": sorted(touchpoints),
        "processes": sorted(processes),
        "backlogItems": list(backlog_items),  # in order: by priority, then key
    }


def _painful_ours(data: JSON) -> Value:
    return [
        _painful_row(
            r["step"]["key"],
            r["pain"],
            keys(r["painPoints"]),
            keys(r["touchpoints"]),
            keys(r["processes"]),
            keys(r["backlogItems"]),
        )
        for r in data["painfulSteps"]
    ]


def _painful_reference(data: JSON) -> Value:
    return [
        _painful_row(
            r["key"],
            r["pain"],
            keys(r["painPointsWithTouchpoints"]),
            keys(r["touchpoints"]),
            keys(r["processesWithTouchpoints"]),
            keys(r["backlogItemsWithPainPoints"]),
        )
        for r in data["painfulSteps"]
    ]


def _painful_floor(rows: Rows) -> Value:
    return [
        _painful_row(
            r["step"],
            r["pain"],
            (p["key"] for p in r["pain_points"]),
            r["touchpoints"],
            r["processes"],
            r["backlog_items"],
        )
        for r in rows
    ]


def painful_steps(p: Parameters) -> Operation:
    return Operation(
        name="painfulSteps",
        question=f"steps of journey {p.journey!r} with pain >= {p.min_severity}",
        ours=_PAINFUL_OURS,
        ours_variables={"journey": p.journey, "minSeverity": p.min_severity},
        reference=_PAINFUL_REFERENCE,
        reference_variables={"journey": p.journey, "minSeverity": p.min_severity},
        floor=PAINFUL_STEPS,
        floor_parameters={
            "journey": p.journey,
            "persona": None,
            "channel": None,
            "min_severity": p.min_severity,
            "limit": NO_LIMIT,
            "serving_systems": False,  # the optional part: not asked, as in ours
        },
        from_ours=_painful_ours,
        from_reference=_painful_reference,
        from_floor=_painful_floor,
        reference_note="Query-level @cypher (our Cypher, returning the steps) + @cypher "
        "fields on Step for pain and what it gathers through its touchpoints",
    )
