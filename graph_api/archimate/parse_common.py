"""What the readers of an exchange file share: names, texts in languages, properties."""

from dataclasses import dataclass
from xml.etree.ElementTree import Element

from graph_api.errors import FieldError

NS = "http://www.opengroup.org/xsd/archimate/3.0/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XSI_TYPE = f"{{{XSI}}}type"
PREFERRED_LANGUAGE = "en"
"""The language a name or value is taken in unless the graph's language is another."""


def q(tag: str) -> str:
    """The qualified name of an ArchiMate exchange-format tag."""
    return f"{{{NS}}}{tag}"


@dataclass(frozen=True, slots=True)
class LangString:
    """A text with its ``xml:lang`` ("" when the file gives none)."""

    text: str
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Property:
    """An ArchiMate property: a value of a property definition, named by its definition."""

    name: str
    values: tuple[LangString, ...]

    @property
    def value(self) -> str:
        found = text_in(self.values, PREFERRED_LANGUAGE, else_first=True)
        return found.text if found else ""


def text_in(texts: tuple[LangString, ...], language: str, *, else_first: bool) -> LangString | None:
    """The text in ``language``, else one without a language, else (``else_first``) the
    first text: how every name, documentation and value of the file is chosen."""
    for text in texts:
        if text.lang.lower() == language.lower():
            return text
    for text in texts:
        if not text.lang:
            return text
    return texts[0] if texts and else_first else None


def texts_of(node: Element, tag: str) -> tuple[LangString, ...]:
    return tuple(
        LangString((child.text or "").strip(), child.get(XML_LANG, ""))
        for child in node.findall(q(tag))
        if (child.text or "").strip()
    )


def children_of(node: Element, tag: str) -> list[Element]:
    """The children of ``node``'s ``tag`` child (none when it is absent)."""
    holder = node.find(q(tag))
    return [] if holder is None else list(holder)


def local_type(node: Element) -> str:
    value = node.get(XSI_TYPE, "")
    return value.rsplit(":", 1)[-1]


def properties_of(
    node: Element, where: str, definitions: dict[str, str], errors: list[FieldError]
) -> tuple[Property, ...]:
    properties: list[Property] = []
    for index, prop in enumerate(children_of(node, "properties")):
        ref = prop.get("propertyDefinitionRef", "")
        if ref not in definitions:
            errors.append(
                FieldError(
                    f"{where}.properties[{index}]",
                    f"propertyDefinitionRef {ref!r} names no property definition",
                )
            )
            continue
        properties.append(Property(definitions[ref], texts_of(prop, "value")))
    return tuple(properties)
