"""Input types of the create and update mutations, generated from the metamodel.

``<Kind>Input`` (create) has the kind's properties with the metamodel's required ones
non-null; ``<Kind>Patch`` (update) has every property optional: a property left out is
kept, a property set to null is cleared.
"""

from typing import Any

import strawberry

from graph_api.graphql.types.carried import INPUT_TYPES, carried_name, input_list
from graph_api.graphql.types.scalars import graphql_type
from graph_api.metamodel import NODE_KINDS


def _input_type(kind: str, suffix: str, all_optional: bool, description: str) -> type:
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {"__annotations__": annotations}
    for attr, field in NODE_KINDS[kind].fields().items():
        optional = all_optional or not field.is_required()
        carried = carried_name(field, attr)
        if carried:
            annotations[attr] = list[INPUT_TYPES[carried]] | None  # type: ignore[valid-type]
        else:
            annotations[attr] = graphql_type(field, nullable=optional)
        described: dict[str, Any] = {
            "name": field.alias or attr,
            "description": field.description or attr,
        }
        if optional:
            described["default"] = strawberry.UNSET
        namespace[attr] = strawberry.field(**described)
    cls = type(f"{kind}{suffix}", (), namespace)
    return strawberry.input(cls, description=description)


def input_values(data: object) -> dict[str, Any]:
    """The properties a client set in an input object, camelCase; UNSET ones left out."""
    definition = data.__strawberry_definition__  # type: ignore[attr-defined]
    values: dict[str, Any] = {}
    for field in definition.fields:
        value = getattr(data, field.python_name)
        if value is strawberry.UNSET:
            continue
        name = field.graphql_name or field.python_name
        values[name] = input_list(value) if name in INPUT_TYPES else value
    return values


CREATE_INPUTS: dict[str, type] = {
    kind: _input_type(kind, "Input", False, f"The properties of a new {kind}.")
    for kind in NODE_KINDS
}
PATCH_INPUTS: dict[str, type] = {
    kind: _input_type(
        kind, "Patch", True, f"Changes to a {kind}: omitted properties are kept, null clears."
    )
    for kind in NODE_KINDS
}
