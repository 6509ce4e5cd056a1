"""Node keys: stable, human-readable slugs unique within a kind."""

import re
import unicodedata
from typing import Annotated

from pydantic import StringConstraints

KEY_PATTERN = r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$"
KEY_MAX_LENGTH = 120

Key = Annotated[
    str,
    StringConstraints(pattern=KEY_PATTERN, min_length=1, max_length=KEY_MAX_LENGTH),
]
"""A slug such as ``checkout-pay``: lower-case letters, digits and single separators."""

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Derive a key from a name: ``"Pay & confirm (web)"`` -> ``"pay-confirm-web"``.

    Accents are folded to ASCII so that keys stay typeable; the result is cut to the
    maximum key length on a separator boundary where possible.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_ALNUM.sub("-", folded.lower()).strip("-")
    if len(slug) > KEY_MAX_LENGTH:
        slug = slug[:KEY_MAX_LENGTH].rsplit("-", 1)[0] or slug[:KEY_MAX_LENGTH]
    return slug


def is_key(text: str) -> bool:
    """Whether ``text`` is a well-formed key."""
    return len(text) <= KEY_MAX_LENGTH and re.fullmatch(KEY_PATTERN, text) is not None
