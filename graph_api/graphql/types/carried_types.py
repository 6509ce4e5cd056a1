"""GraphQL types of the lists of objects nodes hold: what every node carries (translations,
attributes) and a view's drawing.

Generated from the metamodel (graph_api/metamodel) by graph_api/graphql/types/generate.py.
Do not edit: after changing the metamodel, run ``make generated``
(``python -m graph_api.graphql.types.generate``), which rewrites this file.
"""

from __future__ import annotations

import strawberry


@strawberry.type(description="The node's label and description in one other language.")
class Translation:
    language: str = strawberry.field(description="The language tag (BCP 47), e.g. 'de'.")
    label: str | None = strawberry.field(
        description="The label (name, statement, title) in that language.", default=None
    )
    description: str | None = strawberry.field(
        description="The description in that language.", default=None
    )


@strawberry.type(
    description="A name/value pair brought from another tool (an ArchiMate property, say)."
)
class Attribute:
    name: str = strawberry.field(description="The attribute's name, e.g. 'Owner'.")
    value: str = strawberry.field(description="Its value, as text.")


@strawberry.type(
    description="A box on a view: a node of the graph, or a note or grouping box with a label."
)
class DiagramNode:
    identifier: str = strawberry.field(description="The box's identifier within the view.")
    element: str | None = strawberry.field(
        description="The node drawn, as Kind:key; none for a note or a grouping box.",
        default=None,
    )
    label: str | None = strawberry.field(
        description="The text of a note or a grouping box.", default=None
    )
    x: int = strawberry.field(description="The box's left edge.")
    y: int = strawberry.field(description="The box's top edge.")
    width: int = strawberry.field(description="The box's width.")
    height: int = strawberry.field(description="The box's height.")
    parent: str | None = strawberry.field(
        description="The box this one is drawn inside.", default=None
    )


@strawberry.type(description="A line on a view between two boxes (or a box and a line).")
class DiagramConnection:
    identifier: str = strawberry.field(description="The line's identifier within the view.")
    relationship: str | None = strawberry.field(
        description=(
            "The identifier of the relationship drawn (its link's "
            "identifier); none for a line that draws no relationship."
        ),
        default=None,
    )
    source: str = strawberry.field(description="The box (or line) the line starts at.")
    target: str = strawberry.field(description="The box (or line) the line ends at.")


@strawberry.input(description="The node's label and description in one other language.")
class TranslationInput:
    language: str = strawberry.field(description="The language tag (BCP 47), e.g. 'de'.")
    label: str | None = strawberry.field(
        description="The label (name, statement, title) in that language.", default=None
    )
    description: str | None = strawberry.field(
        description="The description in that language.", default=None
    )


@strawberry.input(
    description="A name/value pair brought from another tool (an ArchiMate property, say)."
)
class AttributeInput:
    name: str = strawberry.field(description="The attribute's name, e.g. 'Owner'.")
    value: str = strawberry.field(description="Its value, as text.")


@strawberry.input(
    description="A box on a view: a node of the graph, or a note or grouping box with a label."
)
class DiagramNodeInput:
    identifier: str = strawberry.field(description="The box's identifier within the view.")
    element: str | None = strawberry.field(
        description="The node drawn, as Kind:key; none for a note or a grouping box.",
        default=None,
    )
    label: str | None = strawberry.field(
        description="The text of a note or a grouping box.", default=None
    )
    x: int = strawberry.field(description="The box's left edge.")
    y: int = strawberry.field(description="The box's top edge.")
    width: int = strawberry.field(description="The box's width.")
    height: int = strawberry.field(description="The box's height.")
    parent: str | None = strawberry.field(
        description="The box this one is drawn inside.", default=None
    )


@strawberry.input(description="A line on a view between two boxes (or a box and a line).")
class DiagramConnectionInput:
    identifier: str = strawberry.field(description="The line's identifier within the view.")
    relationship: str | None = strawberry.field(
        description=(
            "The identifier of the relationship drawn (its link's "
            "identifier); none for a line that draws no relationship."
        ),
        default=None,
    )
    source: str = strawberry.field(description="The box (or line) the line starts at.")
    target: str = strawberry.field(description="The box (or line) the line ends at.")
