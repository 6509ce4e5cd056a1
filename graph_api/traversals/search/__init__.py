"""``search``: nodes whose label or description hold the words typed, best first.

``result.py`` the query and answer, ``cypher.py`` the Neo4j query, ``memory.py`` the
embedded store's version, ``graphql.py`` the Query field and its description.

``query.py`` parses the text as typed and ``memory_index.py`` keeps the embedded
store's word index.
"""
