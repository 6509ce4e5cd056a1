"""A root field's answer of GraphQL objects (a traversal's, say) projected whole.

Completing an answer value by value costs a resolver call, a type check and a path per
value in the executor; this projects the same objects by the selection in one pass:
fields without a resolver are read by the schema's default resolver, fields whose
resolver is a plain method of the object (no arguments, no ``info``, not async) are
called, nodes are answered by their shape (:mod:`graph_api.graphql.reads.answer`),
their relationship fields from what their read plan read. Anything else (a resolver
that needs arguments, a relationship not read, a value breaking a type rule) raises
:class:`~graph_api.graphql.reads.answer.Broken`, and the executor completes the answer
as usual instead, so errors and nulls are exactly what GraphQL specifies.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from graphql import (
    FieldNode,
    GraphQLInterfaceType,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLUnionType,
)
from strawberry.types.base import has_object_definition

from graph_api.graphql.reads.answer import Broken, leaf_value, node_value
from graph_api.graphql.types.base import GraphNode, read_field
from graph_api.store.read_plan import ReadNode

if TYPE_CHECKING:
    from graph_api.graphql.reads.selection import Planner

Getter = Callable[[Any], Any]
FieldPlan = tuple[str, GraphQLOutputType | None, Getter | None, list[FieldNode]]
"""A selected field: response name, type (None for ``__typename``), how the value is read
(None: not projectable), and the field nodes its own selection comes from."""

_GETTERS: dict[tuple[str, str], Getter | None] = {}
"""How each field of each type is read, worked out once (the schema's classes are shared)."""


class WholeAnswers:
    """Projects answers of one request (collections memoised per type and selection)."""

    def __init__(self, planner: "Planner") -> None:
        self._planner = planner
        self._strawberry = planner.strawberry_schema
        self._fields: dict[tuple[str, tuple[int, ...]], list[FieldPlan]] = {}

    def value(self, type_: GraphQLOutputType, nodes: list[FieldNode], value: Any) -> Any:
        """``value`` of ``type_`` completed under ``nodes``; Broken where it cannot be."""
        if isinstance(type_, GraphQLNonNull):
            if value is None:
                raise Broken
            return self.value(type_.of_type, nodes, value)
        if value is None:
            return None
        if isinstance(type_, GraphQLList):
            if not isinstance(value, list | tuple):
                raise Broken
            item = type_.of_type
            return [self.value(item, nodes, v) for v in value]
        if isinstance(type_, GraphQLLeafType):
            return leaf_value(type_, value)
        if isinstance(type_, GraphQLInterfaceType | GraphQLUnionType):
            type_ = self._runtime_type(type_, value)
        assert isinstance(type_, GraphQLObjectType)
        if isinstance(value, GraphNode):
            return self._node(type_, nodes, value)
        return self._object(type_, nodes, value)

    def _runtime_type(
        self, abstract: GraphQLInterfaceType | GraphQLUnionType, value: Any
    ) -> GraphQLObjectType:
        name = value.record.kind if isinstance(value, GraphNode) else _type_name(value)
        schema = self._planner.schema
        runtime = schema.get_type(name) if name else None
        if not isinstance(runtime, GraphQLObjectType) or not schema.is_sub_type(abstract, runtime):
            raise Broken
        return runtime

    def _node(self, type_: GraphQLObjectType, nodes: list[FieldNode], node: GraphNode) -> Any:
        if type_.name != node.record.kind:
            raise Broken
        shape, _, _ = self._planner.node_shape(type_, nodes)
        try:
            return node_value(shape, ReadNode(node.record, node.related or {}))
        except KeyError:
            raise Broken from None  # a relationship field no plan read

    def _object(self, type_: GraphQLObjectType, nodes: list[FieldNode], value: Any) -> Any:
        if _type_name(value) != type_.name:
            raise Broken
        answer: dict[str, Any] = {}
        for response, field_type, getter, field_nodes in self._plans(type_, nodes):
            if field_type is None:
                answer[response] = type_.name
                continue
            if getter is None:
                raise Broken
            try:
                read = getter(value)
            except Exception as exc:
                raise Broken from exc
            answer[response] = self.value(field_type, field_nodes, read)
        return answer

    def _plans(self, type_: GraphQLObjectType, nodes: list[FieldNode]) -> list[FieldPlan]:
        key = (type_.name, tuple(id(n) for n in nodes))
        plans = self._fields.get(key)
        if plans is None:
            plans = []
            for response, group in self._planner.collect(type_, nodes).items():
                field_nodes = [d.node for d in group]
                name = field_nodes[0].name.value
                if name == "__typename":
                    plans.append((response, None, None, field_nodes))
                    continue
                getter = self._getter(type_.name, name)
                plans.append((response, type_.fields[name].type, getter, field_nodes))
            self._fields[key] = plans
        return plans

    def _getter(self, type_name: str, field_name: str) -> Getter | None:
        key = (type_name, field_name)
        if key not in _GETTERS:
            _GETTERS[key] = self._find_getter(type_name, field_name)
        return _GETTERS[key]

    def _find_getter(self, type_name: str, field_name: str) -> Getter | None:
        field = self._strawberry.get_field_for_type(field_name, type_name)
        if field is None or field.extensions or field.permission_classes:
            return None
        resolver = field.base_resolver
        python_name = field.python_name
        if resolver is None:
            return lambda value: read_field(value, python_name)
        plain = (
            not resolver.is_async
            and not resolver.arguments
            and resolver.info_parameter is None
            and resolver.root_parameter is None
            and resolver.self_parameter is not None
        )
        if not plain:
            return None
        method = cast(Getter, resolver.wrapped_func)
        return lambda value: method(value)


def _type_name(value: Any) -> str | None:
    if not has_object_definition(value):
        return None
    name: str = value.__strawberry_definition__.name
    return name
