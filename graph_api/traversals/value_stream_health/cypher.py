"""``valueStreamHealth`` in Cypher: one query.

Its in-memory twin is :mod:`graph_api.traversals.value_stream_health.memory`;
both rate the KPIs with :mod:`graph_api.traversals.value_stream_health.scoring`.
:func:`kpis_measuring` and :func:`rated_kpis` are how any traversal reads and rates the
KPIs measuring a node (``journeyHealth`` too).
"""

from collections.abc import Iterable
from typing import Any

from graph_api.store.traversal import RunQuery
from graph_api.traversals.value_stream_health.result import (
    KpiHealth,
    MeasurementPoint,
    StageHealth,
    ValueStreamHealth,
)
from graph_api.traversals.value_stream_health.scoring import TREND_WINDOW, kpi_health, worst_status


def kpis_measuring(node: str) -> str:
    """A Cypher expression: the KPIs MEASURING the node bound to ``node``, each a map of
    its key, target, direction and only its latest ``$window`` measurements: latest by
    ``at``, on the same day by key, the greater last (scoring.chronological, the same
    order). The query passes ``$window`` (``TREND_WINDOW``)."""
    return f"""COLLECT {{
         MATCH (k:KPI)-[:MEASURES]->({node})
         RETURN {{
           key: k.key,
           target: k.target,
           direction: k.direction,
           latest: COLLECT {{
             MATCH (k)-[:HAS_MEASUREMENT]->(m:Measurement)
             RETURN m {{.key, .value, .at}}
             ORDER BY m.at DESC, m.key DESC
             LIMIT $window
           }}
         }}
       }}"""


def rated_kpis(kpis: Iterable[dict[str, Any]]) -> list[KpiHealth]:
    """The KPIs one :func:`kpis_measuring` read, rated, by key."""
    return [
        kpi_health(
            k["key"],
            float(k["target"]) if k["target"] is not None else None,
            k["direction"] or "higher_is_better",
            [MeasurementPoint(str(m["at"]), m["key"], float(m["value"])) for m in k["latest"]],
        )
        for k in sorted(kpis, key=lambda k: str(k["key"]))
    ]


# One row per stage (one row with a null stage when the stream has none; no row for an
# unknown stream).
VALUE_STREAM_HEALTH = f"""
MATCH (v:ValueStream {{key: $value_stream}})
OPTIONAL MATCH (v)-[:HAS_STAGE]->(st:ValueStreamStage)
RETURN st.key AS stage, st.order AS stage_order,
       COLLECT {{ MATCH (st)-[:ENABLED_BY]->(c:Capability) RETURN c.key }} AS capabilities,
       {kpis_measuring("st")} AS kpis
"""


def _stage(row: dict[str, Any]) -> StageHealth:
    kpis = rated_kpis(row["kpis"])
    return StageHealth(
        stage_key=row["stage"],
        capability_keys=sorted(row["capabilities"]),
        kpis=kpis,
        status=worst_status(k.status for k in kpis),
    )


async def value_stream_health(run: RunQuery, value_stream_key: str) -> ValueStreamHealth | None:
    rows = await run(VALUE_STREAM_HEALTH, value_stream=value_stream_key, window=TREND_WINDOW)
    if not rows:
        return None
    # Stages by order, then key.
    ordered = sorted(
        (r for r in rows if r["stage"] is not None),
        key=lambda r: (int(r["stage_order"]), str(r["stage"])),
    )
    stages = [_stage(r) for r in ordered]
    return ValueStreamHealth(
        value_stream_key=value_stream_key,
        stages=stages,
        status=worst_status(s.status for s in stages),
    )
