"""Reading an ArchiMate Model Exchange File (The Open Group, ArchiMate 3.x).

The file is parsed with defusedxml and any DTD is refused, so entity expansion
("billion laughs") and external entities never reach the parser. Everything wrong with
the file's structure is collected and raised as one VALIDATION error: a malformed file,
a root other than ``model`` in the ArchiMate namespace, or an element, relationship or
property missing a required part.

Only what the import needs is read: elements, relationships (with their names,
documentation and properties, which the import reports, and an access's
``accessType``), property definitions and views (diagrams, read by
:mod:`graph_api.archimate.view_parse`). Organizations (folders) are counted, not
read. Junctions, groupings and locations may have no name, as the exchange format
allows; every other element needs one. What every reader shares is in
:mod:`graph_api.archimate.parse_common`.
"""

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from graph_api.archimate.parse_common import (
    PREFERRED_LANGUAGE,
    LangString,
    Property,
    children_of,
    local_type,
    properties_of,
    q,
    text_in,
    texts_of,
)
from graph_api.archimate.standard import ACCESS_TYPES, NAMELESS_ALLOWED
from graph_api.archimate.view_parse import ArchiView, parse_views
from graph_api.errors import MAX_LISTED_ERRORS, FieldError, ValidationFailed
from graph_api.metamodel.text import character_name, located_unrepresentable


@dataclass(frozen=True, slots=True)
class ArchiElement:
    """One ``<element>``."""

    identifier: str
    type: str
    names: tuple[LangString, ...]
    documentation: tuple[LangString, ...] = ()
    properties: tuple[Property, ...] = ()


@dataclass(frozen=True, slots=True)
class ArchiRelationship:
    """One ``<relationship>``: in ArchiMate the source of a composition is the whole."""

    identifier: str
    type: str
    source: str
    target: str
    names: tuple[LangString, ...] = ()
    documentation: tuple[LangString, ...] = ()
    properties: tuple[Property, ...] = ()
    access: str | None = None
    """An ``Access``'s ``accessType`` (``Access``, ``Read``, ``Write``, ``ReadWrite``),
    None when the file gives none (the exchange format's default is ``Access``)."""


@dataclass(slots=True)
class ExchangeModel:
    """What an exchange file holds, as far as the import reads it."""

    identifier: str
    names: tuple[LangString, ...]
    elements: list[ArchiElement] = field(default_factory=list)
    relationships: list[ArchiRelationship] = field(default_factory=list)
    property_definitions: dict[str, str] = field(default_factory=dict)
    """Property definition identifier -> its name."""
    views: list[ArchiView] = field(default_factory=list)
    """The views (diagrams), their boxes and lines."""
    folders: int = 0
    """How many folders (labelled ``organizations`` items) the file has: not read."""


def _fail(errors: list[FieldError], source: str) -> ValidationFailed:
    return ValidationFailed(errors, f"{source} is not a valid ArchiMate exchange file")


MAX_LISTED_CHARACTERS = MAX_LISTED_ERRORS - 2
"""How many characters XML refuses one error lists, each located: with the line saying
there are more and a syntax error, the list still fits in one VALIDATION answer."""
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""What XML 1.0 cannot carry at all, raw or by reference (its ``Char`` production)."""
_CHARACTER_REFERENCE = re.compile(r"&#(?:x([0-9A-Fa-f]+)|([0-9]+));")
_LITERAL_SECTIONS = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", re.DOTALL)
"""Comments, CDATA sections and processing instructions: ``&#1;`` there is no reference."""


def _refused_references(text: str) -> Iterator[tuple[int, str]]:
    """(offset, what) of each character reference naming a character XML 1.0 has not
    (``&#1;``, ``&#xD800;``), outside comments, CDATA and processing instructions."""
    literal = [m.span() for m in _LITERAL_SECTIONS.finditer(text)] if "<!" in text else []
    starts = [start for start, _ in literal]
    for match in _CHARACTER_REFERENCE.finditer(text):
        hexadecimal, decimal = match.groups()
        digits = (hexadecimal or decimal).lstrip("0")
        # Past 8 digits no number is a character (and int() refuses very long ones).
        code = 0x110000 if len(digits) > 8 else int(digits or "0", 16 if hexadecimal else 10)
        if code <= 0x10FFFF and not NOT_XML.fullmatch(chr(code)):
            continue
        inside = bisect_right(starts, match.start()) - 1
        if inside >= 0 and match.start() < literal[inside][1]:
            continue
        what = character_name(chr(code)) if code <= 0x10FFFF else "no Unicode character"
        shown = match.group() if len(match.group()) <= 16 else match.group()[:12] + "...;"
        yield match.start(), f"{shown} refers to {what}, which XML 1.0 has not"


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def refused_characters(text: str) -> list[FieldError]:
    """Every character of the file that XML 1.0 refuses, raw or by reference, located:
    the parser stops at the first, this names them all (up to a limit)."""
    raw = [
        ((line, column), f"{character_name(char)}, which XML 1.0 cannot carry")
        for line, column, char in islice(
            located_unrepresentable(text, NOT_XML), MAX_LISTED_CHARACTERS + 1
        )
    ]
    references = [
        (_line_and_column(text, offset), what)
        for offset, what in islice(_refused_references(text), MAX_LISTED_CHARACTERS + 1)
    ]
    found = sorted([*raw, *references])
    errors = [
        FieldError(f"line {line}, column {column}", what)
        for (line, column), what in found[:MAX_LISTED_CHARACTERS]
    ]
    if len(found) > MAX_LISTED_CHARACTERS:
        errors.append(FieldError("", "... and more such characters"))
    return errors


