"""Source of the generated object types and Query/Mutation fields (see :mod:`.generate`)."""

from typing import Any

from strawberry.utils.str_converters import to_snake_case

from graph_api.graphql.ids import of_kind_forms
from graph_api.graphql.types.codegen import annotation, field_call, imports_for, text
from graph_api.graphql.types.generate_inputs import CARRIED_LISTS, carried_imports, graphql_name
from graph_api.graphql.types.scalars import base_type
from graph_api.metamodel import NODE_KINDS, RelationshipField, relationship_fields

# The fields every node type has from the GraphNode interface (and its record).
_INHERITED = {"record", "id", "key", "label", "created_at", "updated_at", "created_by",
              "updated_by", "version"}  # fmt: skip


def _argument(name: str, typed: str, description: str, default: str | None = "None") -> str:
    """One argument of a generated resolver, with its description."""
    argument = f"{name}: Annotated[{typed}, strawberry.argument(description={text(description)})]"
    return argument if default is None else f"{argument} = {default}"


def _method(decorator: str, python: str, arguments: list[str], returns: str, call: str) -> str:
    """A resolver method: the decorator, its signature and the one call it makes."""
    signature = ", ".join(["self", "info: Info", *arguments])
    return (
        f"    {decorator}\n"
        f"    async def {python}({signature},) -> {returns}:\n"
        f"        return await {call}\n"
    )


_PAGE = ["first: First = None", "after: After = None", "last: Last = None",
         "before: Before = None"]  # fmt: skip
_PAGE_CALL = "first=first, after=after, last=last, before=before"


def _walk(spec: RelationshipField) -> str:
    rel = spec.relationship
    walk = f"({rel.source})-[:{rel.type}]->({rel.target})"
    if spec.direction == "out":
        return f"{rel.description} Walks {walk}."
    return (
        f"The {rel.source} nodes whose `{rel.out_field}` include this {rel.target}. "
        f"Walks {walk} backwards."
    )


def _relationship(kind: str, name: str, spec: RelationshipField) -> list[str]:
    """The methods of one relationship field: the field, and for a list its connection."""
    other, python, described = spec.other_kind, to_snake_case(name), _walk(spec)
    field = f"{kind!r}, {name!r}, {other}"
    if spec.single:
        decorator = field_call("@strawberry.field", described, name=graphql_name(python, name))
        call = f"related_node(self, info, {field})"
        return [_method(decorator, python, [], f"{other} | None", call)]
    filters = [
        _argument("where", f"{other}Where | None", "Only the related nodes passing these tests."),
        _argument("order_by", f"list[{other}OrderBy] | None", "The order, most significant first."),
    ]
    listed = f"{described} In position order (then key) unless `orderBy` is given."
    decorator = field_call("@strawberry.field", listed, name=graphql_name(python, name))
    call = f"related_list(self, info, {field}, where, order_by)"
    paged = f"`{name}` a page at a time, with `totalCount` (Relay connection)."
    connection = f"{name}Connection"
    paged_decorator = field_call(
        "@strawberry.field", paged, name=graphql_name(f"{python}_connection", connection)
    )
    paged_call = f"related_connection(self, info, {field}, where, order_by, {_PAGE_CALL})"
    return [
        _method(decorator, python, filters, f"list[{other}]", call),
        _method(
            paged_decorator,
            f"{python}_connection",
            [*_PAGE, *filters],
            f"Connection[{other}]",
            paged_call,
        ),
    ]


def _node_type(kind: str, types: set[Any]) -> str:
    spec = NODE_KINDS[kind]
    lines, names = [], set(_INHERITED)
    for attr, field in spec.fields().items():
        name = field.alias or attr
        if name in CARRIED_LISTS:
            typed = f"list[{CARRIED_LISTS[name]}] | None"
        else:
            python_type, optional = base_type(field)
            types.add(python_type)
            typed = annotation(python_type, optional=optional)
        call = field_call("record_field", field.description or name, name=graphql_name(attr, name))
        lines.append(f"    {attr}: {typed} = {call}\n")
        names.add(attr)
    methods = []
    for name, rel_field in relationship_fields(kind).items():
        for python in (to_snake_case(name), f"{to_snake_case(name)}_connection"):
            if python in names:
                raise ValueError(f"{kind}: two fields would be named {python!r} in Python")
            names.add(python)
        methods.extend(_relationship(kind, name, rel_field))
    body = "".join(lines) + "\n" + "\n".join(methods)
    decorator = f"@strawberry.type(description={text(spec.description)})"
    return f"{decorator}\nclass {kind}(GraphNode):\n{body}"


