"""An element's names, documentation and properties as a node's properties, and back.

Import: the name in the graph's language (``model_language``, ``en`` unless configured;
else one without ``xml:lang``, else the first) is the node's label, and the documentation
in that same language its description (:func:`graph_api.archimate.parse.text_in`).
Names and documentation in other languages become ``translations``, one per language. A
property named like one of the kind's properties sets it; any other becomes an
``attribute``. What still has no place is reported (:class:`NotStored`): a text without
a language that is not the main one, a second text in one language, a tag that is not a
language tag, property values in other languages, and entries beyond the metamodel's
limits.

Export writes the label and description in the graph's language, then each translation,
and the attributes as properties after the kind's own, so the import reads back the
same node.
"""

from collections.abc import Callable
from typing import Any

from graph_api.archimate.parse import ArchiElement
from graph_api.archimate.parse_common import PREFERRED_LANGUAGE, Property, text_in
from graph_api.metamodel.carried import MAX_ATTRIBUTES, MAX_TRANSLATIONS, is_language_tag

Keep = Callable[[str, str], None]
"""Reports a value that is not stored: (where in the element, the value)."""

DEFAULT_LANGUAGE = PREFERRED_LANGUAGE
"""The language of the nodes' own labels and descriptions unless configured otherwise."""


def label_and_translations(
    element: ArchiElement, props: dict[str, Any], label_field: str, keep: Keep, language: str
) -> None:
    """Sets the label, the description and the translations of the element's node."""
    name = text_in(element.names, language, else_first=True)
    # The description is in the label's language: the file's first, if not ``language``.
    documentation = text_in(
        element.documentation, (name.lang or language) if name else language, else_first=False
    )
    if name is not None:
        props[label_field] = name.text
    if documentation is not None:
        props["description"] = documentation.text
    by_language: dict[str, dict[str, Any]] = {}
    for part, texts, chosen in (
        ("label", element.names, name),
        ("description", element.documentation, documentation),
    ):
        where = "name" if part == "label" else "documentation"
        for text in texts:
            if text is chosen:
                continue
            tag = text.lang.lower()
            entry = by_language.get(tag)
            if not is_language_tag(text.lang) or (entry is not None and part in entry):
                keep(f"{where}@{text.lang or '?'}", text.text)
                continue
            if entry is None and len(by_language) == MAX_TRANSLATIONS:
                keep(f"{where}@{text.lang}", text.text)
                continue
            by_language.setdefault(tag, {"language": text.lang})[part] = text.text
    if by_language:
        props["translations"] = list(by_language.values())


def properties_and_attributes(
    properties: tuple[Property, ...],
    props: dict[str, Any],
    own: set[str],
    keep: Keep,
    language: str,
) -> None:
    """Sets the kind's properties the element names, and the others as attributes."""
    attributes: list[dict[str, str]] = []
    seen: set[str] = set()
    for prop in properties:
        main = text_in(prop.values, language, else_first=True)
        value = main.text if main is not None else ""
        for other in prop.values:
            if other is not main:
                keep(f"property:{prop.name}@{other.lang or '?'}", other.text)
        if prop.name in seen or (prop.name not in own and len(attributes) == MAX_ATTRIBUTES):
            keep(f"property:{prop.name}", value)
            continue
        seen.add(prop.name)
        if prop.name in own:
            props[prop.name] = value
        else:
            attributes.append({"name": prop.name, "value": value})
    if attributes:
        props["attributes"] = attributes


def exported_texts(
    props: dict[str, Any], label_field: str, language: str
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(names, documentation) of a node as (language, text) pairs, ``language`` first."""
    names = [(language, str(props[label_field]))]
    documentation = [(language, str(props["description"]))] if "description" in props else []
    for translation in props.get("translations") or ():
        if translation.get("label") is not None:
            names.append((translation["language"], translation["label"]))
        if translation.get("description") is not None:
            documentation.append((translation["language"], translation["description"]))
    return names, documentation
