"""The text types properties are made of: trimmed, with the lengths the stores accept."""

from typing import Annotated

from pydantic import StringConstraints

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
"""A short text that must not be blank: names, statements, titles."""
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)]
"""Free text: descriptions, root causes, values."""
