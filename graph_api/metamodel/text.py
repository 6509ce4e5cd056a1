"""The text types properties are made of: trimmed, with the lengths the stores accept."""

import re
from typing import Annotated

from pydantic import StringConstraints

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
"""A short text that must not be blank: names, statements, titles."""
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)]
"""Free text: descriptions, root causes, values."""

# Characters XML 1.0 cannot carry, nor many tools that read exports: the C0 controls but
# tab, newline and carriage return; lone surrogates; and the two non-characters U+FFFE and
# U+FFFF. Text holding one could be stored but not exported in every format.
UNREPRESENTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def without_unrepresentable(text: str) -> str:
    """``text`` with every character of :data:`UNREPRESENTABLE` removed (store upgrades
    repair text written before it was refused this way)."""
    return UNREPRESENTABLE.sub("", text)
