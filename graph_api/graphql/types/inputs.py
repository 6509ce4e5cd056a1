"""Input types of the create and update mutations, and the values a client set in one.

``<Kind>Input`` (create) has the kind's properties with the metamodel's required ones
non-null; ``<Kind>Patch`` (update) has every property optional: a property left out is
kept, a property set to null is cleared. Both are generated from the metamodel in
:mod:`graph_api.graphql.types.node_inputs`.
"""

from typing import Any

import strawberry
from strawberry.types import get_object_definition
from strawberry.utils.str_converters import to_camel_case

from graph_api.graphql.types.carried import INPUT_TYPES, input_list
from graph_api.graphql.types.node_inputs import CREATE_INPUTS, PATCH_INPUTS


def set_fields(data: object) -> list[tuple[str, Any, str]]:
    """(Python attribute, value, GraphQL name) of the fields a client set in an input
    object (those left UNSET are left out)."""
    definition = get_object_definition(data, strict=True)
    found = []
    for field in definition.fields:
        value = getattr(data, field.python_name)
        if value is not strawberry.UNSET:
            # A field without a name of its own is named as the schema names it (camelCase).
            name = field.graphql_name or to_camel_case(field.python_name)
            found.append((field.python_name, value, name))
    return found


def input_values(data: object) -> dict[str, Any]:
    """The properties a client set in an input object, camelCase; UNSET ones left out."""
    return {
        name: input_list(value) if name in INPUT_TYPES else value
        for _, value, name in set_fields(data)
    }


__all__ = ["CREATE_INPUTS", "PATCH_INPUTS", "input_values", "set_fields"]
