"""GraphQL types of what every node carries: translations and attributes.

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
