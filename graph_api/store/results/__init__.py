"""Plain results of the traversal queries, shared by both stores and the API.

Traversals return keys, not nodes: the API resolves the nodes through its per-request
loaders, so a traversal stays one round trip however much the client asks for. One
module per query.
"""

from graph_api.store.results.painful_steps import PainfulStepRow

__all__ = ["PainfulStepRow"]
