"""Dates as trackers write them, read as the calendar day the tracker shows.

ISO 8601 (``2026-12-06``, ``2026-12-06T15:04:05.000+0100``) is always understood; other
shapes are tried with the mapping's ``date_formats`` (``strptime`` patterns, English month
names: ``06/Dec/26 3:04 PM`` is ``%d/%b/%y %I:%M %p``). The day is the one written, in
the tracker's time zone: a day is what the graph keeps, and converting it to UTC would
move late-evening items to the next day.
"""

import re
from collections.abc import Sequence
from datetime import date, datetime

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


def parse_day(text: str, formats: Sequence[str]) -> date:
    """The day ``text`` names; ValueError saying which shapes were tried."""
    value = text.strip()
    iso = _ISO_DAY.match(value)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            raise ValueError(f"{text!r} is not a date: {value[:10]} does not exist") from None
    for pattern in formats:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    shapes = ", ".join(["ISO 8601", *formats])
    raise ValueError(f"{text[:40]!r} is not a date in any known shape ({shapes})")


__all__ = ["parse_day"]
