"""Which changes of the GraphQL schema break its contract with clients.

graphql-core's ``find_breaking_changes`` lists every change between two schemas that can
make an operation that worked before fail. The contract (README, "Asking the graph")
lets through only what was announced: a field, argument, input field or enum value that
the earlier release already marked ``@deprecated`` may be removed or changed, since
clients were told then to stop using it; a type may go with it when every use the
earlier release had of it was such a deprecated member. Everything else graphql-core
calls breaking breaks the contract.

graphql-core describes each change in a sentence; the element it is about is read from
the schema coordinate in that sentence (``Type.field``, ``Type.field(arg:)``,
``Enum.VALUE``, or a type's name). A sentence that cannot be read is never excused, so a
graphql-core release that words them differently makes the contract stricter, not looser
(and tests/schema/test_breaking_change_rules.py fails on it).
"""

import re
from dataclasses import dataclass

from graphql import (
    BreakingChange,
    BreakingChangeType,
    GraphQLArgument,
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    find_breaking_changes,
    get_named_type,
    is_introspection_type,
)

# ``Type.member`` or ``Type.field(arg:)``, as graphql-core writes them in its sentences.
COORDINATE = re.compile(r"\b([_A-Za-z]\w*)\.([_A-Za-z]\w*)(?:\(([_A-Za-z]\w*):\))?")
REMOVED_TYPE = re.compile(r"^(?:Standard scalar )?([_A-Za-z]\w*) was removed")

# What each kind of breaking change is allowed by, as the failure message states it.
RULES: dict[BreakingChangeType, str] = {
    BreakingChangeType.FIELD_REMOVED: "a field may be removed only if the released "
    "schema marked it @deprecated",
    BreakingChangeType.FIELD_CHANGED_KIND: "a field's type may change only if the released "
    "schema marked the field @deprecated",
    BreakingChangeType.VALUE_REMOVED_FROM_ENUM: "an enum value may be removed only if the "
    "released schema marked it @deprecated",
    BreakingChangeType.ARG_REMOVED: "an argument may be removed only if the released schema "
    "marked it, or its field, @deprecated",
    BreakingChangeType.ARG_CHANGED_KIND: "an argument's type may change only if the released "
    "schema marked it, or its field, @deprecated",
    BreakingChangeType.REQUIRED_ARG_ADDED: "a required argument may be added only to a field "
    "the released schema marked @deprecated (add it optional, with a default)",
    BreakingChangeType.TYPE_REMOVED: "a type may be removed only if every use the released "
    "schema had of it was a deprecated field or argument (or a type removed so)",
}
NEVER = "never allowed: clients of the released schema would break, deprecated or not"

# The changes whose coordinate names a member that can carry @deprecated, and which
# coordinates excuse each: the member itself, or for an argument also its field.
MEMBER_CHANGES = {
    BreakingChangeType.FIELD_REMOVED,
    BreakingChangeType.FIELD_CHANGED_KIND,
    BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
}
ARGUMENT_CHANGES = {
    BreakingChangeType.ARG_REMOVED,
    BreakingChangeType.ARG_CHANGED_KIND,
    BreakingChangeType.REQUIRED_ARG_ADDED,
}


@dataclass(frozen=True)
class Judged:
    """One breaking change graphql-core found, and what allows it (None: nothing does)."""

    change: BreakingChange
    excuse: str | None

    @property
    def rule(self) -> str:
        return RULES.get(self.change.type, NEVER)

    def line(self) -> str:
        return f"{self.change.type.name}: {self.change.description} ({self.rule})"


@dataclass(frozen=True)
class Use:
    """A place where the released schema names a type.

    ``owner`` is the type holding the place ("" for the schema's roots and directives);
    the use is deprecated when any of ``coordinates`` is (a field's, or an argument's or
    its field's); a union member or an interface's implementation has none.
    """

    owner: str
    coordinates: tuple[str, ...] = ()


def deprecated_members(schema: GraphQLSchema) -> dict[str, str]:
    """Coordinate -> deprecation reason of every member marked ``@deprecated``."""
    found: dict[str, str] = {}
    for named in user_types(schema):
        if isinstance(named, GraphQLEnumType):
            for value_name, value in named.values.items():
                if value.deprecation_reason is not None:
                    found[f"{named.name}.{value_name}"] = value.deprecation_reason
        for field_name, field in members(named).items():
            coordinate = f"{named.name}.{field_name}"
            if field.deprecation_reason is not None:
                found[coordinate] = field.deprecation_reason
            for arg_name, arg in arguments(field).items():
                if arg.deprecation_reason is not None:
                    found[f"{coordinate}({arg_name}:)"] = arg.deprecation_reason
    return found


