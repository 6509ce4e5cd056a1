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

from graph_api.graphql.identity import ByIdentity
from graph_api.graphql.reads.answer import Broken, leaf_value, node_value
from graph_api.graphql.reads.shapes import NodeShape
from graph_api.graphql.types.base import GraphNode, read_field
from graph_api.store.read_plan import ReadNode

if TYPE_CHECKING:
    from graph_api.graphql.reads.selection import Planner

Getter = Callable[[Any], Any]
Projector = Callable[[Any], Any]
"""Projects one value of one type under one selection (made once per request by
:meth:`WholeAnswers.projector`, so that the type's wrappers are looked at once, not per
value)."""
FieldPlan = tuple[str, str | None, Getter | None, Projector | None]
"""A selected field: response name, the type name ``__typename`` answers (else None), how
the value is read (None: not projectable) and how it is projected."""

_GETTERS: dict[tuple[str, str], Getter | None] = {}
"""How each field of each type is read, worked out once (the schema's classes are shared)."""


class WholeAnswers:
    """Projects answers of one request (projectors memoised per type and selection)."""

    def __init__(self, planner: "Planner") -> None:
        self._planner = planner
        self._strawberry = planner.strawberry_schema
        self._fields: dict[tuple[str, tuple[int, ...]], list[FieldPlan]] = {}
        # By type and field nodes, which the schema and the request's document keep alive.
        self._projectors: dict[tuple[int, tuple[int, ...]], Projector] = {}

    def value(self, type_: GraphQLOutputType, nodes: list[FieldNode], value: Any) -> Any:
        """``value`` of ``type_`` completed under ``nodes``; Broken where it cannot be."""
        return self.projector(type_, nodes)(value)

    def projector(self, type_: GraphQLOutputType, nodes: list[FieldNode]) -> Projector:
        key = (id(type_), tuple(id(n) for n in nodes))
        found = self._projectors.get(key)
        if found is None:
            found = self._projectors[key] = self._make_projector(type_, nodes)
        return found

    def _make_projector(self, type_: GraphQLOutputType, nodes: list[FieldNode]) -> Projector:
        if isinstance(type_, GraphQLNonNull):
            inner = self._make_projector(type_.of_type, nodes)

            def non_null(value: Any) -> Any:
                if value is None:
                    raise Broken
                return inner(value)

            return non_null
        if isinstance(type_, GraphQLList):
            item = self._make_projector(type_.of_type, nodes)

            def list_(value: Any) -> Any:
                if value is None:
                    return None
                if not isinstance(value, list | tuple):
                    raise Broken
                return [item(v) for v in value]

            return list_
        if isinstance(type_, GraphQLLeafType):
            leaf = type_
            return lambda value: None if value is None else leaf_value(leaf, value)
        if isinstance(type_, GraphQLInterfaceType | GraphQLUnionType):
            abstract = type_
            # A value named again under the same selection is projected once, and the
            # answer shares its map.
            seen: ByIdentity[Any] = ByIdentity()

            def abstract_(value: Any) -> Any:
                if value is None:
                    return None
                projected = seen.get(value)
                if projected is None:
                    runtime = self._runtime_type(abstract, value)
                    projected = seen.put(value, self.projector(runtime, nodes)(value))
                return projected

            return abstract_
        assert isinstance(type_, GraphQLObjectType)
        return self._object_projector(type_, nodes)

    def _object_projector(self, type_: GraphQLObjectType, nodes: list[FieldNode]) -> Projector:
        shape: list[NodeShape] = []  # the node shape, made when a node first needs it
        seen: ByIdentity[Any] = ByIdentity()

        def object_(value: Any) -> Any:
            if value is None:
                return None
            projected = seen.get(value)
            return projected if projected is not None else seen.put(value, project(value))

        def project(value: Any) -> Any:
            if isinstance(value, GraphNode):
                if type_.name != value.record.kind:
                    raise Broken
                if not shape:
                    shape.append(self._planner.node_shape(type_, nodes)[0])
                try:
                    return node_value(shape[0], ReadNode(value.record, value.related or {}))
                except KeyError:
                    raise Broken from None  # a relationship field no plan read
            return self._object(type_, nodes, value)

        return object_

    def _runtime_type(
        self, abstract: GraphQLInterfaceType | GraphQLUnionType, value: Any
    ) -> GraphQLObjectType:
        name = value.record.kind if isinstance(value, GraphNode) else _type_name(value)
        schema = self._planner.schema
        runtime = schema.get_type(name) if name else None
        if not isinstance(runtime, GraphQLObjectType) or not schema.is_sub_type(abstract, runtime):
            raise Broken
        return runtime

    def _object(self, type_: GraphQLObjectType, nodes: list[FieldNode], value: Any) -> Any:
        if _type_name(value) != type_.name:
            raise Broken
        answer: dict[str, Any] = {}
        for response, type_name, getter, project in self._plans(type_, nodes):
            if type_name is not None:
                answer[response] = type_name
                continue
            if getter is None or project is None:
                raise Broken
            try:
                read = getter(value)
            except Exception as exc:
                raise Broken from exc
            answer[response] = project(read)
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
                    plans.append((response, type_.name, None, None))
                    continue
                getter = self._getter(type_.name, name)
                project = self.projector(type_.fields[name].type, field_nodes)
                plans.append((response, None, getter, project))
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
