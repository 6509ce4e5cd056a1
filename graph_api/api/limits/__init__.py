"""Limits against abusive queries, every one configurable (see ``graph_api.config``).

Each is checked before the operation reaches the store and refused with a stable code in
``extensions.code``, naming the setting, its value and the value measured:

=========================== ============================================ ==============
setting                     what it bounds                               refused with
=========================== ============================================ ==============
``max_tokens``              lexical tokens (and comments) of a document  LIMIT_EXCEEDED
``max_selections``          selections, fragments expanded (``shape``)   LIMIT_EXCEEDED
``max_repeated_fields``     fields merged at one response path           LIMIT_EXCEEDED
``max_selection_nesting``   nesting through fragments                    LIMIT_EXCEEDED
``max_query_depth``         nesting of selections                        LIMIT_EXCEEDED
``max_aliases``             aliased fields in a document                 LIMIT_EXCEEDED
``max_query_cost``          estimated objects touched (``cost``), with   LIMIT_EXCEEDED
                            filters and orders (``filters``)
``max_filter_depth``        nesting of a ``where``/``orderBy`` value     LIMIT_EXCEEDED
``max_filter_terms``        terms of a ``where``/``orderBy`` value       LIMIT_EXCEEDED
``request_timeout_seconds`` parse, validation and execution; each Neo4j  TIMEOUT
                            transaction
``introspection``           ``__schema``/``__type`` when off             (GraphQL error)
=========================== ============================================ ==============

The token limit is checked while parsing; the shape limits after parsing, before any
validation rule (:mod:`graph_api.api.document_cache` runs both in a worker thread); the
others during validation.

Batched requests (a JSON array of operations) are refused by Strawberry itself, 400,
because the schema's config leaves batching off.
"""

from collections.abc import Callable
from functools import partial

from strawberry.extensions import DisableIntrospection, SchemaExtension

from graph_api.api.limits.coded import AliasLimit, DepthLimit, TokenLimit
from graph_api.api.limits.cost import CostModel
from graph_api.api.limits.cost_limit import QueryCostLimiter
from graph_api.api.limits.timeout import RequestTimeout
from graph_api.config import Settings


def limit_extensions(settings: Settings) -> list[Callable[[], SchemaExtension]]:
    """The schema extensions enforcing the settings' limits.

    Factories, not instances: Strawberry makes new extensions for every operation, so the
    per-operation state (the cost rule's variables, the timeout) is never shared.
    """
    extensions: list[Callable[[], SchemaExtension]] = [
        partial(
            TokenLimit,
            max_token_count=settings.max_tokens,
            max_depth=settings.max_query_depth,
        ),
        partial(DepthLimit, max_depth=settings.max_query_depth),
        partial(AliasLimit, max_alias_count=settings.max_aliases),
        partial(
            QueryCostLimiter,
            max_cost=settings.max_query_cost,
            model=CostModel.from_settings(settings),
        ),
        partial(
            RequestTimeout,
            seconds=settings.request_timeout_seconds,
            import_seconds=settings.import_timeout_seconds,
        ),
    ]
    if not settings.introspection:
        extensions.append(DisableIntrospection)
    return extensions


__all__ = ["limit_extensions"]
