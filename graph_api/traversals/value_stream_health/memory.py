"""``valueStreamHealth`` on the in-memory graph (twin of the Cypher in the Neo4j store).

:func:`kpis_measuring` is how any traversal reads and rates the KPIs measuring a node on
the in-memory graph (``journeyHealth`` too).
"""

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.value_stream_health.result import (
    KpiHealth,
    MeasurementPoint,
    StageHealth,
    ValueStreamHealth,
)
from graph_api.traversals.value_stream_health.scoring import (
    TREND_WINDOW,
    chronological,
    kpi_health,
    worst_status,
)


def rated_kpi(memory: MemoryGraph, kpi: NodeRef) -> KpiHealth:
    """The KPI rated on its latest measurements (scoring.kpi_health)."""
    record = memory.get(kpi)
    props = record.props if record else {}
    points = chronological(
        MeasurementPoint(str(r.props["at"]), r.key, float(r.props["value"]))
        for m in memory.targets(kpi, "HAS_MEASUREMENT", "Measurement")
        if (r := memory.get(m))
    )
    target = props.get("target")
    return kpi_health(
        kpi.key,
        float(target) if target is not None else None,
        str(props.get("direction", "higher_is_better")),
        points[-TREND_WINDOW:],
    )


def kpis_measuring(memory: MemoryGraph, node: NodeRef) -> list[KpiHealth]:
    """The KPIs MEASURING ``node``, rated, by key."""
    return [rated_kpi(memory, k) for k in sorted(memory.sources(node, "MEASURES", "KPI"))]


def _stage(memory: MemoryGraph, stage: NodeRef) -> StageHealth:
    kpis = kpis_measuring(memory, stage)
    return StageHealth(
        stage_key=stage.key,
        capability_keys=sorted(c.key for c in memory.targets(stage, "ENABLED_BY", "Capability")),
        kpis=kpis,
        status=worst_status(k.status for k in kpis),
    )


def value_stream_health(memory: MemoryGraph, value_stream_key: str) -> ValueStreamHealth | None:
    """The health of the value stream's stages; None when there is no such value stream."""
    stream = NodeRef("ValueStream", value_stream_key)
    if memory.get(stream) is None:
        return None
    refs = memory.in_position_order(memory.targets(stream, "HAS_STAGE", "ValueStreamStage"))
    stages = [_stage(memory, s) for s in refs]
    return ValueStreamHealth(
        value_stream_key=value_stream_key,
        stages=stages,
        status=worst_status(s.status for s in stages),
    )
