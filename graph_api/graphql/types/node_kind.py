"""``NodeKind``: the metamodel's node kinds as a GraphQL enum, generated from NODE_KINDS."""

import re
from enum import Enum

import strawberry

from graph_api.metamodel import NODE_KINDS


def enum_name(kind: str) -> str:
    """The enum member of a kind: ``PainPoint`` -> ``PAIN_POINT``, ``KPI`` -> ``KPI``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", kind).upper()


NodeKind: type[Enum] = strawberry.enum(  # type: ignore[call-overload]
    Enum(
        "NodeKind",
        {
            enum_name(kind): strawberry.enum_value(kind, description=spec.description)
            for kind, spec in NODE_KINDS.items()
        },
    ),
    description="A kind of node of the metamodel (its GraphQL type is named like the kind).",
)
"""Members are named ``PAIN_POINT``; their values are the kind names (``PainPoint``)."""


def node_kind(kind: str) -> Enum:
    """The enum member of ``kind``."""
    member: Enum = NodeKind[enum_name(kind)]
    return member


def kind_name(member: Enum) -> str:
    """The kind name an enum member stands for."""
    return str(member.value)
