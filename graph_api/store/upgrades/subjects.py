"""Step 2, shared by both stores: which recorded subject was which kind of caller.

Before subjects were namespaced the stores recorded ``key:<id>`` for an API key, a JWT's
``sub`` as it came, and ``system`` for the API's own writes; callers without a token
could not write, so ``anonymous`` was never recorded for one. A recorded subject is read
as follows (docs/upgrades.md says the same to users):

- empty (nodes written before the audit trail): unknown, kept empty;
- ``system``: the API's own writes, kept;
- ``key:`` and twelve lower-case hex digits, the only shape an API key's id ever had:
  that API key, kept. A JWT whose ``sub`` had exactly that shape cannot be told apart
  from the key and is read as the key;
- anything else, ``anonymous`` and ``key:5`` included: a JWT's ``sub``, prefixed ``jwt:``.
"""

import re

from graph_api.security.roles import jwt_subject
from graph_api.store.base import SYSTEM

API_KEY_SUBJECT = re.compile(r"key:[0-9a-f]{12}")
"""The subject an API key was recorded as: ``secrets.token_hex(6)`` makes every key id."""


def namespaced_subject(recorded: str) -> str:
    """The subject ``recorded`` stands for, as this release records it."""
    if recorded in ("", SYSTEM) or API_KEY_SUBJECT.fullmatch(recorded):
        return recorded
    return jwt_subject(recorded)


def renames(recorded: list[str | None]) -> dict[str, str]:
    """The subjects among ``recorded`` that change, each to what it becomes."""
    found = {subject for subject in recorded if subject is not None}
    return {old: new for old in sorted(found) if (new := namespaced_subject(old)) != old}


def rename_details(changed: dict[str, str]) -> list[str]:
    """One line per subject renamed, for the report."""
    return [f"{old!r} -> {new!r}" for old, new in changed.items()]