def _parse_xml(text: str, source: str) -> Element:
    try:
        root: Element = safe_xml.fromstring(text, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise _fail(
            [
                FieldError(
                    "",
                    f"the file declares a DTD or entities ({type(exc).__name__}): refused, "
                    "since exchange files need neither and DTDs and entities are not allowed",
                )
            ],
            source,
        ) from exc
    except (UnicodeEncodeError, ParseError) as exc:  # UnicodeEncodeError: a lone surrogate
        if refused := refused_characters(text):
            raise ValidationFailed(refused, f"{source} is not well-formed XML") from exc
        if isinstance(exc, UnicodeEncodeError):  # cannot happen: the scan finds surrogates
            raise
        line, column = exc.position
        raise ValidationFailed(
            [FieldError(f"line {line}, column {column + 1}", str(exc).split(":")[0])],
            f"{source} is not well-formed XML",
        ) from exc
    return root


def parse_exchange(text: str, source: str = "ArchiMate file") -> ExchangeModel:
    """Parse exchange-file text; VALIDATION names every structural problem found."""
    root = _parse_xml(text, source)
    if root.tag != q("model"):
        raise _fail(
            [FieldError("", f"the root element is {root.tag!r}, expected {q('model')!r}")],
            source,
        )
    errors: list[FieldError] = []
    model = ExchangeModel(root.get("identifier", ""), texts_of(root, "name"))
    if not model.identifier:
        errors.append(FieldError("model", "missing the identifier attribute"))
    for index, node in enumerate(children_of(root, "propertyDefinitions")):
        ident, names = node.get("identifier", ""), texts_of(node, "name")
        if not ident or not names:
            errors.append(
                FieldError(f"propertyDefinitions[{index}]", "needs an identifier and a name")
            )
            continue
        chosen = text_in(names, PREFERRED_LANGUAGE, else_first=True)
        model.property_definitions[ident] = chosen.text if chosen else ""
    seen: set[str] = set()
    for index, node in enumerate(children_of(root, "elements")):
        element = _element(node, f"elements[{index}]", model.property_definitions, errors)
        if element is not None:
            if element.identifier in seen:
                errors.append(FieldError(element.identifier, "identifier used twice"))
            seen.add(element.identifier)
            model.elements.append(element)
    relationships = children_of(root, "relationships")
    # A relationship may connect to a relationship (ArchiMate allows it): such an end
    # is known, though the import maps relationships between elements only.
    known = seen | {node.get("identifier", "") for node in relationships} - {""}
    for index, node in enumerate(relationships):
        rel = _relationship(
            node, f"relationships[{index}]", known, model.property_definitions, errors
        )
        if rel is not None:
            model.relationships.append(rel)
    declared = {r.identifier for r in model.relationships}
    model.views = parse_views(root, seen, declared, model.property_definitions, errors)
    model.folders = sum(
        1
        for item in root.iterfind(f"{q('organizations')}//{q('item')}")
        if item.find(q("label")) is not None
    )
    if errors:
        raise _fail(errors, source)
    return model


def _element(
    node: Element, path: str, definitions: dict[str, str], errors: list[FieldError]
) -> ArchiElement | None:
    ident, type_, names = node.get("identifier", ""), local_type(node), texts_of(node, "name")
    where = f"{path} ({ident})" if ident else path
    named = bool(names) or type_ in NAMELESS_ALLOWED
    missing = [
        part
        for part, present in (("identifier", ident), ("xsi:type", type_), ("name", named))
        if not present
    ]
    if missing:
        errors.append(FieldError(where, f"element without {', '.join(missing)}"))
        return None
    properties = properties_of(node, where, definitions, errors)
    return ArchiElement(ident, type_, names, texts_of(node, "documentation"), properties)


def _relationship(
    node: Element,
    path: str,
    known: set[str],
    definitions: dict[str, str],
    errors: list[FieldError],
) -> ArchiRelationship | None:
    ident, type_ = node.get("identifier", ""), local_type(node)
    source, target = node.get("source", ""), node.get("target", "")
    where = f"{path} ({ident})" if ident else path
    missing = [
        part
        for part, present in (
            ("identifier", ident),
            ("xsi:type", type_),
            ("source", source),
            ("target", target),
        )
        if not present
    ]
    if missing:
        errors.append(FieldError(where, f"relationship without {', '.join(missing)}"))
        return None
    for end, ref in (("source", source), ("target", target)):
        if ref not in known:
            errors.append(FieldError(f"{where}.{end}", f"{ref!r} names nothing in the file"))
            return None
    access = node.get("accessType")
    if access is not None and access not in ACCESS_TYPES:
        errors.append(
            FieldError(
                f"{where}.accessType",
                f"{access!r} is no access type; the exchange format knows "
                + ", ".join(ACCESS_TYPES),
            )
        )
        return None
    return ArchiRelationship(
        ident,
        type_,
        source,
        target,
        texts_of(node, "name"),
        texts_of(node, "documentation"),
        properties_of(node, where, definitions, errors),
        access,
    )
