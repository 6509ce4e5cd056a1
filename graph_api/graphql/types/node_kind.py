"""``NodeKind``: the metamodel's node kinds as a GraphQL enum (generated in
:mod:`graph_api.graphql.types.node_kind_enum`), and the way between kinds and members."""

import re
from enum import Enum

from graph_api.graphql.types.node_kind_enum import NodeKind


def enum_name(kind: str) -> str:
    """The enum member of a kind: ``PainPoint`` -> ``PAIN_POINT``, ``KPI`` -> ``KPI``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", kind).upper()


def node_kind(kind: str) -> NodeKind:
    """The enum member of ``kind``."""
    return NodeKind[enum_name(kind)]


def kind_name(member: Enum) -> str:
    """The kind name an enum member stands for."""
    return str(member.value)


__all__ = ["NodeKind", "enum_name", "kind_name", "node_kind"]
