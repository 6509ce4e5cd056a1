"""No error message suggests a name ("Did you mean ...?"), whoever asks.

graphql-core appends hints to unknown fields, arguments, types, enum values and input
fields, in validation and in variable coercion alike; Strawberry's setting removes only
the field hints. A hint tells a caller who may not introspect which names exist, so the
API removes every one, with introspection on or off. Each message still names what was
wrong. On both stores.
"""

from typing import Any

import pytest

from graph_api.api.errors import without_suggestions
from graph_api.store.base import GraphStore
from tests.auth_headers import headers_for
from tests.conftest import app_client, app_settings

STEPS_ORDERED = "query($o: [StepOrderBy!]) { steps(orderBy: $o) { totalCount } }"
PERSONA_INPUT = "mutation($i: PersonaInput!) { createPersona(input: $i) { key } }"

# (what is misspelt, document, variables, the name a hint would give, what must be named)
TYPOS: list[tuple[str, str, dict[str, Any], str, str]] = [
    ("field", "{ persnas { totalCount } }", {}, "'personas'", "'persnas'"),
    ("nested field", "{ personas { nodes { nmae } } }", {}, "'name'", "'nmae'"),
    ("argument", "{ steps(frist: 1) { totalCount } }", {}, "'first'", "'frist'"),
    ("directive argument", "{ personas @include(iff: true) { totalCount } }", {}, "'if'", "iff"),
    ("enum value", "{ steps(orderBy: [{name: DSC}]) { totalCount } }", {}, "'DESC'", "DSC"),
    ("input field", "{ steps(orderBy: [{nmae: ASC}]) { totalCount } }", {}, "'name'", "nmae"),
    ("filter field", '{ personas(where: {nmae: {eq: "x"}}) { totalCount } }', {}, "'name'", "nmae"),
    (
        "type of a variable",
        "query($w: StepWher) { steps(where: $w) { totalCount } }",
        {},
        "'StepWhere'",
        "StepWher",
    ),
    (
        "type of a fragment",
        "{ steps { ...f } } fragment f on Stp { totalCount }",
        {},
        "'Step'",
        "Stp",
    ),
    ("enum value in a variable", STEPS_ORDERED, {"o": [{"name": "DSC"}]}, "'DESC'", "DSC"),
    ("input field in a variable", STEPS_ORDERED, {"o": [{"nmae": "ASC"}]}, "'name'", "nmae"),
    (
        "mutation input field",
        PERSONA_INPUT,
        {"i": {"name": "x", "descripton": "y"}},
        "'description'",
        "descripton",
    ),
]


@pytest.mark.parametrize("introspection", [True, False], ids=["introspection", "no-introspection"])
async def test_no_error_suggests_a_name(store: GraphStore, introspection: bool) -> None:
    settings = app_settings().model_copy(update={"introspection": introspection})
    async with app_client(store, settings, headers=headers_for("editor")) as client:
        for what, query, variables, hint, named in TYPOS:
            response = await client.post("/graphql", json={"query": query, "variables": variables})
            assert response.status_code == 200, (what, response.text)
            messages = [e["message"] for e in response.json()["errors"]]
            assert messages, what
            text = " ".join(messages)
            assert "Did you mean" not in text, (what, text)
            assert hint not in text, (what, text)
            assert named in text, (what, text)  # still says what was wrong


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Unknown argument 'frist' on field 'Query.steps'. Did you mean 'first'?",
            "Unknown argument 'frist' on field 'Query.steps'.",
        ),
        (
            "Value 'DSC' does not exist in 'SortDirection' enum. "
            "Did you mean the enum value 'DESC' or 'ASC'?",
            "Value 'DSC' does not exist in 'SortDirection' enum.",
        ),
        (
            "Expected value of type 'StepOrderBy' not to include unknown field 'nmae'. "
            "Did you mean 'name', 'order', or 'key'? Found: { nmae: ASC }.",
            "Expected value of type 'StepOrderBy' not to include unknown field 'nmae'. "
            "Found: { nmae: ASC }.",
        ),
        ("Unknown type 'Stp'. Did you mean 'Step'?", "Unknown type 'Stp'."),
        ("Cannot query field 'x' on type 'Query'.", "Cannot query field 'x' on type 'Query'."),
    ],
)
def test_without_suggestions(message: str, expected: str) -> None:
    assert without_suggestions(message) == expected
