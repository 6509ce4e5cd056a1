"""GraphQL types of what every node carries: ``Translation`` and ``Attribute``.

Each is made from its pydantic model in :mod:`graph_api.metamodel.carried` twice: as an
output type and as ``<Name>Input``, which ``<Kind>Input`` and ``<Kind>Patch`` use. A
patch sets the whole list: the list given replaces the stored one, null clears it.
"""

import dataclasses
from typing import Any

import strawberry
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from graph_api.graphql.types.scalars import graphql_type
from graph_api.metamodel.carried import Attribute, Translation


def _make(model: type[BaseModel], name: str, *, as_input: bool) -> type:
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {"__annotations__": annotations}
    for attr, field in model.model_fields.items():
        annotations[attr] = graphql_type(field)
        described: dict[str, Any] = {"description": field.description or attr}
        if not field.is_required():
            described["default"] = None
        namespace[attr] = strawberry.field(**described)
    description = (model.__doc__ or name).strip()
    cls = type(name, (), namespace)
    if as_input:
        return strawberry.input(cls, description=description)
    return strawberry.type(cls, description=description)


_MODELS: dict[str, tuple[type[BaseModel], str]] = {
    "translations": (Translation, "Translation"),
    "attributes": (Attribute, "Attribute"),
}
OUTPUT_TYPES: dict[str, type] = {
    field: _make(model, name, as_input=False) for field, (model, name) in _MODELS.items()
}
INPUT_TYPES: dict[str, type] = {
    field: _make(model, f"{name}Input", as_input=True) for field, (model, name) in _MODELS.items()
}


def carried_name(field: FieldInfo, attr: str) -> str | None:
    """The camelCase name of ``field`` if it is one of the carried lists, else None."""
    name = field.alias or attr
    return name if name in _MODELS else None


def output_list(name: str, stored: list[dict[str, Any]] | None) -> list[Any] | None:
    """The stored list as the GraphQL objects Strawberry serialises."""
    if stored is None:
        return None
    cls = OUTPUT_TYPES[name]
    return [cls(**{k: item.get(k) for k in _MODELS[name][0].model_fields}) for item in stored]


def input_list(value: list[Any] | None) -> list[dict[str, Any]] | None:
    """Input objects as plain dicts, for the metamodel's validation."""
    if value is None:
        return None
    return [dataclasses.asdict(item) for item in value]
