"""The list of journeys: name, persona and number of steps of each.

Three store calls whatever the number of journeys (up to :data:`MAX_JOURNEYS`): the
journeys, their personas and stages (one ``neighbours`` call each), the stages' steps.
"""

from dataclasses import dataclass

from graph_api.diagrams import label_of
from graph_api.metamodel import relationship_fields
from graph_api.store.base import GraphStore
from graph_api.store.listing import ListQuery

MAX_JOURNEYS = 500
"""The most journeys the list shows (it says so when there are more)."""


@dataclass(frozen=True, slots=True)
class JourneyRow:
    key: str
    name: str
    state: str
    persona: str | None
    steps: int


@dataclass(frozen=True, slots=True)
class JourneyList:
    rows: list[JourneyRow]
    total: int


async def journey_list(store: GraphStore) -> JourneyList:
    """The journeys by key, each with its persona's name and its number of steps."""
    page = await store.list_nodes("Journey", ListQuery.by_key(MAX_JOURNEYS))
    keys = [r.key for r in page.records]
    fields = relationship_fields("Journey")
    personas = await store.neighbours(fields["persona"], keys)
    stages = await store.neighbours(fields["stages"], keys)
    stage_keys = [s.key for found in stages.values() for s in found]
    steps = await store.neighbours(relationship_fields("Stage")["steps"], stage_keys)
    rows = [
        JourneyRow(
            key=record.key,
            name=label_of(record) or record.key,
            state=str(record.props.get("state") or ""),
            persona=", ".join(label_of(p) for p in personas.get(record.key, [])) or None,
            steps=sum(len(steps.get(s.key, [])) for s in stages.get(record.key, [])),
        )
        for record in page.records
    ]
    return JourneyList(rows, page.total_count)
