"""The result of ``search``: nodes whose label or description match words, ranked."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # base.py imports the results: a runtime import would be circular
    from graph_api.store.base import NodeRef


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A matching node and its relevance score (higher is better; store-specific scale).

    ``corrected``: found only with a typo corrected; such hits come after the others."""

    node: "NodeRef"
    score: float
    corrected: bool = False
