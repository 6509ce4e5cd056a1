"""GraphQL types of the lists of objects a node holds: what every node carries
(``Translation``, ``Attribute``) and a view's drawing (``DiagramNode``,
``DiagramConnection``).

Each is generated from its pydantic model (:mod:`graph_api.metamodel.carried`,
:mod:`graph_api.metamodel.diagram`) twice
(:mod:`graph_api.graphql.types.carried_types`): as an output type and as
``<Name>Input``, which ``<Kind>Input`` and ``<Kind>Patch`` use. A patch sets the whole
list: the list given replaces the stored one, null clears it.
"""

import dataclasses
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from graph_api.graphql.types import carried_types as generated
from graph_api.metamodel.carried import Attribute, Translation
from graph_api.metamodel.diagram import DiagramConnection, DiagramNode

_MODELS: dict[str, tuple[type[BaseModel], type]] = {
    "translations": (Translation, generated.Translation),
    "attributes": (Attribute, generated.Attribute),
    "diagramNodes": (DiagramNode, generated.DiagramNode),
    "diagramConnections": (DiagramConnection, generated.DiagramConnection),
}
OUTPUT_TYPES: dict[str, type] = {field: output for field, (_, output) in _MODELS.items()}
INPUT_TYPES: dict[str, type] = {
    "translations": generated.TranslationInput,
    "attributes": generated.AttributeInput,
    "diagramNodes": generated.DiagramNodeInput,
    "diagramConnections": generated.DiagramConnectionInput,
}


def carried_name(field: FieldInfo, attr: str) -> str | None:
    """The camelCase name of ``field`` if it is one of the carried lists, else None."""
    name = field.alias or attr
    return name if name in _MODELS else None


def output_list(name: str, stored: list[dict[str, Any]] | None) -> list[Any] | None:
    """The stored list as the GraphQL objects Strawberry serialises."""
    if stored is None:
        return None
    model, cls = _MODELS[name]
    return [cls(**{k: item.get(k) for k in model.model_fields}) for item in stored]


def input_list(value: list[Any] | None) -> list[dict[str, Any]] | None:
    """Input objects as plain dicts, for the metamodel's validation."""
    if value is None:
        return None
    return [dataclasses.asdict(item) for item in value]
