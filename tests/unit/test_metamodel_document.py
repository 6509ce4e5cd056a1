"""docs/metamodel.md shows the metamodel the code defines, and shows all of it."""

from graph_api.metamodel import NODE_KINDS, RELATIONSHIPS
from graph_api.metamodel.document import BEGIN, END, diagram, markdown, property_type
from tests.conftest import ROOT

DOC = ROOT / "docs" / "metamodel.md"


def test_the_doc_holds_the_current_generated_part() -> None:
    doc = DOC.read_text(encoding="utf-8")
    assert markdown() in doc, (
        "docs/metamodel.md is out of date: run python -m graph_api.metamodel.document"
    )
    assert doc.count(BEGIN) == doc.count(END) == 1


def test_every_kind_and_triple_is_drawn_and_listed() -> None:
    drawn, listed = diagram().splitlines(), markdown()
    for kind in NODE_KINDS:
        assert f"    {kind}" in drawn
        assert f"| {kind} | `{NODE_KINDS[kind].plural}` |" in listed
    for rel in RELATIONSHIPS:
        assert f"  {rel.source} -- {rel.type} --> {rel.target}" in drawn
        assert f"| {rel.source} | `{rel.type}` | {rel.target} |" in listed


def test_property_types_read_as_users_write_them() -> None:
    step = NODE_KINDS["Step"].properties.model_fields
    pain = NODE_KINDS["PainPoint"].properties.model_fields
    assert property_type(step["name"]) == "text"
    assert property_type(step["customer_action"]) == "long text"
    assert property_type(step["emotion"]) == "integer, 1 to 5"
    assert property_type(step["order"]) == "integer, at least 0"
    assert property_type(pain["frequency"]) == "number, 0 to 1"
    assert property_type(NODE_KINDS["Touchpoint"].properties.model_fields["differentiating"]) == (
        "true/false"
    )
    assert property_type(NODE_KINDS["Journey"].properties.model_fields["state"]) == (
        "one of `current`, `future`"
    )
