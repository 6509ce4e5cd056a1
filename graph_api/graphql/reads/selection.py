"""A root field's selection as a read plan, and the shape its answer is projected by.

The fields are collected by graphql-core's own field collection (fragments, aliases,
``@skip``/``@include`` with the request's variables) through the executor running the
request, and each relationship field's arguments are converted and checked by the same
code its resolver uses (``list_arguments``), so the plan reads exactly what resolving
level by level would. What a selection cannot be planned for (arguments that fail their
checks) raises :class:`NotPlanned`, and the request is answered level by level instead.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from graphql import (
    FieldNode,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    GraphQLUnionType,
    get_named_type,
    is_leaf_type,
)
from graphql.execution.collect_fields import FieldDetails, GroupedFieldSet, collect_subfields
from graphql.execution.values import get_argument_values
from strawberry.types.field import StrawberryField

from graph_api.config import Settings
from graph_api.errors import ValidationFailed
from graph_api.graphql.library_seams import strawberry_arguments
from graph_api.graphql.reads.answer import Broken, direct_leaf
from graph_api.graphql.reads.shapes import (
    SLOTS,
    ConnectionShape,
    Leaf,
    NodeShape,
    Related,
    RelationshipSlot,
    TypeName,
)
from graph_api.graphql.types.base import AUDIT_READERS, FIELD_READERS, FieldReader
from graph_api.graphql.types.list_arguments import list_arguments
from graph_api.graphql.types.nodes import NODE_TYPES
from graph_api.graphql.types.related import PropertyReader
from graph_api.metamodel import node_spec
from graph_api.store.read_plan import EVERY_PROPERTY, FieldRead, Properties, RelatedKey

if TYPE_CHECKING:
    from graphql.execution.executor import Executor
    from strawberry import Schema


NodeReads = tuple[NodeShape, Properties, tuple[FieldRead, ...]]
"""A node type's shape under a selection, the properties it reads, the reads below it."""


class NotPlanned(Broken):
    """The selection is answered level by level (its arguments fail their checks, say:
    the resolver reports that at the field's path, as GraphQL specifies), and so is not
    answered whole either."""


_READERS: dict[tuple[str, str], tuple[FieldReader, Properties] | None] = {}
_FIELDS: dict[tuple[str, str], StrawberryField | None] = {}
_DIRECT: dict[tuple[str, str], tuple[str, "Callable[[Any], Any]"] | None] = {}
"""Per (type, field): how a node field is read, its Strawberry field, and the stored name
and direct value of a plain leaf (``Planner._leaf``). Facts of the
generated node types, which every schema built shares, worked out once per process."""


