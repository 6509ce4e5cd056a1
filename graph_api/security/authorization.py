"""Which role each operation needs, checked once per operation before anything runs.

The check sits in one place, a schema extension, rather than on each field: it sees
the whole operation, so a mutation naming several fields is refused whole (nothing of it
runs) when any field is out of the caller's reach, and a new mutation field needs the
admin role until this table says otherwise.
"""

from collections.abc import Iterator

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from strawberry.extensions import SchemaExtension

from graph_api.errors import Forbidden, Unauthenticated
from graph_api.security.roles import Principal, Role
from graph_api.security.token_advice import field_needs_token, write_needs_token

EDITOR_MUTATIONS = ("create", "update", "link", "unlink")
"""Mutation fields (by name or name prefix) an editor may call."""


def mutation_role(field: str) -> Role:
    """The role a mutation field needs: editors write nodes and links; the rest is admin's."""
    if field in ("link", "unlink"):
        return Role.EDITOR
    if any(field.startswith(p) and field[len(p) : len(p) + 1].isupper() for p in EDITOR_MUTATIONS):
        return Role.EDITOR
    return Role.ADMIN  # delete<Kind>, importModel and anything new


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


def check_access(principal: Principal, operation: str, fields: list[str]) -> None:
    """Raise UNAUTHENTICATED or FORBIDDEN unless ``principal`` may run every field."""
    for field in fields:
        needed = mutation_role(field) if operation == "mutation" else Role.VIEWER
        if principal.may(needed):
            continue
        if principal.role is None:
            raise Unauthenticated(field_needs_token(field))
        if principal.method == "anonymous":
            raise Unauthenticated(write_needs_token(field, needed))
        raise Forbidden(
            f"{field} needs the {needed.label} role; {principal.subject} has {principal.role.label}"
        )


class Authorization(SchemaExtension):
    """Refuses an operation the caller's role does not cover, before it executes."""

    def on_execute(self) -> Iterator[None]:
        execution = self.execution_context
        document = execution.graphql_document
        if document is not None:
            principal: Principal = execution.context.principal
            operation, fields = root_fields(document, execution.operation_name)
            check_access(principal, operation, fields)
        yield
