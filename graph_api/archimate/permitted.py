"""ArchiMate 3.2's table of permitted relationships: which relationship types the
standard allows from each element type to each other.

Read from ``archi/relationships.xml``, Archi's encoding of the specification's table
(see ``archi/README.md`` for its source and licence): for each source and target
concept, one letter per permitted relationship type (``archi/relationships-keys.xml``).
Archi's single ``Junction`` stands for both ``AndJunction`` and ``OrJunction``.
"""

from functools import cache
from pathlib import Path

import defusedxml.ElementTree as safe_xml

TABLE = Path(__file__).parent / "archi" / "relationships.xml"
KEYS = Path(__file__).parent / "archi" / "relationships-keys.xml"

Triple = tuple[str, str, str]
"""(source element type, relationship type, target element type) as the exchange
format names them; ``Relationship`` as a target is a relationship."""


def _exchange_names(concept: str) -> tuple[str, ...]:
    return ("AndJunction", "OrJunction") if concept == "Junction" else (concept,)


@cache
def permitted_triples() -> frozenset[Triple]:
    """Every relationship the standard permits, as (source type, type, target type)."""
    letters = {
        key.get("char", ""): key.get("relationship", "").removesuffix("Relationship")
        for key in safe_xml.fromstring(KEYS.read_text(encoding="utf-8"), forbid_dtd=True)
    }
    triples: set[Triple] = set()
    for source in safe_xml.fromstring(TABLE.read_text(encoding="utf-8"), forbid_dtd=True):
        for target in source:
            for letter in target.get("relations", ""):
                for s in _exchange_names(source.get("concept", "")):
                    for t in _exchange_names(target.get("concept", "")):
                        triples.add((s, letters[letter], t))
    return frozenset(triples)


def is_permitted(source: str, relationship: str, target: str) -> bool:
    """Whether ArchiMate 3.2 permits ``relationship`` from a ``source`` to a ``target``."""
    return (source, relationship, target) in permitted_triples()
