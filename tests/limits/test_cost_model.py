"""The cost estimate, number by number (the model: graph_api/api/limits/cost.py).

Defaults unless a test says otherwise: pages of 20 (at most 100), a fan-out of 5.
"""

from typing import Any

import pytest
from graphql import FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode, parse

from graph_api.api.library_seams import graphql_schema
from graph_api.api.limits.cost import TRAVERSAL_COSTS, CostModel, estimate_cost
from graph_api.api.schema import build_schema
from graph_api.diagrams import graphql as diagram_fields
from graph_api.traversals import TRAVERSALS
from tests.conftest import app_settings
from tests.limits.helpers import CRM, operation, parents


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return graphql_schema(build_schema(app_settings()))


def cost(
    schema: GraphQLSchema,
    query: str,
    variables: dict[str, Any] | None = None,
    model: CostModel | None = None,
) -> int:
    document = parse(query)
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    (operation,) = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    return estimate_cost(schema, operation, fragments, variables, model)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Scalars are free; the connection costs 1, its page of 20 journeys 20.
        ("{ journeys { totalCount } }", 1),
        ("{ journeys { nodes { key name } } }", 1 + 20),
        ("{ journeys(first: 3) { nodes { key } } }", 1 + 3),
        ("{ journeys(last: 7) { edges { cursor node { key } } } }", 1 + 7 * (1 + 1)),
        # Page sizes over the maximum are refused by the list itself: capped here.
        ("{ journeys(first: 100000) { nodes { key } } }", 1 + 100),
        # Unpaged relationship lists multiply by the fan-out (5), single ones by 1.
        ("{ journeys { nodes { stages { steps { key } } } } }", 1 + 20 * (1 + 5 * (1 + 5))),
        ('{ step(key: "s") { stage { journey { persona { key } } } } }', 4),
        (parents(11), 12),
        # A relationship connection passes its page to its nodes.
        (
            '{ journey(key: "j") { stagesConnection(first: 4) { nodes { steps { key } } } } }',
            1 + 1 + 4 * (1 + 5),
        ),
        # nodes(ids:) counts its IDs; an interface's inline fragment, its fields.
        ('{ nodes(ids: ["a", "b", "c"]) { id } }', 3),
        ('{ node(id: "x") { ... on Journey { stages { key } } } }', 1 + 5),
        # Introspection never reaches the store.
        ("{ __schema { types { name fields { name type { name } } } } }", 0),
    ],
)
def test_lists_and_pages(schema: GraphQLSchema, query: str, expected: int) -> None:
    assert cost(schema, query) == expected


def test_the_settings_change_the_multipliers(schema: GraphQLSchema) -> None:
    query = "{ journeys { nodes { name stages { name steps { name } } } } }"
    assert cost(schema, query) == 621
    assert cost(schema, query, model=CostModel(20, 100, 20)) == 1 + 20 * (1 + 20 * (1 + 20))
    assert cost(schema, query, model=CostModel(5, 100, 2)) == 1 + 5 * (1 + 2 * (1 + 2))


def test_variables_give_the_sizes(schema: GraphQLSchema) -> None:
    query = (
        "query($n: Int) { journeys(first: $n) { nodes { "
        "stagesConnection(first: $n) { nodes { key } } } } }"
    )
    assert cost(schema, query, {"n": 2}) == 1 + 2 * (1 + 1 + 2)
    assert cost(schema, query, {"n": 100}) == 1 + 100 * (1 + 1 + 100)
    assert cost(schema, query) == 1 + 20 * (1 + 1 + 20)  # null: the default page
    with_default = query.replace("$n: Int", "$n: Int = 3")
    assert cost(schema, with_default) == 1 + 3 * (1 + 1 + 3)
    # A size that is no number fails coercion later; until then it is the largest.
    assert cost(schema, query, {"n": "many"}) == 1 + 100 * (1 + 1 + 100)


def test_fragments_and_aliases_all_count(schema: GraphQLSchema) -> None:
    query = """
    { a: journeys(first: 2) { ...J } b: journeys(first: 3) { ...J } c: journeys(first: 3) { ...J } }
    fragment J on JourneyConnection { nodes { stages { key } } }
    """
    assert cost(schema, query) == (1 + 2 * (1 + 5)) + 2 * (1 + 3 * (1 + 5))