def judge(released: GraphQLSchema, current: GraphQLSchema) -> list[Judged]:
    """Every breaking change from ``released`` to ``current``, each with its excuse."""
    changes = find_breaking_changes(released, current)
    deprecated = deprecated_members(released)
    removable = removable_types(released, deprecated, removed_types(changes))
    return [Judged(change, excuse(change, deprecated, removable)) for change in changes]


def contract_breaks(released: GraphQLSchema, current: GraphQLSchema) -> list[Judged]:
    """The breaking changes nothing excuses."""
    return [judged for judged in judge(released, current) if judged.excuse is None]


def excuse(change: BreakingChange, deprecated: dict[str, str], removable: set[str]) -> str | None:
    if change.type is BreakingChangeType.TYPE_REMOVED:
        name = removed_type_name(change)
        if name in removable:
            return f"{name}: every use of it was deprecated"
        return None
    coordinate = COORDINATE.search(change.description)
    if coordinate is None:
        return None
    type_name, member, arg = coordinate.groups()
    if change.type in MEMBER_CHANGES and arg is None:
        candidates = [f"{type_name}.{member}"]
    elif change.type in ARGUMENT_CHANGES and arg is not None:
        candidates = [f"{type_name}.{member}({arg}:)", f"{type_name}.{member}"]
    else:
        return None
    for candidate in candidates:
        if candidate in deprecated:
            return f"{candidate} was deprecated: {deprecated[candidate]}"
    return None


def removed_types(changes: list[BreakingChange]) -> set[str]:
    names = (removed_type_name(c) for c in changes if c.type is BreakingChangeType.TYPE_REMOVED)
    return {name for name in names if name is not None}


def removed_type_name(change: BreakingChange) -> str | None:
    match = REMOVED_TYPE.search(change.description)
    return match.group(1) if match else None


def removable_types(
    released: GraphQLSchema, deprecated: dict[str, str], removed: set[str]
) -> set[str]:
    """The removed types whose every use was deprecated, or inside another such type.

    Starts from every removed type and drops each that a kept use still names, until
    none drops: a deprecated field's type may go, with the types only it used (an
    interface and the kinds implementing it may go together).
    """
    uses = type_uses(released)
    removable = set(removed)

    def deprecated_or_inside_removable(use: Use) -> bool:
        return use.owner in removable or any(c in deprecated for c in use.coordinates)

    dropped = True
    while dropped:
        kept_use = {
            n for n in removable if not all(map(deprecated_or_inside_removable, uses.get(n, [])))
        }
        removable -= kept_use
        dropped = bool(kept_use)
    return removable


def type_uses(schema: GraphQLSchema) -> dict[str, list[Use]]:
    """Type name -> every place the schema names it."""
    uses: dict[str, list[Use]] = {}

    def add(type_name: str, use: Use) -> None:
        uses.setdefault(type_name, []).append(use)

    for root in (schema.query_type, schema.mutation_type, schema.subscription_type):
        if root is not None:
            add(root.name, Use(""))
    for directive in schema.directives:
        for arg in directive.args.values():
            add(get_named_type(arg.type).name, Use(""))
    for named in user_types(schema):
        if isinstance(named, GraphQLUnionType):
            for member in named.types:
                add(member.name, Use(named.name))
        if isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
            # Each side names the other: ``... on Kind`` inside the interface's selection.
            for interface in named.interfaces:
                add(interface.name, Use(named.name))
                add(named.name, Use(interface.name))
        for field_name, field in members(named).items():
            coordinate = f"{named.name}.{field_name}"
            add(get_named_type(field.type).name, Use(named.name, (coordinate,)))
            for arg_name, arg in arguments(field).items():
                arg_coordinate = f"{coordinate}({arg_name}:)"
                add(get_named_type(arg.type).name, Use(named.name, (arg_coordinate, coordinate)))
    return uses


def user_types(schema: GraphQLSchema) -> list[GraphQLNamedType]:
    return [t for t in schema.type_map.values() if not is_introspection_type(t)]


def members(named: GraphQLNamedType) -> dict[str, GraphQLField] | dict[str, GraphQLInputField]:
    if isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
        fields: dict[str, GraphQLField] = named.fields
        return fields
    if isinstance(named, GraphQLInputObjectType):
        input_fields: dict[str, GraphQLInputField] = named.fields
        return input_fields
    return {}


def arguments(field: GraphQLField | GraphQLInputField) -> dict[str, GraphQLArgument]:
    return field.args if isinstance(field, GraphQLField) else {}


def failure_message(breaks: list[Judged], released_name: str) -> str:
    lines = "\n".join(f"  - {judged.line()}" for judged in breaks)
    return (
        f"The schema built from the code breaks the contract of {released_name}:\n{lines}\n"
        "Keep what clients of that release use: deprecate a field, argument or enum value "
        "(@deprecated, still working) and remove it only after a release has shipped "
        "with it deprecated."
    )
