"""The text types properties are made of: trimmed, with the lengths the stores accept, and
only characters every format the graph is written in can carry."""

import re
from collections.abc import Iterator
from typing import Annotated

from pydantic import BeforeValidator, StringConstraints
from pydantic_core import PydanticCustomError

# Characters XML 1.0 cannot carry, nor many tools that read exports: the C0 controls but
# tab, newline and carriage return; lone surrogates; and the two non-characters U+FFFE and
# U+FFFF. DEL and the C1 controls (U+007F-U+009F) too: XML 1.0 only discourages them, but
# YAML refuses them unescaped (so the JSON export, which `graph-api seed` reads as YAML,
# could not be read back) and reads U+0085 as a line break. Text holding one could be
# stored but not exported in every format.
UNREPRESENTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

REFUSED_CHARACTERS = (
    "control characters (but tab, line feed and carriage return), lone surrogates, U+FFFE or U+FFFF"
)
"""The characters of :data:`UNREPRESENTABLE`, in words (error messages and docs say it)."""

MAX_LISTED = 5
"""How many of the characters found one error message names."""


def without_unrepresentable(text: str) -> str:
    """``text`` with every character of :data:`UNREPRESENTABLE` removed (store upgrades
    repair text written before it was refused this way)."""
    return UNREPRESENTABLE.sub("", text)


def character_name(char: str) -> str:
    """``U+0000 (a control character)``: a character of :data:`UNREPRESENTABLE` as an error
    message names it (the character itself could not be shown)."""
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        what = "a lone surrogate"
    elif code in (0xFFFE, 0xFFFF):
        what = "a non-character"
    else:
        what = "a control character"
    return f"U+{code:04X} ({what})"


def unrepresentable_problem(text: str) -> str | None:
    """Why ``text`` cannot be stored (which characters, at which position counted from 1),
    or None when every character can be exported."""
    found = list(UNREPRESENTABLE.finditer(text))
    if not found:
        return None
    listed = ", ".join(
        f"{character_name(m.group())} at character {m.start() + 1}" for m in found[:MAX_LISTED]
    )
    if len(found) > MAX_LISTED:
        listed += f" and {len(found) - MAX_LISTED} more"
    return f"holds {listed}: XML and YAML cannot carry {REFUSED_CHARACTERS}"


def _representable(value: object) -> object:
    """Refuses text holding a character of :data:`UNREPRESENTABLE`, before trimming (so a
    control character at either end is refused, not silently cut off)."""
    if isinstance(value, str) and (problem := unrepresentable_problem(value)) is not None:
        raise PydanticCustomError("unrepresentable_text", "{problem}", {"problem": problem})
    return value


Representable = BeforeValidator(_representable)
"""Refuses the characters of :data:`UNREPRESENTABLE`: part of every text type."""

Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500), Representable
]
"""A short text that must not be blank: names, statements, titles."""
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000), Representable]
"""Free text: descriptions, root causes, values."""


def located_unrepresentable(
    text: str, refused: re.Pattern[str] = UNREPRESENTABLE
) -> Iterator[tuple[int, int, str]]:
    """Each character ``refused`` matches in a document's ``text`` as (line, column,
    character), both counted from 1: where a file holds what no text may."""
    line, line_start, counted = 1, 0, 0
    for match in refused.finditer(text):
        at = match.start()
        newlines = text.count("\n", counted, at)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", counted, at) + 1
        counted = at
        yield line, at - line_start + 1, match.group()
