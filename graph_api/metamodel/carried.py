"""What every node can carry besides its kind's properties: translations and attributes.

Models kept in other tools hold more than the metamodel names. An ArchiMate element has
its name and documentation in several languages and free properties ("Owner",
"Cost centre"); keeping them lets those tools get their model back whole.

- ``translations``: the node's label and description in other languages, one entry per
  language tag (BCP 47, e.g. ``de``, ``pt-BR``). The node's own label and description
  stay what GraphQL, search and the diagrams show.
- ``attributes``: name/value pairs that are not properties of the node's kind. A name
  that is one of the kind's properties is refused: set the property itself.

Both are lists of objects, which Neo4j cannot hold as a property: the Neo4j store keeps
them as JSON text (:func:`graph_api.store.neo4j.records.to_properties`). They are not
filtered or sorted on; ``search`` finds nodes by their translations
(:mod:`graph_api.store.search_terms`), not by their attributes.
"""

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.alias_generators import to_camel

from graph_api.metamodel.text import LongText, Text

LANGUAGE_TAG_PATTERN = r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"
LANGUAGE_TAG_MAX_LENGTH = 35
LanguageTag = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, max_length=LANGUAGE_TAG_MAX_LENGTH, pattern=LANGUAGE_TAG_PATTERN
    ),
]
"""A BCP 47 language tag, as ``xml:lang`` holds it: ``en``, ``de-CH``, ``zh-Hant``."""

MAX_TRANSLATIONS = 50
MAX_ATTRIBUTES = 100

CARRIED_FIELDS = ("translations", "attributes")
"""The camelCase names of the properties every kind carries as lists of objects."""


class ListedObject(BaseModel):
    """An object in a list property (what every node carries, a view's boxes and lines):
    camelCase on the wire, nothing beyond its fields, immutable."""

    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True
    )


class Translation(ListedObject):
    """The node's label and description in one other language."""

    language: LanguageTag = Field(description="The language tag (BCP 47), e.g. 'de'.")
    label: Text | None = Field(
        None, description="The label (name, statement, title) in that language."
    )
    description: LongText | None = Field(None, description="The description in that language.")


class Attribute(ListedObject):
    """A name/value pair brought from another tool (an ArchiMate property, say)."""

    name: Text = Field(description="The attribute's name, e.g. 'Owner'.")
    value: LongText = Field(description="Its value, as text.")


def is_language_tag(text: str) -> bool:
    """Whether ``text`` has the shape of a language tag (what :data:`LanguageTag` takes)."""
    fits = len(text) <= LANGUAGE_TAG_MAX_LENGTH
    return fits and re.fullmatch(LANGUAGE_TAG_PATTERN, text) is not None


def translation_problems(translations: tuple[Translation, ...]) -> list[str]:
    """Why a node's translations cannot be kept together (empty when they can)."""
    problems: list[str] = []
    seen: set[str] = set()
    for t in translations:
        tag = t.language.lower()
        if tag in seen:
            problems.append(f"language {t.language!r} is given twice")
        seen.add(tag)
        if t.label is None and t.description is None:
            problems.append(f"the {t.language!r} translation has neither label nor description")
    return problems


def attribute_problems(attributes: tuple[Attribute, ...], own: set[str]) -> list[str]:
    """Why a node's attributes cannot be kept, given its kind's own property names."""
    problems: list[str] = []
    seen: set[str] = set()
    for a in attributes:
        if a.name in own:
            problems.append(f"{a.name!r} is a property of this kind: set the property itself")
        elif a.name in seen:
            problems.append(f"attribute {a.name!r} is given twice")
        seen.add(a.name)
    return problems
