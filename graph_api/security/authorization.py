"""Which role each field needs, declared where the field is built, and the one check that
reads it before anything of an operation runs.

A Mutation or Subscription field declares its role in its own metadata, where it is made:
``strawberry.mutation(..., metadata=needs(Role.EDITOR))``. Every Query field needs the
role reading needs (:data:`READ_ROLE`), declared once here for the whole type. The
schema's table of roles (:class:`FieldRoles`) is read from those declarations once, when
the schema is built; a Mutation or Subscription field that declares none stops the build.

The check sits in one place, a schema extension, rather than on each field: it sees the
whole operation, so a mutation naming several fields is refused whole (nothing of it
runs) when any field is out of the caller's reach.
"""

from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from strawberry import Schema
from strawberry.extensions import SchemaExtension
from strawberry.schema.name_converter import NameConverter
from strawberry.types import get_object_definition
from strawberry.types.base import StrawberryObjectDefinition
from strawberry.types.field import StrawberryField

from graph_api.errors import Forbidden, GraphApiError, Unauthenticated
from graph_api.security.access import Refusal, Why, refusal
from graph_api.security.roles import Principal, Role
from graph_api.security.token_advice import field_needs_token, write_needs_token

ROLE_METADATA = "graph_api.role"
"""The key of a field's metadata that holds the role it needs."""

READ_ROLE = Role.VIEWER
"""What every Query field needs: reading (queries, traversals, exports, the change log)."""

TYPE_ROLES: Mapping[str, Role] = {"query": READ_ROLE}
"""Roles declared once for a whole root type (by operation type); fields of the other
root types each declare their own."""

UNDECLARED_ROLE = Role.ADMIN
"""What a root field in no table needs: only ``__typename`` on Mutation gets here (the
schema cannot be built with a real field that declares nothing), and it fails closed."""


def needs(role: Role) -> dict[str, Role]:
    """The metadata that declares the role a field needs: pass it as the ``metadata`` of
    ``strawberry.mutation`` or ``strawberry.subscription``."""
    return {ROLE_METADATA: role}


def declared_role(field: StrawberryField) -> Role | None:
    """The role ``field`` declares in its metadata, or None."""
    role = field.metadata.get(ROLE_METADATA)
    return role if isinstance(role, Role) else None


def declared_roles(schema: Schema, type_name: str) -> dict[str, Role | None]:
    """The role each field of the object type ``type_name`` of a built schema declares
    (None where it declares none), by GraphQL name."""
    definition = schema.get_type_by_name(type_name)
    if not isinstance(definition, StrawberryObjectDefinition):
        raise KeyError(f"{type_name} is not an object type of this schema")
    names = schema.config.name_converter
    return {names.from_field(field): declared_role(field) for field in definition.fields}


@dataclass(frozen=True, slots=True)
class FieldRoles:
    """The role each root field of a schema needs, read from the declarations."""

    roles: Mapping[tuple[str, str], Role]
    """``("mutation", "createPersona") -> Role.EDITOR``: by operation type and field name."""

    @classmethod
    def declared(cls, roots: Mapping[str, type], names: NameConverter) -> "FieldRoles":
        """The roles the fields of the root types ``roots`` (by operation type) declare,
        named as ``names`` names them in the schema; TypeError for a field declaring none
        in a type that has no role of its own."""
        roles: dict[tuple[str, str], Role] = {}
        for operation, root in roots.items():
            definition = get_object_definition(root, strict=True)
            for field in definition.fields:
                name = names.from_field(field)
                role = declared_role(field) or TYPE_ROLES.get(operation)
                if role is None:
                    raise TypeError(
                        f"{definition.name}.{name} declares no role: build it with "
                        "metadata=needs(Role...) (graph_api.security.authorization)"
                    )
                roles[(operation, name)] = role
        return cls(roles)

    def needed(self, operation: str, field: str) -> Role:
        """The role ``field`` of the ``operation`` type needs."""
        return self.roles.get((operation, field)) or TYPE_ROLES.get(operation, UNDECLARED_ROLE)


def root_fields(document: DocumentNode, operation_name: str | None) -> tuple[str, list[str]]:
    """The operation's type and the names of its root fields (through fragments)."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    chosen = next(
        (
            o
            for o in operations
            if operation_name is None or (o.name and o.name.value == operation_name)
        ),
        operations[0],
    )
    return chosen.operation.value, sorted(set(_fields(chosen.selection_set, fragments)))


def _fields(
    selections: SelectionSetNode, fragments: dict[str, FragmentDefinitionNode]
) -> Iterator[str]:
    for selection in selections.selections:
        if isinstance(selection, FieldNode):
            yield selection.name.value
        elif isinstance(selection, InlineFragmentNode):
            yield from _fields(selection.selection_set, fragments)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                yield from _fields(fragment.selection_set, fragments)


def _field_error(refused: Refusal, field: str, principal: Principal) -> GraphApiError:
    """The GraphQL error that says why ``principal`` may not run ``field``."""
    if refused.why is Why.BAD_TOKEN:
        return Unauthenticated(refused.token_problem)
    if refused.why is Why.NO_TOKEN:
        return Unauthenticated(field_needs_token(field))
    if refused.why is Why.TOKEN_NEEDED:
        return Unauthenticated(write_needs_token(field, refused.needed))
    assert principal.role is not None  # a caller with a role is what ROLE_TOO_LOW means
    needed = refused.needed
    # Ingest is held by roles outside its own name (editors, admins): name them all.
    wanted = (
        f"the {needed.label} role" if needed is not Role.INGEST else f"a role of {needed.holders}"
    )
    return Forbidden(f"{field} needs {wanted}; {principal.subject} has {principal.role.label}")


def check_access(
    principal: Principal, operation: str, fields: list[str], roles: FieldRoles
) -> None:
    """Raise UNAUTHENTICATED or FORBIDDEN unless ``principal`` may run every field."""
    for field in fields:
        refused = refusal(principal, roles.needed(operation, field))
        if refused is not None:
            raise _field_error(refused, field, principal)


class Authorization(SchemaExtension):
    """Refuses an operation the caller's role does not cover, before it executes.

    Made per operation with the schema's :class:`FieldRoles`; the caller comes from the
    context's ``resolve_principal()``, which resolves it once per request (or WebSocket
    connection) and raises UNAUTHENTICATED for a token that is not valid.
    """

    def __init__(self, *, roles: FieldRoles) -> None:
        super().__init__()
        self.roles = roles

    async def on_execute(self) -> AsyncIterator[None]:
        execution = self.execution_context
        document = execution.graphql_document
        if document is not None:
            principal: Principal = await execution.context.resolve_principal()
            operation, fields = root_fields(document, execution.operation_name)
            check_access(principal, operation, fields, self.roles)
        yield


__all__ = [
    "READ_ROLE",
    "Authorization",
    "FieldRoles",
    "check_access",
    "declared_role",
    "declared_roles",
    "needs",
    "root_fields",
]
