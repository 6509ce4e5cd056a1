"""``storyMap`` in Cypher: one query.

Its in-memory twin is :mod:`graph_api.traversals.story_map.memory`; the
contract tests check that both give the same answers.
"""

from graph_api.store.traversal import RunQuery
from graph_api.traversals.story_map.result import (
    StoryMap,
    StoryMapStage,
    StoryMapStep,
    unaddressed_painful_steps,
)

# Nested COLLECT subqueries keep each level in its ORDER BY: stages, then their steps,
# then each step's backlog items. A step's pain points are on the step (0 hops) or on
# one of its touchpoints (1 hop). No row at all means there is no such journey.
STORY_MAP = """
MATCH (j:Journey {key: $journey})
RETURN j.key AS journey,
  COLLECT {
    MATCH (j)-[:HAS_STAGE]->(g:Stage)
    WITH DISTINCT g
    ORDER BY g.order, g.key
    RETURN {
      key: g.key,
      steps: COLLECT {
        MATCH (g)-[:HAS_STEP]->(s:Step)
        WITH DISTINCT s
        ORDER BY s.order, s.key
        WITH s, COLLECT {
          MATCH (s)-[:HAS_TOUCHPOINT*0..1]->()<-[:AFFECTS]-(p:PainPoint)
          RETURN DISTINCT p
        } AS pains
        RETURN {
          key: s.key,
          pain: reduce(top = 0, p IN pains | CASE WHEN p.severity > top
                                                  THEN p.severity ELSE top END),
          items: COLLECT {
            UNWIND [s] + pains AS target
            MATCH (b:BacklogItem)-[:ADDRESSES]->(target)
            WITH DISTINCT b
            ORDER BY b.priority IS NULL, b.priority, b.key
            RETURN b.key
          }
        }
      }
    }
  } AS stages
"""


async def story_map(run: RunQuery, journey_key: str) -> StoryMap | None:
    rows = await run(STORY_MAP, journey=journey_key)
    if not rows:
        return None
    (row,) = rows
    stages = [
        StoryMapStage(
            stage_key=stage["key"],
            steps=[
                StoryMapStep(s["key"], int(s["pain"]), list(s["items"])) for s in stage["steps"]
            ],
        )
        for stage in row["stages"]
    ]
    return StoryMap(row["journey"], stages, unaddressed_painful_steps(stages))
