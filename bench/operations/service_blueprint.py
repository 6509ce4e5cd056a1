"""serviceBlueprint: the service blueprint of a journey, lane by lane."""

from itertools import chain

from bench.operations.base import JSON, Operation, Parameters, Rows, Value, key_of, keys
from graph_api.traversals.service_blueprint.cypher import (
    SERVICE_BLUEPRINT,
    blueprint_stages,
)
from graph_api.traversals.service_blueprint.result import (
    BlueprintEvidence,
    BlueprintStep,
    TouchpointFacts,
    blueprint_step,
)

# --- serviceBlueprint -------------------------------------------------------------------

_BLUEPRINT_OURS = """
query ServiceBlueprint($journey: ID!) {
  serviceBlueprint(journeyId: $journey) {
    stages {
      stage { key }
      steps {
        step { key }
        customerAction
        emotion
        evidence { key kind }
        frontStage { channel { key } touchpoints { key } }
        backStage { key }
        support { key }
        gaps { kind touchpoint { key } process { key } }
      }
    }
  }
}
"""

# Everything a blueprint is made of, as one nested read; the client shapes the lanes.
_BLUEPRINT_REFERENCE = """
query ServiceBlueprint($journey: String!) {
  journeys(where: {key_EQ: $journey}) {
    stages(sort: [{order: ASC}, {key: ASC}]) {
      key
      steps(sort: [{order: ASC}, {key: ASC}]) {
        key
        customerAction
        emotion
        owners(limit: 1) { key }
        evidence { key kind }
        painPoints { evidence { key kind } }
        processes { key systems { key } }
        touchpoints {
          key
          channel { key }
          evidence { key kind }
          painPoints { evidence { key kind } }
          processes { key systems { key } owners(limit: 1) { key } }
        }
      }
    }
  }
}
"""


def _lanes(step: BlueprintStep) -> Value:
    return {
        "step": step.step_key,
        "customerAction": step.customer_action,
        "emotion": step.emotion,
        "evidence": [[e.key, e.kind.lower()] for e in step.evidence],
        "frontStage": [[c.channel_key, c.touchpoint_keys] for c in step.front_stage],
        "backStage": step.back_stage,
        "support": step.support,
        "gaps": [[g.kind.value, g.touchpoint_key, g.process_key] for g in step.gaps],
    }


def _blueprint_ours(data: JSON) -> Value:
    return [
        {
            "stage": stage["stage"]["key"],
            "steps": [
                {
                    "step": s["step"]["key"],
                    "customerAction": s["customerAction"],
                    "emotion": s["emotion"],
                    "evidence": [[e["key"], str(e["kind"]).lower()] for e in s["evidence"]],
                    "frontStage": [
                        [key_of(c["channel"]), keys(c["touchpoints"])] for c in s["frontStage"]
                    ],
                    "backStage": keys(s["backStage"]),
                    "support": keys(s["support"]),
                    "gaps": [
                        [str(g["kind"]).lower(), key_of(g["touchpoint"]), key_of(g["process"])]
                        for g in s["gaps"]
                    ],
                }
                for s in stage["steps"]
            ],
        }
        for stage in data["serviceBlueprint"]["stages"]
    ]


def _reference_step(s: JSON) -> BlueprintStep:
    touchpoints: list[JSON] = s["touchpoints"]
    evidence = chain(
        s["evidence"],
        *(p["evidence"] for p in s["painPoints"]),
        *(t["evidence"] for t in touchpoints),
        *(p["evidence"] for t in touchpoints for p in t["painPoints"]),
    )
    processes = chain(s["processes"], *(t["processes"] for t in touchpoints))
    return blueprint_step(
        s["key"],
        {"customerAction": s["customerAction"], "emotion": s["emotion"]},
        step_owned=bool(s["owners"]),
        touchpoints=[
            TouchpointFacts(
                t["key"], key_of(t["channel"]), any(p["owners"] for p in t["processes"])
            )
            for t in touchpoints
        ],
        evidence=[BlueprintEvidence(e["key"], e["kind"]) for e in evidence],
        processes={p["key"]: keys(p["systems"]) for p in processes},
    )


def _blueprint_reference(data: JSON) -> Value:
    (journey,) = data["journeys"]
    return [
        {"stage": stage["key"], "steps": [_lanes(_reference_step(s)) for s in stage["steps"]]}
        for stage in journey["stages"]
    ]


def _blueprint_floor(rows: Rows) -> Value:
    # One row per (stage, step), read into stages as the Neo4j store reads them.
    return [
        {"stage": stage.stage_key, "steps": [_lanes(step) for step in stage.steps]}
        for stage in blueprint_stages(rows)
    ]


def service_blueprint(p: Parameters) -> Operation:
    return Operation(
        name="serviceBlueprint",
        question=f"the service blueprint of journey {p.journey!r}",
        ours=_BLUEPRINT_OURS,
        ours_variables={"journey": p.journey},
        reference=_BLUEPRINT_REFERENCE,
        reference_variables={"journey": p.journey},
        floor=SERVICE_BLUEPRINT,
        floor_parameters={"journey": p.journey},
        from_ours=_blueprint_ours,
        from_reference=_blueprint_reference,
        from_floor=_blueprint_floor,
        reference_note="one nested read of plain relationship fields (5 levels, 14 "
        "lists under each step); the client shapes lanes and gaps (blueprint_step)",
    )
