"""Which relationship fields a document reads, at which depth, and which leaves: from its text.

Independent of how the documents were generated: the document is parsed and walked
against the schema (fragments expanded), and a relationship field (tests/reads/
schema_shape.py) under a node read at relationship depth ``d - 1`` is at depth ``d``.
The root field's nodes are at depth 0; connection plumbing (``edges``, ``node``,
``nodes``) adds no depth.
"""

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLObjectType,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    parse,
)

from tests.reads.schema_shape import SchemaShape

Reached = set[tuple[str, str, int]]
"""``(owner type, field, depth)`` triples."""


def selected_fields(shape: SchemaShape, document: str) -> tuple[Reached, set[tuple[str, str]]]:
    """Every ``(owner, relationship field, depth)`` the document selects, and every
    ``(node type, leaf field)``."""
    parsed = parse(document)
    fragments = {
        d.name.value: d for d in parsed.definitions if isinstance(d, FragmentDefinitionNode)
    }
    relations = {(f.owner, f.name) for f in shape.all_relations}
    reached: Reached = set()
    leaves: set[tuple[str, str]] = set()

    def walk(selections: SelectionSetNode, parent: str, depth: int) -> None:
        parent_type = shape.schema.get_type(parent)
        for selection in selections.selections:
            if isinstance(selection, FragmentSpreadNode):
                fragment = fragments[selection.name.value]
                walk(fragment.selection_set, fragment.type_condition.name.value, depth)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                walk(selection.selection_set, condition.name.value if condition else parent, depth)
            elif isinstance(selection, FieldNode) and not selection.selection_set:
                if parent in shape.node_types:
                    leaves.add((parent, selection.name.value))
            elif isinstance(selection, FieldNode) and selection.selection_set:
                # An abstract parent (Node) has no relationship fields: nothing to count.
                assert isinstance(parent_type, GraphQLObjectType) or parent == "Node", parent
                fields = parent_type.fields  # type: ignore[union-attr]
                name = selection.name.value
                child = get_named_type(fields[name].type).name
                deeper = depth + 1 if (parent, name) in relations else depth
                if (parent, name) in relations:
                    reached.add((parent, name, deeper))
                walk(selection.selection_set, child, deeper)

    for definition in parsed.definitions:
        if isinstance(definition, OperationDefinitionNode):
            walk(definition.selection_set, "Query", 0)
    return reached, leaves
