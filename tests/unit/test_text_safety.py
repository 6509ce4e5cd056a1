"""Text the exports cannot carry is refused by the metamodel's text types, wherever a kind
uses them; any other text, however awkward, is kept as given.

The refused characters are those of :data:`graph_api.metamodel.text.UNREPRESENTABLE`,
checked here against the whole of Unicode; every text field of every kind (translations
and attributes included) refuses each sort of them, naming the character as U+XXXX and
where it is; a model file or an exchange file holding them is refused with the line and
column of each.
"""

import typing
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from graph_api.archimate.parse import refused_characters
from graph_api.metamodel import NODE_KINDS, validate_properties
from graph_api.metamodel.carried import Attribute, Translation
from graph_api.metamodel.text import (
    MAX_LISTED,
    UNREPRESENTABLE,
    Representable,
    located_unrepresentable,
    unrepresentable_problem,
    without_unrepresentable,
)
from graph_api.model_io.reader import MAX_LISTED_CHARACTERS, character_errors, read_model

# One of each sort of refused character, with how the error names it.
REFUSED = {
    "\x00": "U+0000 (a control character)",
    "\x01": "U+0001 (a control character)",
    "\x0b": "U+000B (a control character)",
    "\x1f": "U+001F (a control character)",
    "\x7f": "U+007F (a control character)",
    "\x85": "U+0085 (a control character)",
    "\x9f": "U+009F (a control character)",
    "\ud800": "U+D800 (a lone surrogate)",
    chr(0xDFFF): "U+DFFF (a lone surrogate)",  # (a literal would trouble ruff)
    "\ufffe": "U+FFFE (a non-character)",
    "\uffff": "U+FFFF (a non-character)",
}

# Text that every export can carry, however awkward; kept exactly (inner white space too).
AWKWARD = [
    "tab\there",
    "two\nlines",
    "carriage\rreturn",
    "windows\r\nline end",
    "<b>&amp; 'quotes' \"double\"</b>",
    "]]> -- <!-- not a comment -->",
    "emoji \U0001f600 and \U0001f469\u200d\U0001f4bb joined",
    "\u0645\u0631\u062d\u0628\u0627 right to left",
    "e\u0301 combining",
    "line\u2028separator\u2029paragraph",
    "back\\slash {{ braces }}",
    "- x",
    "key: value # not a comment",
    "null",
    "yes",
    "'single' and \"double\"",
    "no-break\u00a0space inside",
    "\U0010fffd last plane",
    "x" * 500,
]


def _is_text(annotation: object) -> bool:
    """Whether a field's annotation is one of the text types (Text, LongText), optional
    or not."""
    if typing.get_origin(annotation) is typing.Annotated:
        return Representable in typing.get_args(annotation)[1:]
    return any(_is_text(arg) for arg in typing.get_args(annotation))


def _text_fields(model: type[BaseModel]) -> list[str]:
    return [
        f.alias or name
        for name, f in model.model_fields.items()
        if _is_text(f.rebuild_annotation())
    ]


def _errors(model: type[BaseModel], values: dict[str, Any]) -> dict[tuple[Any, ...], str]:
    with pytest.raises(ValidationError) as raised:
        model.model_validate(values)
    return {tuple(e["loc"]): e["msg"] for e in raised.value.errors()}


def test_the_refused_characters_are_exactly_those_no_export_carries() -> None:
    refused = {
        code
        for code in range(0x110000)
        if (code < 0x20 and code not in (0x09, 0x0A, 0x0D))
        or 0x7F <= code <= 0x9F
        or 0xD800 <= code <= 0xDFFF
        or code in (0xFFFE, 0xFFFF)
    }
    matched = {code for code in range(0x110000) if UNREPRESENTABLE.match(chr(code))}
    assert matched == refused


def test_every_kind_has_text_fields_and_every_one_refuses_each_sort() -> None:
    for spec in NODE_KINDS.values():
        fields = _text_fields(spec.properties)
        assert spec.label_field in fields or spec.label_field == "at", spec.name
        assert "description" in fields
        for char, name in REFUSED.items():
            errors = _errors(spec.properties, {f: f"a{char}b" for f in fields})
            for field in fields:
                assert (field,) in errors, (spec.name, field, name)
                assert errors[(field,)].startswith(f"holds {name} at character 2:"), errors