def test_nested_fragments_are_expanded_where_spread(schema: GraphQLSchema) -> None:
    query = """
    { journeys(first: 10) { nodes { ...Stages } } }
    fragment Stages on Journey { stages { ...Steps } }
    fragment Steps on Stage { steps { key } }
    """
    assert cost(schema, query) == 1 + 10 * (1 + 5 * (1 + 5))


def test_a_fragment_cycle_ends(schema: GraphQLSchema) -> None:
    """Invalid (NoFragmentCyclesRule refuses it), but the estimate must still end."""
    query = """
    { journeys(first: 1) { nodes { ...A } } }
    fragment A on Journey { stages { journey { ...A } } }
    """
    assert cost(schema, query) == 1 + 1 * (1 + 5 * (1 + 1))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # impact: 1000 per level of maxDepth (default 6, at most 10).
        (operation(f'impact(nodeId: "{CRM}") {{ total }}'), 6_000 + 1),
        (operation(f'impact(nodeId: "{CRM}", maxDepth: 10) {{ total }}'), 10_000 + 1),
        (operation(f'impact(nodeId: "{CRM}", maxDepth: 99) {{ total }}'), 10_000 + 1),
        (
            operation(
                f'impact(nodeId: "{CRM}", maxDepth: 2)', "{ groups { items { node { id } } } }"
            ),
            2_000 + 1 + 5 * (1 + 5 * (1 + 1)),
        ),
        # paths: 1000 per relationship of maxLength (default 6); `first` (10) pages it.
        ('{ paths(fromId: "a", toId: "b") { paths { nodes { id } } } }', 6_000 + 1 + 10 * 6),
        # search: its `first` defaults to 20 in the schema.
        ('{ search(text: "fault") { node { id } } }', 500 + 20 * (1 + 1)),
        ('{ search(text: "fault", first: 3) { score } }', 500 + 3),
        ("{ painfulSteps(minSeverity: 5) { pain } }", 1_000 + 20),
        # painfulSteps' optional part: its objects, per row (a page of 20 rows)
        (
            "{ painfulSteps(minSeverity: 5) { "
            "servingSystems { system { key } servedBy { key } } } }",
            1_000 + 20 * (1 + 5 * (1 + 1 + 5)),
        ),
        # the blueprint's support lane: services and data per step (fan-out 5 each level)
        (
            '{ serviceBlueprint(journeyId: "j") { stages { steps { '
            "supportServices { service { key } } supportData { dataObject { key } } } } } }",
            500 + 1 + 5 * (1 + 5 * (1 + 5 * (1 + 1) + 5 * (1 + 1))),
        ),
        (
            "{ coverage { stepsWithDataGaps { step { key } dataObjects { key } } } }",
            2_000 + 1 + 5 * (1 + 1 + 5),
        ),
        ("{ coverage { journey { key } stepsWithoutEvidence { key } } }", 2_000 + 1 + 1 + 5),
        ("{ exportModel }", 10_000),
        ("{ exportArchimate }", 10_000),
    ],
)
def test_traversals_add_their_base_cost(schema: GraphQLSchema, query: str, expected: int) -> None:
    assert cost(schema, query) == expected


def test_mutations_are_estimated_too(schema: GraphQLSchema) -> None:
    query = 'mutation { createPersona(key: "p", input: {name: "P"}) { key jobs { key } } }'
    assert cost(schema, query) == 1 + 5


def test_every_traversal_has_a_base_cost(schema: GraphQLSchema) -> None:
    """A new traversal must be given a cost; a removed one must leave the table."""
    camel = {
        name.split("_")[0] + "".join(part.title() for part in name.split("_")[1:])
        for name in [t.python_name for t in TRAVERSALS] + list(diagram_fields.FIELDS)
    }
    assert set(TRAVERSAL_COSTS) == camel | {"exportModel", "exportArchimate"}
    assert set(TRAVERSAL_COSTS) <= set(schema.query_type.fields)  # type: ignore[union-attr]
