"""``evidenceTimeline``: how the evidence behind a journey's steps accumulated over time.

``result.py`` the query and answer, ``cypher.py`` the Neo4j query, ``memory.py`` the
embedded store's version, ``graphql.py`` the Query field and its description.
"""