def _holds_str(annotation: object) -> bool:
    """Whether a value of ``annotation`` may be any string (an enum's may not)."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _holds_str(typing.get_args(annotation)[0])
    return annotation is str or any(_holds_str(arg) for arg in typing.get_args(annotation))


def test_free_strings_of_every_kind_are_text_types() -> None:
    """Evidence.source, KPI.unit, PainPoint.rootCause, System.kind, ...: any property
    holding free text goes through the text types (enums, numbers and dates do not)."""
    free = {
        (spec.name, name)
        for spec in NODE_KINDS.values()
        for name, field in spec.properties.model_fields.items()
        if _holds_str(field.rebuild_annotation())
    }
    texts = {
        (spec.name, name)
        for spec in NODE_KINDS.values()
        for name, field in spec.properties.model_fields.items()
        if _is_text(field.rebuild_annotation())
    }
    assert free == texts
    assert {("Evidence", "source"), ("KPI", "unit"), ("PainPoint", "root_cause")} <= texts
    assert _text_fields(Translation) == ["label", "description"]
    assert _text_fields(Attribute) == ["name", "value"]


def test_translations_and_attributes_refuse_them_with_their_paths() -> None:
    errors = _errors(
        NODE_KINDS["System"].properties,
        {
            "name": "CRM",
            "translations": [
                {"language": "de", "label": "ok"},
                {"language": "fr", "label": "x\x00", "description": "\ud800"},
            ],
            "attributes": [{"name": "Owner\x1b", "value": "v"}, {"name": "n", "value": "\x7f"}],
        },
    )
    assert set(errors) == {
        ("translations", 1, "label"),
        ("translations", 1, "description"),
        ("attributes", 0, "name"),
        ("attributes", 1, "value"),
    }
    assert "U+001B (a control character) at character 6" in errors[("attributes", 0, "name")]


def test_a_refused_character_at_either_end_is_refused_not_trimmed() -> None:
    for value in ("\x0bname", "name\x0c", "\x1cname", "name\x1f", "\x85name"):
        errors = _errors(NODE_KINDS["Team"].properties, {"name": value})
        assert list(errors) == [("name",)], value


def test_the_message_names_each_character_where_it_is_and_why() -> None:
    problem = unrepresentable_problem("Bad\0name\x01ctl")
    assert problem == (
        "holds U+0000 (a control character) at character 4, "
        "U+0001 (a control character) at character 9: XML and YAML cannot carry control "
        "characters (but tab, line feed and carriage return), lone surrogates, U+FFFE or U+FFFF"
    )
    many = unrepresentable_problem("\x00" * (MAX_LISTED + 7))
    assert many is not None
    assert many.count("U+0000") == MAX_LISTED
    assert f"at character {MAX_LISTED} and 7 more:" in many


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_text_that_exports_carry_is_kept_as_given(text: str) -> None:
    assert unrepresentable_problem(text) is None
    model = validate_properties(
        "System",
        {
            "name": text,
            "description": text,
            "translations": [{"language": "de", "label": text, "description": text}],
            "attributes": [{"name": text, "value": text}],
        },
    )
    stored = model.model_dump(mode="json", by_alias=True, exclude_none=True)
    assert stored["name"] == stored["description"] == text
    assert stored["translations"] == [{"language": "de", "label": text, "description": text}]
    assert stored["attributes"] == [{"name": text, "value": text}]


def test_without_unrepresentable_removes_what_is_refused_and_only_that() -> None:
    text = "".join(f"{char}{n}" for n, char in enumerate([*REFUSED, *AWKWARD[:5]]))
    repaired = without_unrepresentable(text)
    assert unrepresentable_problem(repaired) is None
    assert repaired == "".join(ch for ch in text if ch not in REFUSED)


def test_located_characters_count_lines_and_columns_from_one() -> None:
    text = "ab\x01\n\x02x\r\n\nyy\x00z\ud800"
    assert list(located_unrepresentable(text)) == [
        (1, 3, "\x01"),
        (2, 1, "\x02"),
        (4, 3, "\x00"),
        (4, 5, "\ud800"),
    ]


def test_a_document_holding_them_is_refused_with_each_place() -> None:
    text = "format: graph-api/v1\nsystems:\n  - name: raw\x01here\x02\n  - name: b\x7f\n"
    errors = character_errors(text)
    assert [(e.path, e.message) for e in errors] == [
        ("line 3, column 14", "U+0001 (a control character): no text may hold it"),
        ("line 3, column 19", "U+0002 (a control character): no text may hold it"),
        ("line 4, column 12", "U+007F (a control character): no text may hold it"),
    ]
    many = character_errors("\x00" * (MAX_LISTED_CHARACTERS + 3))
    assert len(many) == MAX_LISTED_CHARACTERS + 1
    assert many[-1].message == "... and 3 more such characters"
    one_more = character_errors("\x00" * (MAX_LISTED_CHARACTERS + 1))
    assert one_more[-1].message == "... and 1 more such character"


def test_a_model_names_property_and_section_names_holding_them_escaped() -> None:
    draft = read_model(
        {
            "format": "graph-api/v1",
            "sec\x01tion": [],
            "systems": [{"key": "crm", "name": "CRM", "own\ud800er": "x", "kind": "a\x00"}],
        }
    )
    found = {(e.path, e.message.split(":")[0]) for e in draft.errors}
    assert found == {
        ("sec\\x01tion", "unknown section; known"),
        (
            "systems[0].own\\ud800er",
            "the property name holds U+D800 (a lone surrogate) at character 4",
        ),
        ("systems[0].kind", "holds U+0000 (a control character) at character 2"),
    }
    assert not draft.nodes, "a node with a refused text is not written"


def test_an_exchange_file_names_every_refused_character_and_reference() -> None:
    text = (
        '<?xml version="1.0"?>\n'
        "<model><!-- &#1; in a comment is no reference --><![CDATA[&#2; neither]]>\n"
        "<name>a&#1;b&#x1F;\x01 &#xD800; &#1114112; &#xFFFE;&#x85;\x85 &#9;&#13;</name></model>"
    )
    assert [(e.path, e.message) for e in refused_characters(text)] == [
        ("line 3, column 8", "&#1; refers to U+0001 (a control character), which XML 1.0 has not"),
        (
            "line 3, column 13",
            "&#x1F; refers to U+001F (a control character), which XML 1.0 has not",
        ),
        ("line 3, column 19", "U+0001 (a control character), which XML 1.0 cannot carry"),
        (
            "line 3, column 21",
            "&#xD800; refers to U+D800 (a lone surrogate), which XML 1.0 has not",
        ),
        ("line 3, column 30", "&#1114112; refers to no Unicode character, which XML 1.0 has not"),
        ("line 3, column 41", "&#xFFFE; refers to U+FFFE (a non-character), which XML 1.0 has not"),
    ]
    huge = "<a>&#" + "1" * 6000 + ";</a>"
    assert [e.message for e in refused_characters(huge)] == [
        "&#1111111111...; refers to no Unicode character, which XML 1.0 has not"
    ]
