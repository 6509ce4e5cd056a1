"""Plain results of the traversal queries, shared by both stores and the API.

Traversals return keys, not nodes: the API resolves the nodes through its per-request
loaders, so a traversal stays one round trip however much the client asks for. One
module per query.
"""

from graph_api.store.results.coverage import (
    ChannelEvidenceCount,
    Coverage,
    StageChannelGap,
    StepEvidenceCount,
    UnaddressedPainfulStep,
)
from graph_api.store.results.impact import Hop, ImpactRow
from graph_api.store.results.opportunity_scores import (
    OpportunityScoresQuery,
    OutcomeScoreRow,
    StepPain,
)
from graph_api.store.results.painful_steps import (
    PainfulStepRow,
    PainfulStepsQuery,
    PainPointEvidence,
)
from graph_api.store.results.paths import GraphPath, PathsResult
from graph_api.store.results.search import SearchHit
from graph_api.store.results.service_blueprint import (
    BlueprintChannel,
    BlueprintEvidence,
    BlueprintGap,
    BlueprintGapKind,
    BlueprintStage,
    BlueprintStep,
    ServiceBlueprint,
)
from graph_api.store.results.story_map import StoryMap, StoryMapStage, StoryMapStep
from graph_api.store.results.traceability import Traceability
from graph_api.store.results.value_stream_health import (
    KpiHealth,
    KpiStatus,
    KpiTrend,
    MeasurementPoint,
    StageHealth,
    ValueStreamHealth,
)

__all__ = [
    "BlueprintChannel",
    "BlueprintEvidence",
    "BlueprintGap",
    "BlueprintGapKind",
    "BlueprintStage",
    "BlueprintStep",
    "ChannelEvidenceCount",
    "Coverage",
    "GraphPath",
    "Hop",
    "ImpactRow",
    "KpiHealth",
    "KpiStatus",
    "KpiTrend",
    "MeasurementPoint",
    "OpportunityScoresQuery",
    "OutcomeScoreRow",
    "PainPointEvidence",
    "PainfulStepRow",
    "PainfulStepsQuery",
    "PathsResult",
    "SearchHit",
    "ServiceBlueprint",
    "StageChannelGap",
    "StageHealth",
    "StepEvidenceCount",
    "StepPain",
    "StoryMap",
    "StoryMapStage",
    "StoryMapStep",
    "Traceability",
    "UnaddressedPainfulStep",
    "ValueStreamHealth",
]