def node_types() -> str:
    types: set[Any] = set()
    classes = "\n\n".join(_node_type(kind, types) for kind in NODE_KINDS)
    table = ", ".join(f"{kind!r}: {kind}" for kind in NODE_KINDS)
    listed = {
        rel.other_kind
        for kind in NODE_KINDS
        for rel in relationship_fields(kind).values()
        if not rel.single
    }
    inputs = ", ".join(f"{kind}Where, {kind}OrderBy" for kind in NODE_KINDS if kind in listed)
    imports = "\n".join(imports_for(types))
    return f"""from __future__ import annotations

{imports}
from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.graphql.arguments import After, Before, First, Last
from graph_api.graphql.types.base import FIELD_READERS, Connection, GraphNode, record_field
{carried_imports("")}
from graph_api.graphql.types.node_filters import {inputs}
from graph_api.graphql.types.related import (
    field_readers,
    related_connection,
    related_list,
    related_node,
)


{classes}


NODE_TYPES: dict[str, type[GraphNode]] = {{{table}}}
\"\"\"The GraphQL type of each node kind, by kind name.\"\"\"

for _kind, _node_type in NODE_TYPES.items():
    FIELD_READERS[_node_type] = field_readers(_kind)
"""


def _kind_queries(kind: str) -> list[str]:
    spec = NODE_KINDS[kind]
    plural, singular = to_snake_case(spec.plural), to_snake_case(spec.singular)
    filters = [
        _argument("where", f"{kind}Where | None", "Only the nodes passing these tests."),
        _argument(
            "order_by",
            f"list[{kind}OrderBy] | None",
            "The order, most significant first (then key).",
        ),
        "search: Search = None",
    ]
    listed = (
        f"{kind} nodes, a page at a time (Relay): by key unless `orderBy` says otherwise; "
        "`where` filters on properties and relationships; `search` matches the label or "
        "description, ignoring case."
    )
    return [
        _method(
            field_call("@strawberry.field", listed, name=graphql_name(plural, spec.plural)),
            plural,
            [*_PAGE, *filters],
            f"Connection[{kind}]",
            f"list_nodes(info, {kind!r}, {kind}, where, order_by, search, {_PAGE_CALL})",
        ),
        _method(
            field_call(
                "@strawberry.field",
                f"The {kind} with this key, or null.",
                name=graphql_name(singular, spec.singular),
            ),
            singular,
            ["key: Key"],
            f"{kind} | None",
            f"get_node(info, {kind!r}, {kind}, key)",
        ),
    ]


def _kind_mutations(kind: str) -> list[str]:
    snake = to_snake_case(kind)
    label_field = NODE_KINDS[kind].label_field

    def mutation(verb: str, description: str) -> tuple[str, str]:
        python = f"{verb}_{snake}"
        name = graphql_name(python, f"{verb}{kind}")
        call = field_call("@strawberry.mutation", description, name=name)
        # The role each needs: writing for create and update, administering for delete.
        role = "ADMIN" if verb == "delete" else "EDITOR"
        return f"{call[:-1]}, metadata=needs(Role.{role}))", python

    def node_id(what: str) -> str:
        return _argument(
            "id", "strawberry.ID", f"The {kind} to {what}: {of_kind_forms(kind)}.", None
        )

    created = mutation(
        "create",
        f"Create a {kind}. Without `key`, the key is derived from its {label_field}. "
        "CONFLICT if the key is taken.",
    )
    updated = mutation(
        "update",
        f"Change properties of a {kind}. With `expectedVersion`, CONFLICT if the node "
        "changed since that version.",
    )
    deleted = mutation("delete", f"Delete a {kind} and all its relationships.")
    version = "expected_version: ExpectedVersion = None"
    new_key, patched = "key: NewKey = None", "The properties to change."
    return [
        _method(
            *created,
            [_argument("input", f"{kind}Input", "The new node's properties.", None), new_key],
            kind,
            f"create_node(info, {kind!r}, {kind}, input, key)",
        ),
        _method(
            *updated,
            [node_id("change"), _argument("input", f"{kind}Patch", patched, None), version],
            kind,
            f"update_node(info, {kind!r}, {kind}, id, input, expected_version)",
        ),
        _method(
            *deleted,
            [node_id("delete"), version],
            "DeletedNode",
            f"delete_node(info, {kind!r}, id, expected_version)",
        ),
    ]


def node_fields() -> str:
    queries = "\n".join(m for kind in NODE_KINDS for m in _kind_queries(kind))
    mutations = "\n".join(m for kind in NODE_KINDS for m in _kind_mutations(kind))
    kinds = ", ".join(NODE_KINDS)
    inputs = ", ".join(f"{kind}{suffix}" for kind in NODE_KINDS for suffix in ("Where", "OrderBy"))
    changes = ", ".join(f"{kind}{suffix}" for kind in NODE_KINDS for suffix in ("Input", "Patch"))
    return f"""from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.api.node_resolvers import (
    create_node,
    delete_node,
    get_node,
    list_nodes,
    update_node,
)
from graph_api.graphql.arguments import (
    After,
    Before,
    ExpectedVersion,
    First,
    Key,
    Last,
    NewKey,
    Search,
)
from graph_api.graphql.types.base import Connection, DeletedNode
from graph_api.graphql.types.node_filters import {inputs}
from graph_api.graphql.types.node_inputs import {changes}
from graph_api.graphql.types.node_types import {kinds}
from graph_api.security.authorization import needs
from graph_api.security.roles import Role


class NodeQueries:
    \"\"\"The listing and the lookup of every kind; ``build_query`` puts them on Query.\"\"\"

{queries}

class NodeMutations:
    \"\"\"Create, update and delete of every kind; ``build_mutation`` puts them on Mutation.\"\"\"

{mutations}"""
