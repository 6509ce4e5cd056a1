"""The result of ``search``: nodes whose label or description match words, ranked."""

from collections.abc import Sequence
from dataclasses import dataclass

from graph_api.store.base import NodeRef


@dataclass(frozen=True, slots=True)
class SearchRequest:
    """What ``search`` is asked: the text as typed, the kinds to search (all for None)
    and how many hits."""

    text: str
    kinds: Sequence[str] | None
    first: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A matching node and its relevance score (higher is better; store-specific scale).

    ``corrected``: found only with a typo corrected; such hits come after the others."""

    node: NodeRef
    score: float
    corrected: bool = False
