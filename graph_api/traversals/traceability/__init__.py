"""``traceability``: what a backlog item addresses, serves and changes.

``result.py`` the query and answer, ``cypher.py`` the Neo4j query, ``memory.py`` the
embedded store's version, ``graphql.py`` the Query field and its description.
"""
