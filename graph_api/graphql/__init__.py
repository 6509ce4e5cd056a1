"""The GraphQL vocabulary the features share: node object types, filters and inputs,
the forms of node arguments, pagination, and the request's loaders.

It sits below the features (:mod:`graph_api.traversals`) and the API that assembles
them into one schema (:mod:`graph_api.api`): it builds pieces, never the schema.
"""
