"""The contract's rules on small made-up schemas: what breaks it, what deprecation allows.

Each case is a released schema and the next one. These also pin graphql-core's wording:
the rules read the changed element from its sentences, and a reworded sentence would
make a deprecated removal fail here (never pass silently).
"""

import pytest
from graphql import BreakingChange, BreakingChangeType, build_schema

from tests.schema.breaking_changes import (
    contract_breaks,
    deprecated_members,
    excuse,
    failure_message,
    judge,
)

RELEASED = """
type Query {
  kept: String
  count: Int
  gone: String
  old: String @deprecated(reason: "Use `kept`.")
  legacy: Legacy @deprecated(reason: "Use `kept`.")
  search(text: String, exact: Boolean @deprecated(reason: "Always on."), limit: Int): [String]
  oldSearch(text: String): [String] @deprecated(reason: "Use `search`.")
  level: Level
  thing: Thing
}

type Legacy {
  name: String
  detail: LegacyDetail
}

type LegacyDetail {
  text: String
}

interface Thing {
  key: String
}

type Widget implements Thing {
  key: String
}

enum Level {
  LOW
  HIGH
  MEDIUM @deprecated(reason: "Use LOW or HIGH.")
}

input Filter {
  word: String
  oldWord: String @deprecated(reason: "Use `word`.")
}

type Mutation {
  tag(filter: Filter): String
}
"""


def with_change(old: str, new: str) -> str:
    assert old in RELEASED, old
    return RELEASED.replace(old, new, 1)


def breaks(current_sdl: str) -> list[str]:
    found = contract_breaks(build_schema(RELEASED), build_schema(current_sdl))
    return [f"{judged.change.type.name}: {judged.change.description}" for judged in found]


def test_the_same_schema_breaks_nothing() -> None:
    assert judge(build_schema(RELEASED), build_schema(RELEASED)) == []


def test_an_added_field_argument_type_and_enum_value_pass() -> None:
    current = with_change("  kept: String\n", "  kept: String\n  added(x: Int): Extra\n")
    current = current.replace("  HIGH\n", "  HIGH\n  CRITICAL\n")
    current += "\ntype Extra {\n  value: Int\n}\n"
    assert breaks(current) == []


def test_a_removed_field_fails() -> None:
    assert breaks(with_change("  gone: String\n", "")) == [
        "FIELD_REMOVED: Field Query.gone was removed."
    ]


def test_a_removed_field_that_was_deprecated_passes() -> None:
    current = with_change('  old: String @deprecated(reason: "Use `kept`.")\n', "")
    assert breaks(current) == []
    (judged,) = judge(build_schema(RELEASED), build_schema(current))
    assert judged.excuse == "Query.old was deprecated: Use `kept`."


def test_a_field_deprecated_only_now_still_fails() -> None:
    # Deprecation counts from a release: clients of this one have not been told yet.
    current = with_change("  gone: String\n", '  gone: Int @deprecated(reason: "Soon.")\n')
    assert breaks(current) == [
        "FIELD_CHANGED_KIND: Field Query.gone changed type from String to Int."
    ]


def test_a_changed_type_fails_unless_the_field_was_deprecated() -> None:
    assert breaks(with_change("  gone: String\n", "  gone: Int\n")) == [
        "FIELD_CHANGED_KIND: Field Query.gone changed type from String to Int."
    ]
    assert (
        breaks(with_change('  old: String @deprecated(reason: "Use `kept`.")', "  old: Int")) == []
    )


def test_arguments_follow_the_rule_of_the_argument_or_its_field() -> None:
    search = 'search(text: String, exact: Boolean @deprecated(reason: "Always on."), limit: Int)'
    assert breaks(
        with_change(
            search, 'search(text: String, exact: Boolean @deprecated(reason: "Always on."))'
        )
    ) == ["ARG_REMOVED: Argument Query.search(limit:) was removed."]
    assert breaks(with_change(search, "search(text: String, limit: Int)")) == []
    assert breaks(with_change(search, search.replace("text: String", "text: String!"))) == [
        "ARG_CHANGED_KIND: Argument Query.search(text:) has changed type from String to String!."
    ]
    # Every argument of a deprecated field may go, or a required one be added.
    assert breaks(with_change("oldSearch(text: String)", "oldSearch(words: [String]!)")) == []
    assert breaks(with_change(search, search.replace("limit: Int", "limit: Int, page: Int!"))) == [
        "REQUIRED_ARG_ADDED: A required argument Query.search(page:) was added."
    ]


