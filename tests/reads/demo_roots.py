"""Which demo node each generated lookup starts from: of each kind, the most linked one.

Read from the demo model file itself (the one the ``demo_store`` fixture loads), so the
lookups find their node and the nested fields under it have links to follow.
"""

from collections import Counter
from functools import cache

from graph_api.model_io.loader import parse_model_file_text
from graph_api.model_io.reader import read_model
from graph_api.store.base import NodeRef
from tests.conftest import DEMO_MODEL


@cache
def most_linked_keys() -> dict[str, str]:
    """For each kind of the demo model, the key of its node with the most links (either
    direction; ties to the smallest key)."""
    draft = read_model(parse_model_file_text(DEMO_MODEL.read_text(encoding="utf-8"), DEMO_MODEL))
    degree: Counter[NodeRef] = Counter({ref: 0 for ref in draft.nodes})
    for link in draft.links:
        degree[link.source] += 1
        degree[link.target] += 1
    best: dict[str, NodeRef] = {}
    for ref, links in sorted(degree.items()):
        if ref.kind not in best or links > degree[best[ref.kind]]:
            best[ref.kind] = ref
    return {kind: ref.key for kind, ref in best.items()}
