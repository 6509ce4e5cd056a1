"""From metamodel property types to GraphQL types, and from stored values back."""

import types
from datetime import date
from enum import Enum
from typing import Any, Union, get_args, get_origin

import strawberry
from pydantic.fields import FieldInfo

from graph_api.metamodel import ENUMS

for _enum in ENUMS:
    # Registers the metamodel's enums with Strawberry once; GraphQL uses member names.
    strawberry.enum(_enum, description=(_enum.__doc__ or _enum.__name__).strip())


def base_type(field: FieldInfo) -> tuple[Any, bool]:
    """The Python type of a property and whether it may be null."""
    annotation = field.annotation
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return _strip(args[0]), True
    return _strip(annotation), False


def _strip(annotation: Any) -> Any:
    """``Annotated[str, ...]`` -> ``str``."""
    return getattr(annotation, "__origin__", annotation) if get_args(annotation) else annotation


def graphql_type(field: FieldInfo, *, nullable: bool | None = None) -> Any:
    """The annotation Strawberry turns into the property's GraphQL type."""
    python_type, optional = base_type(field)
    if nullable if nullable is not None else optional:
        return python_type | None
    return python_type


def to_graphql(value: Any, python_type: Any) -> Any:
    """A stored JSON value as the Python value Strawberry serialises."""
    if value is None:
        return None
    if isinstance(python_type, type) and issubclass(python_type, Enum):
        return python_type(value)
    if python_type is date:
        return date.fromisoformat(value)
    if python_type is float:
        return float(value)
    return value
