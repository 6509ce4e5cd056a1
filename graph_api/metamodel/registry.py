"""The metamodel as data: node kinds, their relationships, and lookups derived from them.

Everything else (validation, the GraphQL types, the Neo4j constraints, the model-file
format) is derived from :data:`NODE_KINDS` and :data:`RELATIONSHIPS`.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cache
from inspect import cleandoc
from typing import Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from graph_api.metamodel import kinds
from graph_api.metamodel.carried import CARRIED_FIELDS
from graph_api.metamodel.diagram import DRAWING_FIELDS
from graph_api.metamodel.relationships import RELATIONSHIPS, RelationshipSpec

Direction = Literal["out", "in"]

OBJECT_LIST_FIELDS: tuple[str, ...] = CARRIED_FIELDS + DRAWING_FIELDS
"""The camelCase names of properties holding lists of objects (what every node carries,
and a view's drawing): not filtered, sorted or searched on; JSON text in Neo4j."""


@dataclass(frozen=True, slots=True)
class NodeSpec:
    """One kind of node."""

    name: str
    """The kind's name: Neo4j label and GraphQL type name."""
    properties: type[kinds.NodeProperties]
    label_field: str
    """The camelCase property that names a node of this kind (name, statement, ...)."""
    plural: str
    """The GraphQL list field and model-file section, e.g. ``painPoints``."""
    singular: str
    """The GraphQL field that fetches one node by key, e.g. ``painPoint``."""

    @property
    def description(self) -> str:
        return cleandoc(self.properties.__doc__ or self.name)

    @property
    def ordered(self) -> bool:
        """Whether nodes of this kind have a position (``order``) among their siblings.

        Relationship fields list such nodes by position, others by key.
        """
        return "order" in self.properties.model_fields

    def property_names(self) -> list[str]:
        """The camelCase names of this kind's properties, in :meth:`fields` order."""
        return [f.alias or n for n, f in self.fields().items()]

    def fields(self) -> dict[str, FieldInfo]:
        """Every property by Python attribute name: the scalar ones in declaration order,
        then the carried lists (translations, attributes), as GraphQL shows them."""
        every = self.properties.model_fields
        scalar = self.scalar_fields()
        return {**scalar, **{a: f for a, f in every.items() if a not in scalar}}

    def scalar_fields(self) -> dict[str, FieldInfo]:
        """The properties holding one value (by Python attribute name): what lists filter,
        sort and search on. Lists of objects (:data:`OBJECT_LIST_FIELDS`) are not."""
        return {
            attr: f
            for attr, f in self.properties.model_fields.items()
            if (f.alias or attr) not in OBJECT_LIST_FIELDS
        }


@dataclass(frozen=True, slots=True)
class RelationshipField:
    """A relationship seen from one of its ends: what a GraphQL field walks."""

    name: str
    relationship: RelationshipSpec
    direction: Direction

    @property
    def other_kind(self) -> str:
        rel = self.relationship
        return rel.target if self.direction == "out" else rel.source

    @property
    def single(self) -> bool:
        rel = self.relationship
        return rel.single_target if self.direction == "out" else rel.single_source


def _spec(
    model: type[kinds.NodeProperties], label: str, plural: str, singular: str | None = None
) -> NodeSpec:
    name = model.__name__
    return NodeSpec(name, model, label, plural, singular or name[0].lower() + name[1:])


NODE_KINDS: dict[str, NodeSpec] = {
    s.name: s
    for s in (
        _spec(kinds.Persona, "name", "personas"),
        _spec(kinds.Job, "statement", "jobs"),
        _spec(kinds.Outcome, "statement", "outcomes"),
        _spec(kinds.Journey, "name", "journeys"),
        _spec(kinds.Stage, "name", "stages"),
        _spec(kinds.Step, "name", "steps"),
        _spec(kinds.Channel, "name", "channels"),
        _spec(kinds.Touchpoint, "name", "touchpoints"),
        _spec(kinds.PainPoint, "name", "painPoints"),
        _spec(kinds.Evidence, "summary", "evidence", "evidenceRecord"),
        _spec(kinds.Capability, "name", "capabilities"),
        _spec(kinds.Process, "name", "processes"),
        _spec(kinds.System, "name", "systems"),
        _spec(kinds.Team, "name", "teams"),
        _spec(kinds.Service, "name", "services"),
        _spec(kinds.Interface, "name", "interfaces"),
        _spec(kinds.DataObject, "name", "dataObjects"),
        _spec(kinds.TechnologyNode, "name", "technologyNodes"),
        _spec(kinds.Event, "name", "events"),
        _spec(kinds.ValueStream, "name", "valueStreams"),
        _spec(kinds.ValueStreamStage, "name", "valueStreamStages"),
        _spec(kinds.KPI, "name", "kpis", "kpi"),
        _spec(kinds.Measurement, "at", "measurements"),
        _spec(kinds.BacklogItem, "title", "backlogItems"),
        _spec(kinds.Opportunity, "statement", "opportunities"),
        _spec(kinds.View, "name", "views"),
    )
}

RELATIONSHIP_TYPES: frozenset[str] = frozenset(r.type for r in RELATIONSHIPS)
ENUMS: tuple[type[Enum], ...] = tuple(
    {
        ann: None
        for spec in NODE_KINDS.values()
        for field in spec.scalar_fields().values()
        for ann in getattr(field.annotation, "__args__", (field.annotation,))
        if isinstance(ann, type) and issubclass(ann, Enum)
    }
)


def node_spec(kind: str) -> NodeSpec:
    """The spec of ``kind``; KeyError names the unknown kind."""
    try:
        return NODE_KINDS[kind]
    except KeyError:
        raise KeyError(f"unknown node kind {kind!r}") from None


@cache
def _triples() -> dict[tuple[str, str, str], RelationshipSpec]:
    return {r.triple: r for r in RELATIONSHIPS}


def find_relationship(source: str, type_: str, target: str) -> RelationshipSpec | None:
    """The spec of an allowed triple, or None when the metamodel does not allow it."""
    return _triples().get((source, type_, target))


@cache
def relationship_fields(kind: str) -> dict[str, RelationshipField]:
    """The relationship fields of ``kind`` by field name, outgoing first."""
    fields: dict[str, RelationshipField] = {}
    for rel in RELATIONSHIPS:
        if rel.source == kind:
            fields[rel.out_field] = RelationshipField(rel.out_field, rel, "out")
    for rel in RELATIONSHIPS:
        if rel.target == kind:
            fields[rel.in_field] = RelationshipField(rel.in_field, rel, "in")
    return fields


def outgoing_fields(kind: str) -> dict[str, RelationshipField]:
    """The fields that walk relationships stored on ``kind`` as their source."""
    return {n: f for n, f in relationship_fields(kind).items() if f.direction == "out"}


def check_metamodel(specs: Iterable[NodeSpec] = NODE_KINDS.values()) -> list[str]:
    """Consistency problems of the metamodel itself (empty when it is sound).

    A relationship field must not clash with a property or another relationship field of
    the same kind, every triple must name known kinds, and a hierarchy (acyclic) joins
    nodes of one kind (the stores look for its cycles among nodes of that kind).
    """
    problems: list[str] = []
    for rel in RELATIONSHIPS:
        for end in (rel.source, rel.target):
            if end not in NODE_KINDS:
                problems.append(f"{rel.triple}: unknown kind {end!r}")
        if rel.acyclic and rel.source != rel.target:
            problems.append(f"{rel.triple}: acyclic, but joins two kinds")
    for spec in specs:
        props = set(spec.property_names()) | {
            "id",
            "key",
            "label",
            "createdAt",
            "updatedAt",
            "version",
        }
        seen: dict[str, str] = {}
        for rel in RELATIONSHIPS:
            for name, owner in ((rel.out_field, rel.source), (rel.in_field, rel.target)):
                if owner != spec.name:
                    continue
                if name in props:
                    problems.append(
                        f"{spec.name}.{name}: relationship field clashes with a property"
                    )
                if name in seen and seen[name] != str(rel.triple):
                    problems.append(f"{spec.name}.{name}: used by {seen[name]} and {rel.triple}")
                seen[name] = str(rel.triple)
    return problems


def validate_properties(kind: str, values: dict[str, object]) -> BaseModel:
    """Validate ``values`` (camelCase) as the properties of ``kind``; raises ValidationError."""
    return node_spec(kind).properties.model_validate(values)
