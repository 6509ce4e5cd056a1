"""What one measurement of a finding saw."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """A finding's number, what it is about, and what was seen (one line, figures first)."""

    number: int
    title: str
    seen: str
