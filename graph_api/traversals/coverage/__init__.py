"""``coverage``: what a journey (or the whole model) lacks: evidence, channels, owners.

``result.py`` the query and answer, ``cypher.py`` the Neo4j query, ``memory.py`` the
embedded store's version, ``graphql.py`` the Query field and its description.
"""
