"""Closed vocabularies of the metamodel, shared by validation, storage and GraphQL."""

from enum import StrEnum


class JobKind(StrEnum):
    """The dimension of a job to be done (Outcome-Driven Innovation)."""

    FUNCTIONAL = "functional"
    EMOTIONAL = "emotional"
    SOCIAL = "social"


class JourneyState(StrEnum):
    """Whether a journey map describes today's experience or a designed future one."""

    CURRENT = "current"
    FUTURE = "future"


class ChannelKind(StrEnum):
    """How a channel reaches the customer."""

    DIGITAL = "digital"
    PHYSICAL = "physical"
    ASSISTED = "assisted"
    PARTNER = "partner"


class EvidenceKind(StrEnum):
    """Where a piece of evidence comes from."""

    SERVICE_SHADOW = "service_shadow"
    PHOTO = "photo"
    SURVEY = "survey"
    ANALYTICS = "analytics"
    CALL_CENTER = "call_center"
    REVIEW = "review"
    SOCIAL = "social"
    INTERVIEW = "interview"
    EMAIL = "email"


class ProcessKind(StrEnum):
    """The classic split of business processes."""

    CORE = "core"
    SUPPORT = "support"
    MANAGEMENT = "management"


class SystemLifecycle(StrEnum):
    """Where an application stands in its life."""

    PLAN = "plan"
    ACTIVE = "active"
    PHASE_OUT = "phase_out"
    RETIRED = "retired"


class KpiDirection(StrEnum):
    """Which way a KPI improves."""

    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


class BacklogKind(StrEnum):
    """The granularity of a backlog item (a bug: a defect to fix, of any size)."""

    EPIC = "epic"
    FEATURE = "feature"
    STORY = "story"
    TASK = "task"
    BUG = "bug"


class BacklogStatus(StrEnum):
    """Where a backlog item is in delivery."""

    IDEA = "idea"
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


class Behaviour(StrEnum):
    """How a process's behaviour is organised (ArchiMate's internal behaviour elements)."""

    PROCESS = "process"
    """A sequence of behaviour towards a result."""
    FUNCTION = "function"
    """Behaviour grouped by the skills, knowledge or resources it needs."""
    INTERACTION = "interaction"
    """Behaviour performed together by several actors, roles or components."""


class Layer(StrEnum):
    """The ArchiMate layer an element belongs to: business, application or technology."""

    BUSINESS = "business"
    APPLICATION = "application"
    TECHNOLOGY = "technology"


class DataObjectKind(StrEnum):
    """What sort of passive thing a data object is (ArchiMate's passive structure)."""

    BUSINESS_OBJECT = "business_object"
    CONTRACT = "contract"
    REPRESENTATION = "representation"
    DATA_OBJECT = "data_object"
    ARTIFACT = "artifact"
    MATERIAL = "material"


class TechnologyKind(StrEnum):
    """What sort of technology a technology node is."""

    NODE = "node"
    DEVICE = "device"
    SYSTEM_SOFTWARE = "system_software"
    NETWORK = "network"
    PATH = "path"
    COLLABORATION = "collaboration"
    EQUIPMENT = "equipment"
    FACILITY = "facility"
    DISTRIBUTION_NETWORK = "distribution_network"
