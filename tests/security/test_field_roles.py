"""The role a field needs is declared where the field is built, and read from there.

Every Mutation and Subscription field of the built schema declares its role in its
metadata; Query fields need the read role, declared once for the type. The check that
refuses an operation reads those declarations, never a field's name: a field named like
an editor's write but declared for admins needs admin. One function decides between 401
and 403 for every way in (GraphQL's role check, the 401 before parsing, /ui).
"""

from typing import Any

import pytest
import strawberry
from strawberry.schema.name_converter import NameConverter
from strawberry.types import ExecutionResult

from graph_api.api.schema import build_schema
from graph_api.errors import Unauthenticated
from graph_api.security.access import Refusal, Why, refusal
from graph_api.security.authorization import (
    READ_ROLE,
    Authorization,
    FieldRoles,
    declared_roles,
    needs,
)
from graph_api.security.roles import ANONYMOUS_NOBODY, ANONYMOUS_READER, Principal, Role


def test_every_mutation_and_subscription_field_declares_its_role() -> None:
    schema = build_schema()
    mutations = declared_roles(schema, "Mutation")
    subscriptions = declared_roles(schema, "Subscription")
    assert len(mutations) > 60 and subscriptions  # create/update/delete per kind, ...
    undeclared = [name for name, role in {**mutations, **subscriptions}.items() if role is None]
    assert undeclared == []
    assert mutations["importModel"] == mutations["importArchimate"] == Role.ADMIN
    assert (mutations["createPersona"], mutations["link"]) == (Role.EDITOR, Role.EDITOR)
    assert mutations["deleteStep"] == Role.ADMIN
    assert subscriptions["changes"] == Role.VIEWER


def test_query_fields_need_the_read_role_declared_once_for_the_type() -> None:
    schema = build_schema()
    queries = declared_roles(schema, "Query")
    assert len(queries) > 30  # listings and lookups per kind, traversals, exports
    # Declared once for the type, so no Query field carries a role of its own.
    assert set(queries.values()) == {None}
    roles = FieldRoles.declared(
        {"query": schema.query},
        schema.config.name_converter,
    )
    assert {roles.needed("query", name) for name in queries} == {READ_ROLE}


async def _yes() -> bool:
    return True


@strawberry.type
class _Query:
    ping: bool = strawberry.field(resolver=_yes)


def test_a_mutation_field_that_declares_no_role_stops_the_build() -> None:
    @strawberry.type
    class Mutation:
        declared: bool = strawberry.mutation(resolver=_yes, metadata=needs(Role.EDITOR))
        forgotten: bool = strawberry.mutation(resolver=_yes)

    roots = {"query": _Query, "mutation": Mutation}
    with pytest.raises(TypeError, match=r"Mutation\.forgotten declares no role"):
        FieldRoles.declared(roots, NameConverter())


def codes(result: ExecutionResult) -> list[str]:
    """The ``extensions.code`` of each error of a result executed in the test."""
    return [str((error.extensions or {}).get("code")) for error in result.errors or []]


class _Caller:
    """A context holding only the caller, as the role check reads it."""

    def __init__(self, principal: Principal) -> None:
        self.principal = principal

    async def resolve_principal(self) -> Principal:
        return self.principal


async def test_the_role_comes_from_the_declaration_never_from_the_name() -> None:
    ran: list[str] = []

    def resolver(name: str) -> Any:
        async def resolve() -> bool:
            ran.append(name)
            return True

        return resolve

    @strawberry.type
    class Mutation:
        # Named as an editor's write, declared for admins; and the other way round.
        create_thing: bool = strawberry.mutation(
            resolver=resolver("createThing"), metadata=needs(Role.ADMIN)
        )
        delete_thing: bool = strawberry.mutation(
            resolver=resolver("deleteThing"), metadata=needs(Role.EDITOR)
        )

    roles = FieldRoles.declared({"query": _Query, "mutation": Mutation}, NameConverter())
    schema = strawberry.Schema(
        query=_Query,
        mutation=Mutation,
        extensions=[lambda: Authorization(roles=roles)],
    )
    editor = _Caller(Principal("key:e", Role.EDITOR, "api-key"))
    refused = await schema.execute("mutation { createThing }", context_value=editor)
    assert codes(refused) == ["FORBIDDEN"]
    assert refused.errors is not None
    assert refused.errors[0].message == "createThing needs the admin role; key:e has editor"
    allowed = await schema.execute("mutation { deleteThing }", context_value=editor)
    assert allowed.errors is None and allowed.data == {"deleteThing": True}
    both = await schema.execute("mutation { deleteThing createThing }", context_value=editor)
    assert codes(both) == ["FORBIDDEN"]
    assert ran == ["deleteThing"]  # the refused operation ran none of its fields
    reader = _Caller(ANONYMOUS_READER)
    anonymous = await schema.execute("mutation { deleteThing }", context_value=reader)
    assert codes(anonymous) == ["UNAUTHENTICATED"]
    read = await schema.execute("{ ping }", context_value=reader)
    assert read.errors is None and read.data == {"ping": True}


ADMIN = Principal("key:a", Role.ADMIN, "api-key")
VIEWER = Principal("jwt:v", Role.VIEWER, "jwt")
BAD = Unauthenticated("unknown or revoked API key")


@pytest.mark.parametrize(
    ("caller", "needed", "expected"),
    [
        (ADMIN, Role.ADMIN, None),
        (VIEWER, Role.VIEWER, None),
        (ANONYMOUS_READER, Role.VIEWER, None),
        (BAD, Role.VIEWER, Refusal(Why.BAD_TOKEN, Role.VIEWER, "unknown or revoked API key")),
        (BAD, Role.ADMIN, Refusal(Why.BAD_TOKEN, Role.ADMIN, "unknown or revoked API key")),
        (ANONYMOUS_NOBODY, Role.VIEWER, Refusal(Why.NO_TOKEN, Role.VIEWER)),
        (ANONYMOUS_NOBODY, Role.EDITOR, Refusal(Why.NO_TOKEN, Role.EDITOR)),
        (ANONYMOUS_READER, Role.EDITOR, Refusal(Why.TOKEN_NEEDED, Role.EDITOR)),
        (VIEWER, Role.EDITOR, Refusal(Why.ROLE_TOO_LOW, Role.EDITOR)),
        (
            Principal("key:e", Role.EDITOR, "api-key"),
            Role.ADMIN,
            Refusal(Why.ROLE_TOO_LOW, Role.ADMIN),
        ),
    ],
)
def test_one_function_decides_401_or_403(
    caller: Principal | Unauthenticated, needed: Role, expected: Refusal | None
) -> None:
    decided = refusal(caller, needed)
    assert decided == expected
    if decided is not None:
        assert decided.status == (403 if decided.why is Why.ROLE_TOO_LOW else 401)
