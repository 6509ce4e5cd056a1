"""Before timing: every implementation must give the floor's answer (check_equivalence).

Each operation is run once on the floor (Cypher through the driver) and on each GraphQL
server; the normalised answers are compared as ``bench/check_equivalence.py`` does.
An implementation whose answer differs, or fails, is not timed on that operation. The
embedded store holds its own load of the model file, so its ``createdAt`` and
``updatedAt`` may differ from Neo4j's, and it scores full-text hits itself, so its
scores may differ from Lucene's in the fourth digit (and only those).
"""

import math
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from neo4j import Driver

from bench.check_equivalence import CheckError, difference, floor, graphql, leaf_count, size
from bench.operations import JSON, Operation, Value
from bench.targets import OURS_EMBEDDED, OURS_NEO4J, REFERENCES


@dataclass(frozen=True)
class Verdict:
    """How one implementation's answer to one operation compares with the floor's."""

    status: str
    """"equal", "differs", "failed" (an error) or "n/a" (no document)."""
    detail: str = ""

    @property
    def timed(self) -> bool:
        return self.status == "equal"


@dataclass(frozen=True)
class Check:
    """One operation's answers compared: its size, and a verdict per implementation."""

    operation: str
    answer: str
    values: int
    verdicts: dict[str, Verdict]


LOAD_STAMPS = frozenset({"createdAt", "updatedAt"})
"""Audit times each bulk load stamps itself: the embedded store's copy of the model was
loaded seconds after Neo4j's, so these differ however right both stores are."""


SCORE_TOLERANCE = 1e-3
"""Relative difference allowed between the embedded store's search scores and Lucene's:
it computes BM25 itself, and its scores drift from Lucene's in the fourth digit on
larger models (same hits, same order)."""


def _unstamped(value: Value) -> Value:
    if isinstance(value, dict):
        return {k: _unstamped(v) for k, v in value.items() if k not in LOAD_STAMPS}
    if isinstance(value, list):
        return [_unstamped(v) for v in value]
    return value


def _close(a: Value, b: Value) -> bool:
    """Equal, but floats only to within :data:`SCORE_TOLERANCE`."""
    if isinstance(a, float) or isinstance(b, float):
        both = isinstance(a, int | float) and isinstance(b, int | float)
        return both and math.isclose(a, b, rel_tol=SCORE_TOLERANCE)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def compare(expected: Value, found: Value, own_load: bool) -> Verdict:
    """How ``found`` compares with the floor's ``expected``; ``own_load``: the answer comes
    from a store that loaded the model itself (audit times and search scores may differ)."""
    if found == expected:
        return Verdict("equal")
    if own_load and _unstamped(found) == _unstamped(expected):
        return Verdict("equal", "equal but for createdAt/updatedAt (stamped by its own load)")
    if own_load and _close(found, expected):
        return Verdict("equal", f"equal, scores to within {SCORE_TOLERANCE:.1%}")
    return Verdict("differs", difference(expected, found))


def _ask(
    client: httpx.Client,
    url: str,
    document: str,
    variables: JSON,
    headers: dict[str, str],
    normalise: Callable[[JSON], Value],
    expected: Value,
    own_load: bool = False,
) -> Verdict:
    try:
        data = graphql(client, url, document, variables, headers)
        return compare(expected, normalise(data), own_load)
    except (CheckError, httpx.HTTPError, KeyError, TypeError, ValueError) as exc:
        return Verdict("failed", f"{type(exc).__name__}: {exc}"[:2000])


def verify(
    operation: Operation,
    driver: Driver,
    database: str,
    client: httpx.Client,
    urls: dict[str, str],
    headers: dict[str, str],
) -> Check:
    """Compare every implementation's answer to ``operation`` with the floor's.

    ``urls``: the GraphQL endpoint of each implementation (by the names of
    :mod:`bench.targets`); ``headers`` go to graph-api (the reference needs none).
    """
    expected = operation.from_floor(floor(driver, database, operation))
    verdicts: dict[str, Verdict] = {}
    for name in (OURS_NEO4J, OURS_EMBEDDED):
        verdicts[name] = _ask(
            client,
            urls[name],
            operation.ours,
            operation.ours_variables,
            headers,
            operation.from_ours,
            expected,
            own_load=name == OURS_EMBEDDED,
        )
    for name, major in REFERENCES.items():
        form = operation.reference_for(major)
        if form is None:
            verdicts[name] = Verdict("n/a", "no @neo4j/graphql document")
            continue
        verdicts[name] = _ask(
            client, urls[name], form.document, form.variables, {}, form.normalise, expected
        )
    return Check(operation.name, size(expected), leaf_count(expected), verdicts)
