"""``NodeKind``: the metamodel's node kinds as a GraphQL enum.

Generated from the metamodel (graph_api/metamodel) by graph_api/graphql/types/generate.py.
Do not edit: after changing the metamodel, run ``make generated``
(``python -m graph_api.graphql.types.generate``), which rewrites this file.
"""

from enum import Enum

import strawberry


# Members are named PAIN_POINT; their values are the kind names (PainPoint).
@strawberry.enum(
    description="A kind of node of the metamodel (its GraphQL type is named like the kind)."
)
class NodeKind(Enum):
    PERSONA = strawberry.enum_value(
        "Persona", description="A customer segment or persona whose experience is mapped."
    )
    JOB = strawberry.enum_value(
        "Job",
        description=(
            "A job to be done: what a customer is trying to get done (Outcome-Driven Innovation)."
        ),
    )
    OUTCOME = strawberry.enum_value(
        "Outcome",
        description=(
            "A desired outcome: a metric customers use to judge how well a job gets done."
        ),
    )
    JOURNEY = strawberry.enum_value(
        "Journey", description="A persona's journey to get a job done, made of ordered stages."
    )
    STAGE = strawberry.enum_value("Stage", description="A phase of a journey.")
    STEP = strawberry.enum_value("Step", description="One thing the customer does within a stage.")
    CHANNEL = strawberry.enum_value(
        "Channel",
        description=(
            "A channel or device through which the customer and the organisation interact."
        ),
    )
    TOUCHPOINT = strawberry.enum_value(
        "Touchpoint",
        description="A step happening on a channel: the front stage of a service blueprint.",
    )
    PAIN_POINT = strawberry.enum_value(
        "PainPoint", description="A negative aspect of the experience at a step or touchpoint."
    )
    EVIDENCE = strawberry.enum_value(
        "Evidence", description="What a claim about the experience rests on."
    )
    CAPABILITY = strawberry.enum_value(
        "Capability",
        description=(
            "A business capability: what the organisation is able to do, in a map of any depth."
        ),
    )
    PROCESS = strawberry.enum_value(
        "Process", description="A business process: the back stage of a service blueprint."
    )
    SYSTEM = strawberry.enum_value(
        "System", description="An application or platform supporting processes."
    )
    TEAM = strawberry.enum_value(
        "Team", description="A team, department or role accountable for parts of the graph."
    )
    SERVICE = strawberry.enum_value(
        "Service",
        description=(
            "A service offered by the business, an application or the "
            "technology: what its\nusers rely on, whoever realizes it."
        ),
    )
    INTERFACE = strawberry.enum_value(
        "Interface",
        description=(
            "A point of access where a system's (or a technology node's) "
            "services are offered\nto other systems and processes: an API,"
            " a queue, a file drop. A business interface,\nwhere customers"
            " meet the organisation, is a channel."
        ),
    )
    DATA_OBJECT = strawberry.enum_value(
        "DataObject",
        description=(
            "Information (or material) the enterprise keeps: a business "
            "object, a data object,\nan artifact. Processes and systems "
            "read and write it; steps capture or need it."
        ),
    )
    TECHNOLOGY_NODE = strawberry.enum_value(
        "TechnologyNode",
        description=(
            "Technology systems are deployed on: a server, a device, system software, a network."
        ),
    )
    EVENT = strawberry.enum_value(
        "Event",
        description=(
            "Something that happens and triggers behaviour: a business, "
            "application or\ntechnology event (an event catalogue's "
            "entry)."
        ),
    )
    VALUE_STREAM = strawberry.enum_value(
        "ValueStream", description="An end-to-end value stream delivering value to a customer."
    )
    VALUE_STREAM_STAGE = strawberry.enum_value(
        "ValueStreamStage", description="A stage of a value stream."
    )
    KPI = strawberry.enum_value("KPI", description="A key performance indicator with a target.")
    MEASUREMENT = strawberry.enum_value("Measurement", description="One dated value of a KPI.")
    BACKLOG_ITEM = strawberry.enum_value(
        "BacklogItem", description="An epic, feature, story or task in a product backlog."
    )
    OPPORTUNITY = strawberry.enum_value(
        "Opportunity", description="An experience gap worth closing."
    )
    VIEW = strawberry.enum_value(
        "View",
        description=(
            "A diagram of part of the graph, as a modelling tool draws it"
            " (an ArchiMate view):\nthe nodes it shows (its ``shows...`` "
            'relationships, which "impact of everything on\nthis view" '
            "starts from) and where it draws them (``diagramNodes``,\n"
            "``diagramConnections``: see graph_api/metamodel/diagram.py)."
        ),
    )
