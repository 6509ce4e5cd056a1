"""``journeyHealth``: a journey's stages and steps with the KPIs measuring them, rolled up.

``result.py`` the answer and its rollup rules, ``cypher.py`` the Neo4j query,
``memory.py`` the embedded store's version, ``graphql.py`` the Query field and its
description. KPIs are rated as ``valueStreamHealth`` rates them
(:mod:`graph_api.traversals.value_stream_health.scoring`).
"""