def test_enum_values_and_input_fields_follow_the_same_rule() -> None:
    assert breaks(with_change("  HIGH\n", "")) == [
        "VALUE_REMOVED_FROM_ENUM: Enum value Level.HIGH was removed."
    ]
    assert breaks(with_change('  MEDIUM @deprecated(reason: "Use LOW or HIGH.")\n', "")) == []
    assert breaks(with_change("  word: String\n", "")) == [
        "FIELD_REMOVED: Field Filter.word was removed."
    ]
    assert breaks(with_change('  oldWord: String @deprecated(reason: "Use `word`.")\n', "")) == []


def test_a_type_goes_with_the_deprecated_fields_that_were_its_only_uses() -> None:
    without_legacy = with_change('  legacy: Legacy @deprecated(reason: "Use `kept`.")\n', "")
    without_types = without_legacy.replace(
        "type Legacy {\n  name: String\n  detail: LegacyDetail\n}\n", ""
    ).replace("type LegacyDetail {\n  text: String\n}\n", "")
    # LegacyDetail was used only inside Legacy, itself used only by a deprecated field.
    assert breaks(without_types) == []


def test_a_type_still_used_elsewhere_cannot_go() -> None:
    # Widget was never a deprecated field's type, but a fragment on Thing can name it.
    current = with_change("type Widget implements Thing {\n  key: String\n}\n", "")
    assert breaks(current) == ["TYPE_REMOVED: Widget was removed."]


def test_a_change_no_deprecation_can_allow_fails() -> None:
    current = with_change("type Widget implements Thing {", "type Widget {")
    assert breaks(current) == [
        "IMPLEMENTED_INTERFACE_REMOVED: Widget no longer implements interface Thing."
    ]


def test_deprecations_are_read_from_the_sdl() -> None:
    assert deprecated_members(build_schema(RELEASED)) == {
        "Query.old": "Use `kept`.",
        "Query.legacy": "Use `kept`.",
        "Query.search(exact:)": "Always on.",
        "Query.oldSearch": "Use `search`.",
        "Level.MEDIUM": "Use LOW or HIGH.",
        "Filter.oldWord": "Use `word`.",
    }


def test_the_failure_message_lists_each_break_with_its_rule() -> None:
    current = with_change("  gone: String\n", "").replace("  HIGH\n", "")
    found = contract_breaks(build_schema(RELEASED), build_schema(current))
    assert {judged.change.type for judged in found} == {
        BreakingChangeType.FIELD_REMOVED,
        BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
    }
    message = failure_message(found, "release 9.9.9")
    assert "the contract of release 9.9.9" in message
    assert (
        "  - FIELD_REMOVED: Field Query.gone was removed. (a field may be removed only if the "
        "released schema marked it @deprecated)" in message
    )
    assert (
        "  - VALUE_REMOVED_FROM_ENUM: Enum value Level.HIGH was removed. (an enum value" in message
    )


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        (BreakingChangeType.FIELD_REMOVED, "A field went away."),
        (BreakingChangeType.FIELD_REMOVED, "Argument Query.gone(x:) was removed."),
        (BreakingChangeType.ARG_REMOVED, "Field Query.gone was removed."),
        (BreakingChangeType.TYPE_REMOVED, "The type Legacy is gone."),
        (BreakingChangeType.DIRECTIVE_REMOVED, "Directive Query.gone was removed."),
    ],
)
def test_a_sentence_that_cannot_be_read_is_never_excused(
    kind: BreakingChangeType, sentence: str
) -> None:
    # Everything named is deprecated or removable: only the reading can refuse.
    deprecated = {"Query.gone": "x", "Query.gone(x:)": "y"}
    assert excuse(BreakingChange(kind, sentence), deprecated, {"Legacy"}) is None