class Planner:
    """Makes the plan and shape of the root fields of one request."""

    def __init__(self, executor: "Executor[Any]", schema: "Schema", settings: Settings) -> None:
        self._executor = executor
        self._strawberry = schema
        self._settings = settings
        # By type and field nodes (kept alive with the answer, so that their ids stay
        # theirs): a whole answer asks once per node of a list, with the same selection.
        self._shapes: dict[tuple[str, tuple[int, ...]], tuple[list[FieldNode], NodeReads]] = {}

    def node_shape(self, type_: GraphQLObjectType, nodes: list[FieldNode]) -> NodeReads:
        """The shape of ``type_``'s nodes under ``nodes``, the properties it reads and
        the relationship reads below it (merged where two fields read the same)."""
        key = (type_.name, tuple(id(n) for n in nodes))
        cached = self._shapes.get(key)
        if cached is None:
            cached = (nodes, self._node_shape(type_, nodes))
            self._shapes[key] = cached
        return cached[1]

    def _node_shape(self, type_: GraphQLObjectType, nodes: list[FieldNode]) -> NodeReads:
        grouped = self.collect(type_, nodes)
        shape = NodeShape(type_.name)
        properties = Properties(frozenset({"key"}))
        reads: dict[RelatedKey, FieldRead] = {}
        for response, group in grouped.items():
            field_nodes = [d.node for d in group]
            field_name = field_nodes[0].name.value
            if field_name == "__typename":
                shape.entries.append(TypeName(response, type_.name))
                continue
            field_def = type_.fields[field_name]
            slot = SLOTS.get((type_.name, field_name))
            if slot is not None:
                related, read = self._related(type_.name, slot, field_def, field_nodes, response)
                shape.entries.append(related)
                merge_into(reads, read)
                continue
            reader = self._reader(type_.name, field_name)
            if reader is None or not is_leaf_type(get_named_type(field_def.type)):
                shape.whole = False
                properties = properties | self._stored_names(type_.name, field_name)
                continue
            shape.entries.append(self._leaf(type_.name, field_name, response, field_def, reader[0]))
            properties = properties | reader[1]
        return shape, properties, tuple(reads.values())

    def _related(
        self,
        type_name: str,
        slot: RelationshipSlot,
        field_def: GraphQLField,
        nodes: list[FieldNode],
        response: str,
    ) -> tuple[Related, FieldRead]:
        spec = slot.field
        other = spec.other_kind
        other_type = self.object_type(other)
        args = self._arguments(type_name, field_def, nodes[0])
        try:
            converted = list_arguments(
                other,
                self._settings,
                where=args.get("where"),
                order_by=args.get("order_by"),
                positional=True,
                paged=slot.shape == "connection",
                first=args.get("first"),
                after=args.get("after"),
                last=args.get("last"),
                before=args.get("before"),
            )
        except ValidationFailed as exc:
            raise NotPlanned(str(exc)) from exc
        if slot.shape == "single":
            key: RelatedKey = (spec.name, None, (), None)
            order = converted.order
            where = None
        else:
            key = (spec.name, converted.where, converted.order, converted.window)
            order, where = converted.order, converted.where
        connection: ConnectionShape | None = None
        shape: NodeShape | None = None
        count = page_info = False
        if slot.shape == "connection":
            connection, properties, below, count, page_info = self.connection(
                field_def.type, nodes, other_type
            )
        else:
            shape, properties, below = self.node_shape(other_type, nodes)
        properties = properties | Properties(frozenset(k.name for k in order))
        read = FieldRead(
            key, spec, where, order, converted.window, count, properties, below, page_info
        )
        related = Related(response, key, slot.shape, field_def.type, shape, connection)
        return related, read

    def within(
        self, type_: GraphQLOutputType, nodes: list[FieldNode], kinds: set[str]
    ) -> dict[str, tuple[Properties, tuple[FieldRead, ...]]]:
        """For every kind of ``kinds`` that a selection of ``type_`` (a traversal's
        answer) reaches, the properties its nodes are read for and the relationship
        reads below them, merged: what a traversal's nodes are read with, in one round
        trip. A kind the selection does not reach is not among them."""
        found: dict[str, tuple[Properties, dict[RelatedKey, FieldRead]]] = {}
        self._within(type_, nodes, kinds, found)
        return {kind: (props, tuple(reads.values())) for kind, (props, reads) in found.items()}

    def _within(
        self,
        type_: GraphQLOutputType,
        nodes: list[FieldNode],
        kinds: set[str],
        found: dict[str, tuple[Properties, dict[RelatedKey, FieldRead]]],
    ) -> None:
        named = get_named_type(type_)
        if isinstance(named, GraphQLInterfaceType | GraphQLUnionType):
            for possible in self._executor.schema.get_possible_types(named):
                if possible.name in kinds:
                    self._within(possible, nodes, kinds, found)
            return
        if not isinstance(named, GraphQLObjectType):
            return
        if named.name in NODE_TYPES:
            if named.name in kinds:
                _, properties, below = self.node_shape(named, nodes)
                seen, reads = found.get(named.name, (properties, {}))
                for read in below:
                    merge_into(reads, read)
                found[named.name] = (seen | properties, reads)
            return
        grouped = self.collect(named, nodes)
        for group in grouped.values():
            field_nodes = [d.node for d in group]
            field_def = named.fields.get(field_nodes[0].name.value)
            if field_def is not None:
                self._within(field_def.type, field_nodes, kinds, found)

    def collect(self, type_: GraphQLObjectType, nodes: list[FieldNode]) -> GroupedFieldSet:
        """The fields selected on ``type_`` under ``nodes``, by response name (graphql-core's
        field collection, with the request's fragments and variables)."""
        executor = self._executor
        return collect_subfields(
            executor.schema,
            executor.fragments,
            executor.variable_values,
            executor.operation,
            type_,
            [FieldDetails(n, None) for n in nodes],
        ).grouped_field_set

    @property
    def schema(self) -> GraphQLSchema:
        return self._executor.schema

    @property
    def strawberry_schema(self) -> "Schema":
        return self._strawberry

    def object_type(self, kind: str) -> GraphQLObjectType:
        """The GraphQL type of a node kind."""
        type_ = self._executor.schema.get_type(kind)
        assert isinstance(type_, GraphQLObjectType)
        return type_

    def connection(
        self, type_: GraphQLOutputType, nodes: list[FieldNode], node_type: GraphQLObjectType
    ) -> tuple[ConnectionShape, Properties, tuple[FieldRead, ...], bool, bool]:
        """A connection's parts (its ``nodes`` and ``edges { node }`` each with the shape
        of its own selection), the properties and reads of its nodes (both selections
        merged), whether its total is read and whether its page facts are."""
        connection_type = get_named_type(type_)
        assert isinstance(connection_type, GraphQLObjectType)
        shape = ConnectionShape(connection_type.name)
        properties = Properties(frozenset({"key"}))
        reads: dict[RelatedKey, FieldRead] = {}
        count = page_info = False

        def node_part(field_nodes: list[FieldNode]) -> NodeShape:
            nonlocal properties
            part_shape, part_properties, below = self.node_shape(node_type, field_nodes)
            properties = properties | part_properties
            for read in below:
                merge_into(reads, read)
            return part_shape

        for response, group in self.collect(connection_type, nodes).items():
            part = group[0].node.name.value
            field_nodes = [d.node for d in group]
            if part == "nodes":
                shape.parts.append((response, part, node_part(field_nodes)))
            elif part == "edges":
                edge_type = get_named_type(connection_type.fields["edges"].type)
                assert isinstance(edge_type, GraphQLObjectType)
                edge_parts: list[tuple[str, str, Any]] = []
                for edge_response, edge_group in self.collect(edge_type, field_nodes).items():
                    edge_part = edge_group[0].node.name.value
                    if edge_part == "node":
                        detail: Any = node_part([d.node for d in edge_group])
                    else:
                        detail = edge_type.name
                    edge_parts.append((edge_response, edge_part, detail))
                shape.parts.append((response, part, edge_parts))
            elif part == "pageInfo":
                info_type = get_named_type(connection_type.fields["pageInfo"].type)
                assert isinstance(info_type, GraphQLObjectType)
                page = self.collect(info_type, field_nodes)
                page_info = True
                shape.parts.append(
                    (response, part, [(r, g[0].node.name.value) for r, g in page.items()])
                )
            else:
                count = count or part == "totalCount"
                shape.parts.append((response, part, connection_type.name))
        return shape, properties, tuple(reads.values()), count, page_info

    def _arguments(
        self, type_name: str, field_def: GraphQLField, node: FieldNode
    ) -> dict[str, Any]:
        """The field's arguments as its resolver receives them (Python names, inputs as
        Strawberry objects)."""
        if not field_def.args:
            return {}
        values = get_argument_values(field_def, node, self._executor.variable_values)
        strawberry_field = self._field(type_name, node.name.value)
        assert strawberry_field is not None
        return strawberry_arguments(self._strawberry, strawberry_field, values)

    def _reader(self, type_name: str, field_name: str) -> tuple[FieldReader, Properties] | None:
        """How a property field is read from a record, and the stored names it reads."""
        key = (type_name, field_name)
        if key not in _READERS:
            _READERS[key] = self._find_reader(type_name, field_name)
        return _READERS[key]

    def _leaf(
        self,
        type_name: str,
        field_name: str,
        response: str,
        field_def: GraphQLField,
        reader: FieldReader,
    ) -> Leaf:
        """A leaf field, read without the record where its value is a plain stored one."""
        key = (type_name, field_name)
        if key not in _DIRECT:
            _DIRECT[key] = self._direct(type_name, field_name, field_def, reader)
        direct = _DIRECT[key]
        if direct is None:
            return Leaf(response, reader, field_def.type)
        return Leaf(response, reader, field_def.type, direct[0], direct[1])

    def _direct(
        self, type_name: str, field_name: str, field_def: GraphQLField, reader: FieldReader
    ) -> tuple[str, Callable[[Any], Any]] | None:
        if isinstance(reader, PropertyReader):
            stored, python_type = reader.stored, reader.python_type
        elif reader is AUDIT_READERS["key"]:
            stored, python_type = "key", str
        else:
            return None
        direct = direct_leaf(field_def.type, python_type)
        return None if direct is None else (stored, direct)

    def _field(self, type_name: str, field_name: str) -> StrawberryField | None:
        """The Strawberry field behind a GraphQL field (found by a scan of the type's
        fields, so looked up once)."""
        key = (type_name, field_name)
        if key not in _FIELDS:
            _FIELDS[key] = self._strawberry.get_field_for_type(field_name, type_name)
        return _FIELDS[key]

    def _find_reader(
        self, type_name: str, field_name: str
    ) -> tuple[FieldReader, Properties] | None:
        strawberry_field = self._field(type_name, field_name)
        node_type = NODE_TYPES.get(type_name)
        if strawberry_field is None or node_type is None:
            return None
        read = FIELD_READERS.get(node_type, {}).get(strawberry_field.python_name)
        if read is None:
            return None
        return read, self._stored_names(type_name, field_name)

    def _stored_names(self, type_name: str, field_name: str) -> Properties:
        """The stored properties a field of a node reads (every one when unknown)."""
        strawberry_field = self._field(type_name, field_name)
        python = strawberry_field.python_name if strawberry_field else field_name
        audit = {
            "id": "key",
            "key": "key",
            "created_at": "createdAt",
            "updated_at": "updatedAt",
            "version": "version",
            "created_by": "createdBy",
            "updated_by": "updatedBy",
        }
        if python in audit:
            return Properties(frozenset({audit[python]}))
        spec = node_spec(type_name)
        if python == "label":
            return Properties(frozenset({spec.label_field}))
        model_field = spec.properties.model_fields.get(python)
        if model_field is None:
            return EVERY_PROPERTY
        return Properties(frozenset({model_field.alias or python}))


def merge_into(reads: dict[RelatedKey, FieldRead], read: FieldRead) -> None:
    """Adds ``read`` to ``reads``, merged with the read of the same key already there."""
    reads[read.key] = merge(reads[read.key], read) if read.key in reads else read


def merge(one: FieldRead, other: FieldRead) -> FieldRead:
    """Two reads of the same relationship with the same arguments, as one."""
    below = {r.key: r for r in one.below}
    for read in other.below:
        merge_into(below, read)
    return FieldRead(
        one.key,
        one.field,
        one.where,
        one.order,
        one.window,
        one.count or other.count,
        one.properties | other.properties,
        tuple(below.values()),
        one.page_info or other.page_info,
    )


def non_null(type_: GraphQLOutputType) -> bool:
    return isinstance(type_, GraphQLNonNull)


def list_of(type_: GraphQLOutputType) -> GraphQLOutputType | None:
    inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    return inner.of_type if isinstance(inner, GraphQLList) else None
