"""The create (``<Kind>Input``) and update (``<Kind>Patch``) inputs of every node kind.

Generated from the metamodel (graph_api/metamodel) by graph_api/graphql/types/generate.py.
Do not edit: after changing the metamodel, run ``make generated``
(``python -m graph_api.graphql.types.generate``), which rewrites this file.
"""

from __future__ import annotations

from datetime import date

import strawberry

import graph_api.graphql.types.scalars  # noqa: F401 (registers the metamodel's enums)
from graph_api.graphql.types.carried_types import (
    AttributeInput,
    DiagramConnectionInput,
    DiagramNodeInput,
    TranslationInput,
)
from graph_api.metamodel.enums import (
    BacklogKind,
    BacklogStatus,
    Behaviour,
    ChannelKind,
    DataObjectKind,
    EvidenceKind,
    JobKind,
    JourneyState,
    KpiDirection,
    Layer,
    ProcessKind,
    SystemLifecycle,
    TechnologyKind,
)


@strawberry.input(description="The properties of a new Persona.")
class PersonaInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The persona's name, e.g. 'Busy commuter'.")
    segment: str | None = strawberry.field(
        description="The market segment the persona belongs to.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Persona: omitted properties are kept, null clears.")
class PersonaPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The persona's name, e.g. 'Busy commuter'.", default=strawberry.UNSET
    )
    segment: str | None = strawberry.field(
        description="The market segment the persona belongs to.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Job.")
class JobInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: str = strawberry.field(description="The job statement: verb, object, context.")
    kind: JobKind | None = strawberry.field(
        description="Functional, emotional or social job.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Job: omitted properties are kept, null clears.")
class JobPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: str | None = strawberry.field(
        description="The job statement: verb, object, context.", default=strawberry.UNSET
    )
    kind: JobKind | None = strawberry.field(
        description="Functional, emotional or social job.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Outcome.")
class OutcomeInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: str = strawberry.field(
        description="The outcome statement, e.g. 'Minimize the time to ...'."
    )
    importance: float = strawberry.field(description="How important the outcome is, 0-10.")
    satisfaction: float = strawberry.field(
        description="How satisfied customers are with it today, 0-10."
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Outcome: omitted properties are kept, null clears.")
class OutcomePatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: str | None = strawberry.field(
        description="The outcome statement, e.g. 'Minimize the time to ...'.",
        default=strawberry.UNSET,
    )
    importance: float | None = strawberry.field(
        description="How important the outcome is, 0-10.", default=strawberry.UNSET
    )
    satisfaction: float | None = strawberry.field(
        description="How satisfied customers are with it today, 0-10.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Journey.")
class JourneyInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The journey's name.")
    state: JourneyState | None = strawberry.field(
        description="Whether the map shows the current or a future state.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Journey: omitted properties are kept, null clears.")
class JourneyPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(description="The journey's name.", default=strawberry.UNSET)
    state: JourneyState | None = strawberry.field(
        description="Whether the map shows the current or a future state.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Stage.")
class StageInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The stage's name, e.g. 'Discover'.")
    order: int = strawberry.field(description="Position of the stage within its journey.")
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Stage: omitted properties are kept, null clears.")
class StagePatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The stage's name, e.g. 'Discover'.", default=strawberry.UNSET
    )
    order: int | None = strawberry.field(
        description="Position of the stage within its journey.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Step.")
class StepInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The step's name.")
    order: int = strawberry.field(description="Position of the step within its stage.")
    customer_action: str | None = strawberry.field(
        description="What the customer does, in their words.", default=strawberry.UNSET
    )
    emotion: int | None = strawberry.field(
        description="How the customer feels: 1 = very negative, 5 = very positive.",
        default=strawberry.UNSET,
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Step: omitted properties are kept, null clears.")
class StepPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(description="The step's name.", default=strawberry.UNSET)
    order: int | None = strawberry.field(
        description="Position of the step within its stage.", default=strawberry.UNSET
    )
    customer_action: str | None = strawberry.field(
        description="What the customer does, in their words.", default=strawberry.UNSET
    )
    emotion: int | None = strawberry.field(
        description="How the customer feels: 1 = very negative, 5 = very positive.",
        default=strawberry.UNSET,
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Channel.")
class ChannelInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The channel's name, e.g. 'Mobile app'.")
    kind: ChannelKind = strawberry.field(
        description="Digital, physical, assisted or partner channel."
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Channel: omitted properties are kept, null clears.")
class ChannelPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The channel's name, e.g. 'Mobile app'.", default=strawberry.UNSET
    )
    kind: ChannelKind | None = strawberry.field(
        description="Digital, physical, assisted or partner channel.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Touchpoint.")
class TouchpointInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The touchpoint's name.")
    differentiating: bool | None = strawberry.field(
        description="Whether the brand must stand out here (a moment that matters).",
        default=strawberry.UNSET,
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Touchpoint: omitted properties are kept, null clears.")
class TouchpointPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The touchpoint's name.", default=strawberry.UNSET
    )
    differentiating: bool | None = strawberry.field(
        description="Whether the brand must stand out here (a moment that matters).",
        default=strawberry.UNSET,
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new PainPoint.")
class PainPointInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="A short name for the pain.")
    severity: int = strawberry.field(description="How bad it is: 1 = minor, 5 = severe.")
    frequency: float | None = strawberry.field(
        description="Share of customers who meet it, 0-1.", default=strawberry.UNSET
    )
    root_cause: str | None = strawberry.field(
        description="Why it happens, as far as known.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a PainPoint: omitted properties are kept, null clears.")
class PainPointPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="A short name for the pain.", default=strawberry.UNSET
    )
    severity: int | None = strawberry.field(
        description="How bad it is: 1 = minor, 5 = severe.", default=strawberry.UNSET
    )
    frequency: float | None = strawberry.field(
        description="Share of customers who meet it, 0-1.", default=strawberry.UNSET
    )
    root_cause: str | None = strawberry.field(
        description="Why it happens, as far as known.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Evidence.")
class EvidenceInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    kind: EvidenceKind = strawberry.field(description="The kind of research or data.")
    summary: str = strawberry.field(description="What the evidence shows.")
    source: str | None = strawberry.field(
        description="Where it comes from (study, file, system).", default=strawberry.UNSET
    )
    collected_at: date | None = strawberry.field(
        description="When it was collected.", default=strawberry.UNSET
    )
    sample_size: int | None = strawberry.field(
        description="How many customers or cases.", default=strawberry.UNSET
    )
    score: float | None = strawberry.field(
        description="A score the evidence reports, if any.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Evidence: omitted properties are kept, null clears.")
class EvidencePatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    kind: EvidenceKind | None = strawberry.field(
        description="The kind of research or data.", default=strawberry.UNSET
    )
    summary: str | None = strawberry.field(
        description="What the evidence shows.", default=strawberry.UNSET
    )
    source: str | None = strawberry.field(
        description="Where it comes from (study, file, system).", default=strawberry.UNSET
    )
    collected_at: date | None = strawberry.field(
        description="When it was collected.", default=strawberry.UNSET
    )
    sample_size: int | None = strawberry.field(
        description="How many customers or cases.", default=strawberry.UNSET
    )
    score: float | None = strawberry.field(
        description="A score the evidence reports, if any.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Capability.")
class CapabilityInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The capability's name.")
    level: int | None = strawberry.field(
        description=(
            "Depth in the capability map, 1 = top level: derived from the"
            " hierarchy (parent), so a level given in a write is left "
            "aside."
        ),
        default=strawberry.UNSET,
    )
    maturity: int | None = strawberry.field(
        description="Maturity, 1 = ad hoc, 5 = optimised.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Capability: omitted properties are kept, null clears.")
class CapabilityPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The capability's name.", default=strawberry.UNSET
    )
    level: int | None = strawberry.field(
        description=(
            "Depth in the capability map, 1 = top level: derived from the"
            " hierarchy (parent), so a level given in a write is left "
            "aside."
        ),
        default=strawberry.UNSET,
    )
    maturity: int | None = strawberry.field(
        description="Maturity, 1 = ad hoc, 5 = optimised.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Process.")
class ProcessInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The process's name.")
    kind: ProcessKind | None = strawberry.field(
        description="Core, support or management process.", default=strawberry.UNSET
    )
    layer: Layer | None = strawberry.field(
        description=(
            "Who performs it: people (business, the default), an application, or technology."
        ),
        default=strawberry.UNSET,
    )
    behaviour: Behaviour | None = strawberry.field(
        description=(
            "A process (a sequence towards a result, the default), a "
            "function (behaviour grouped by skill or resource) or an "
            "interaction (performed together)."
        ),
        default=strawberry.UNSET,
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Process: omitted properties are kept, null clears.")
class ProcessPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(description="The process's name.", default=strawberry.UNSET)
    kind: ProcessKind | None = strawberry.field(
        description="Core, support or management process.", default=strawberry.UNSET
    )
    layer: Layer | None = strawberry.field(
        description=(
            "Who performs it: people (business, the default), an application, or technology."
        ),
        default=strawberry.UNSET,
    )
    behaviour: Behaviour | None = strawberry.field(
        description=(
            "A process (a sequence towards a result, the default), a "
            "function (behaviour grouped by skill or resource) or an "
            "interaction (performed together)."
        ),
        default=strawberry.UNSET,
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new System.")
class SystemInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The system's name.")
    kind: str | None = strawberry.field(
        description="What sort of system, e.g. 'CRM', 'ERP'.", default=strawberry.UNSET
    )
    lifecycle: SystemLifecycle | None = strawberry.field(
        description="Plan, active, phase out or retired.", default=strawberry.UNSET
    )
    criticality: int | None = strawberry.field(
        description="Business criticality, 1 = low, 5 = critical.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a System: omitted properties are kept, null clears.")
class SystemPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(description="The system's name.", default=strawberry.UNSET)
    kind: str | None = strawberry.field(
        description="What sort of system, e.g. 'CRM', 'ERP'.", default=strawberry.UNSET
    )
    lifecycle: SystemLifecycle | None = strawberry.field(
        description="Plan, active, phase out or retired.", default=strawberry.UNSET
    )
    criticality: int | None = strawberry.field(
        description="Business criticality, 1 = low, 5 = critical.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Team.")
class TeamInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The team's name.")
    kind: str | None = strawberry.field(
        description="Team, department, role, ...", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Team: omitted properties are kept, null clears.")
class TeamPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(description="The team's name.", default=strawberry.UNSET)
    kind: str | None = strawberry.field(
        description="Team, department, role, ...", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Service.")
class ServiceInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The service's name.")
    layer: Layer = strawberry.field(description="Business, application or technology service.")
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Service: omitted properties are kept, null clears.")
class ServicePatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(description="The service's name.", default=strawberry.UNSET)
    layer: Layer | None = strawberry.field(
        description="Business, application or technology service.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Interface.")
class InterfaceInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The interface's name.")
    layer: Layer | None = strawberry.field(
        description="Application or technology interface.", default=strawberry.UNSET
    )
    protocol: str | None = strawberry.field(
        description="How it is reached, e.g. 'REST', 'SFTP'.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Interface: omitted properties are kept, null clears.")
class InterfacePatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The interface's name.", default=strawberry.UNSET
    )
    layer: Layer | None = strawberry.field(
        description="Application or technology interface.", default=strawberry.UNSET
    )
    protocol: str | None = strawberry.field(
        description="How it is reached, e.g. 'REST', 'SFTP'.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new DataObject.")
class DataObjectInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The data object's name, e.g. 'Customer address'.")
    kind: DataObjectKind | None = strawberry.field(
        description="Business object, data object, artifact, ...", default=strawberry.UNSET
    )
    classification: str | None = strawberry.field(
        description="How sensitive it is, e.g. 'personal', 'public'.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a DataObject: omitted properties are kept, null clears.")
class DataObjectPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The data object's name, e.g. 'Customer address'.", default=strawberry.UNSET
    )
    kind: DataObjectKind | None = strawberry.field(
        description="Business object, data object, artifact, ...", default=strawberry.UNSET
    )
    classification: str | None = strawberry.field(
        description="How sensitive it is, e.g. 'personal', 'public'.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new TechnologyNode.")
class TechnologyNodeInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The technology node's name.")
    kind: TechnologyKind | None = strawberry.field(
        description="Node, device, system software, network, ...", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(
    description="Changes to a TechnologyNode: omitted properties are kept, null clears."
)
class TechnologyNodePatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The technology node's name.", default=strawberry.UNSET
    )
    kind: TechnologyKind | None = strawberry.field(
        description="Node, device, system software, network, ...", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Event.")
class EventInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The event's name, e.g. 'Claim received'.")
    layer: Layer | None = strawberry.field(
        description="Business, application or technology event.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Event: omitted properties are kept, null clears.")
class EventPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The event's name, e.g. 'Claim received'.", default=strawberry.UNSET
    )
    layer: Layer | None = strawberry.field(
        description="Business, application or technology event.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new ValueStream.")
class ValueStreamInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The value stream's name.")
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a ValueStream: omitted properties are kept, null clears.")
class ValueStreamPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The value stream's name.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new ValueStreamStage.")
class ValueStreamStageInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The stage's name.")
    order: int = strawberry.field(description="Position of the stage within its value stream.")
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(
    description="Changes to a ValueStreamStage: omitted properties are kept, null clears."
)
class ValueStreamStagePatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(description="The stage's name.", default=strawberry.UNSET)
    order: int | None = strawberry.field(
        description="Position of the stage within its value stream.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new KPI.")
class KPIInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(description="The KPI's name.")
    unit: str | None = strawberry.field(
        description="Unit of measure, e.g. '%', 'min', 'NPS'.", default=strawberry.UNSET
    )
    target: float | None = strawberry.field(
        description="The value aimed at.", default=strawberry.UNSET
    )
    direction: KpiDirection | None = strawberry.field(
        description="Whether higher or lower values are better.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a KPI: omitted properties are kept, null clears.")
class KPIPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(description="The KPI's name.", default=strawberry.UNSET)
    unit: str | None = strawberry.field(
        description="Unit of measure, e.g. '%', 'min', 'NPS'.", default=strawberry.UNSET
    )
    target: float | None = strawberry.field(
        description="The value aimed at.", default=strawberry.UNSET
    )
    direction: KpiDirection | None = strawberry.field(
        description="Whether higher or lower values are better.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Measurement.")
class MeasurementInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    value: float = strawberry.field(description="The measured value, in the KPI's unit.")
    at: date = strawberry.field(description="The date the value refers to.")
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Measurement: omitted properties are kept, null clears.")
class MeasurementPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    value: float | None = strawberry.field(
        description="The measured value, in the KPI's unit.", default=strawberry.UNSET
    )
    at: date | None = strawberry.field(
        description="The date the value refers to.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new BacklogItem.")
class BacklogItemInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    title: str = strawberry.field(description="The item's title.")
    kind: BacklogKind | None = strawberry.field(
        description="Epic, feature, story, task or bug.", default=strawberry.UNSET
    )
    status: BacklogStatus | None = strawberry.field(
        description="Idea, todo, doing or done.", default=strawberry.UNSET
    )
    priority: int | None = strawberry.field(
        description="Priority, 1 = highest.", default=strawberry.UNSET
    )
    estimate: float | None = strawberry.field(
        description="Estimated effort (points or days).", default=strawberry.UNSET
    )
    tracker: str | None = strawberry.field(
        description="The tracker and project the item comes from, e.g. 'jira:CLAIMS'.",
        default=strawberry.UNSET,
    )
    tracker_key: str | None = strawberry.field(
        description="The tracker's key for the item, e.g. 'CLAIMS-123' or '4711'.",
        default=strawberry.UNSET,
    )
    opened_at: date | None = strawberry.field(
        description="When the item was created in the tracker.", default=strawberry.UNSET
    )
    started_at: date | None = strawberry.field(
        description="When work on the item started.", default=strawberry.UNSET
    )
    resolved_at: date | None = strawberry.field(
        description="When the item was resolved or closed.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a BacklogItem: omitted properties are kept, null clears.")
class BacklogItemPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    title: str | None = strawberry.field(description="The item's title.", default=strawberry.UNSET)
    kind: BacklogKind | None = strawberry.field(
        description="Epic, feature, story, task or bug.", default=strawberry.UNSET
    )
    status: BacklogStatus | None = strawberry.field(
        description="Idea, todo, doing or done.", default=strawberry.UNSET
    )
    priority: int | None = strawberry.field(
        description="Priority, 1 = highest.", default=strawberry.UNSET
    )
    estimate: float | None = strawberry.field(
        description="Estimated effort (points or days).", default=strawberry.UNSET
    )
    tracker: str | None = strawberry.field(
        description="The tracker and project the item comes from, e.g. 'jira:CLAIMS'.",
        default=strawberry.UNSET,
    )
    tracker_key: str | None = strawberry.field(
        description="The tracker's key for the item, e.g. 'CLAIMS-123' or '4711'.",
        default=strawberry.UNSET,
    )
    opened_at: date | None = strawberry.field(
        description="When the item was created in the tracker.", default=strawberry.UNSET
    )
    started_at: date | None = strawberry.field(
        description="When work on the item started.", default=strawberry.UNSET
    )
    resolved_at: date | None = strawberry.field(
        description="When the item was resolved or closed.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new Opportunity.")
class OpportunityInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: str = strawberry.field(description="What could be improved.")
    value: int | None = strawberry.field(
        description="Expected value, 1-5.", default=strawberry.UNSET
    )
    effort: int | None = strawberry.field(
        description="Expected effort, 1-5.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a Opportunity: omitted properties are kept, null clears.")
class OpportunityPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: str | None = strawberry.field(
        description="What could be improved.", default=strawberry.UNSET
    )
    value: int | None = strawberry.field(
        description="Expected value, 1-5.", default=strawberry.UNSET
    )
    effort: int | None = strawberry.field(
        description="Expected effort, 1-5.", default=strawberry.UNSET
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="The properties of a new View.")
class ViewInput:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str = strawberry.field(
        description="The view's name, e.g. 'Claims application landscape'."
    )
    viewpoint: str | None = strawberry.field(
        description="The viewpoint it follows, e.g. 'Application Cooperation'.",
        default=strawberry.UNSET,
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )
    diagram_nodes: list[DiagramNodeInput] | None = strawberry.field(
        description="The boxes drawn: each node shown, note and grouping box, with its bounds.",
        default=strawberry.UNSET,
    )
    diagram_connections: list[DiagramConnectionInput] | None = strawberry.field(
        description="The lines drawn between boxes, each naming the relationship it draws.",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Changes to a View: omitted properties are kept, null clears.")
class ViewPatch:
    description: str | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: str | None = strawberry.field(
        description="The view's name, e.g. 'Claims application landscape'.",
        default=strawberry.UNSET,
    )
    viewpoint: str | None = strawberry.field(
        description="The viewpoint it follows, e.g. 'Application Cooperation'.",
        default=strawberry.UNSET,
    )
    translations: list[TranslationInput] | None = strawberry.field(
        description="The node's label and description in other languages, one per language.",
        default=strawberry.UNSET,
    )
    attributes: list[AttributeInput] | None = strawberry.field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        ),
        default=strawberry.UNSET,
    )
    diagram_nodes: list[DiagramNodeInput] | None = strawberry.field(
        description="The boxes drawn: each node shown, note and grouping box, with its bounds.",
        default=strawberry.UNSET,
    )
    diagram_connections: list[DiagramConnectionInput] | None = strawberry.field(
        description="The lines drawn between boxes, each naming the relationship it draws.",
        default=strawberry.UNSET,
    )


CREATE_INPUTS: dict[str, type] = {
    "Persona": PersonaInput,
    "Job": JobInput,
    "Outcome": OutcomeInput,
    "Journey": JourneyInput,
    "Stage": StageInput,
    "Step": StepInput,
    "Channel": ChannelInput,
    "Touchpoint": TouchpointInput,
    "PainPoint": PainPointInput,
    "Evidence": EvidenceInput,
    "Capability": CapabilityInput,
    "Process": ProcessInput,
    "System": SystemInput,
    "Team": TeamInput,
    "Service": ServiceInput,
    "Interface": InterfaceInput,
    "DataObject": DataObjectInput,
    "TechnologyNode": TechnologyNodeInput,
    "Event": EventInput,
    "ValueStream": ValueStreamInput,
    "ValueStreamStage": ValueStreamStageInput,
    "KPI": KPIInput,
    "Measurement": MeasurementInput,
    "BacklogItem": BacklogItemInput,
    "Opportunity": OpportunityInput,
    "View": ViewInput,
}
PATCH_INPUTS: dict[str, type] = {
    "Persona": PersonaPatch,
    "Job": JobPatch,
    "Outcome": OutcomePatch,
    "Journey": JourneyPatch,
    "Stage": StagePatch,
    "Step": StepPatch,
    "Channel": ChannelPatch,
    "Touchpoint": TouchpointPatch,
    "PainPoint": PainPointPatch,
    "Evidence": EvidencePatch,
    "Capability": CapabilityPatch,
    "Process": ProcessPatch,
    "System": SystemPatch,
    "Team": TeamPatch,
    "Service": ServicePatch,
    "Interface": InterfacePatch,
    "DataObject": DataObjectPatch,
    "TechnologyNode": TechnologyNodePatch,
    "Event": EventPatch,
    "ValueStream": ValueStreamPatch,
    "ValueStreamStage": ValueStreamStagePatch,
    "KPI": KPIPatch,
    "Measurement": MeasurementPatch,
    "BacklogItem": BacklogItemPatch,
    "Opportunity": OpportunityPatch,
    "View": ViewPatch,
}
