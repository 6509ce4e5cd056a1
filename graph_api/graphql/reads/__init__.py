"""Reads in one round trip: a root field's selection as one read plan.

:mod:`~graph_api.graphql.reads.selection` makes the plan and the answer's shape from the
selection, the store executes the plan (``GraphStore.read``),
:mod:`~graph_api.graphql.reads.answer` projects the answer, and
:mod:`~graph_api.graphql.reads.execution` hands it to the response whole.
:mod:`~graph_api.graphql.reads.roots` is what the root resolvers call.
"""
