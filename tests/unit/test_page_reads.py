"""How much a planned page reads on Neo4j: one node past a page only where ``pageInfo``
needs it, and a filter evaluated once when no cursor splits the listing."""

import re

from graph_api.metamodel import relationship_fields
from graph_api.store.listing import AllOf, ListQuery, SortKey, Window
from graph_api.store.neo4j.listing import cut_page, list_query
from graph_api.store.neo4j.read_plan import plan_query
from graph_api.store.read_plan import FieldRead, Properties, ReadPlan

KEY = Properties(frozenset({"key"}))
STEPS = relationship_fields("Stage")["steps"]


def _steps_read(first: int, page_info: bool) -> FieldRead:
    order = (SortKey("order"), SortKey("key"))
    window = Window(first=first)
    key = (STEPS.name, None, order, window)
    return FieldRead(key, STEPS, None, order, window, False, KEY, (), page_info)


def _limits(first_stages: int, first_steps: int, page_info: bool) -> list[int]:
    listing = ListQuery(window=Window(first=first_stages))
    plan = ReadPlan("Stage", None, listing, KEY, (_steps_read(first_steps, page_info),))
    text, params = plan_query(plan)
    return [params[name] for name in re.findall(r"LIMIT \$(\w+)", text)]


def test_a_nested_page_reads_one_node_more_only_for_page_info() -> None:
    assert _limits(5, 3, page_info=True) == [5, 4]
    assert _limits(5, 3, page_info=False) == [5, 3]


def test_a_root_page_knows_whether_nodes_follow_from_its_counts() -> None:
    row = {"total": 10, "afterCount": 10, "beforeCount": 10}
    assert cut_page(list(range(5)), row, Window(first=5)) == (list(range(5)), True, False)
    row = {"total": 5, "afterCount": 5, "beforeCount": 5}
    assert cut_page(list(range(5)), row, Window(first=5)) == (list(range(5)), False, False)
    # After a cursor: 4 nodes lie past it, a page of 3 leaves one.
    row = {"total": 10, "afterCount": 4, "beforeCount": 10}
    page = cut_page([1, 2, 3], row, Window(first=3, after=("k",)))
    assert page == ([1, 2, 3], True, True)
    row = {"total": 10, "afterCount": 3, "beforeCount": 10}
    page = cut_page([1, 2, 3], row, Window(first=3, after=("k",)))
    assert page == ([1, 2, 3], False, True)


def test_a_filter_is_evaluated_once_without_cursors() -> None:
    where = AllOf(())
    filtered = ListQuery(where=None, text="pay", window=Window(first=3))
    text, _ = list_query("Step", filtered)
    assert text.count("MATCH (n:Step)") == 1
    plain = ListQuery(where=where, window=Window(first=3))
    text, _ = list_query("Step", plain)
    assert text.count("MATCH (n:Step)") == 2  # the count is the store's, the page top-k
    cursor = ListQuery(text="pay", window=Window(first=3, after=("a",)))
    text, _ = list_query("Step", cursor)
    assert text.count("MATCH (n:Step)") == 2
