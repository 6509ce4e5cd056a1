"""Every setting the docs name exists, and every default they state is the code's."""

import re
from pathlib import Path

import pytest

from graph_api.config import Settings
from graph_api.services.changes import DEFAULT_MAX_LAG
from tests.docs.doc_tables import (
    API_DOC,
    SETTING_DOCS,
    StatedDefault,
    default_matches,
    marked_tables,
    setting_field,
    stated_defaults,
)

STATED = [stated for doc in SETTING_DOCS for stated in stated_defaults(doc)]
# A number followed by a few words and the setting in brackets: "a page holds 20 nodes
# (`GRAPH_API_DEFAULT_PAGE_SIZE`)".
_IN_PROSE = re.compile(r"(\d[\d,]*)(?: [a-z]+){0,3} \(`(GRAPH_API_\w+)`\)")
FIXED = {"EVENTS_DROPPED": DEFAULT_MAX_LAG}
"""Limits that are no setting, by the code that refuses past them."""


def test_the_docs_state_the_defaults_of_the_limits_and_modes() -> None:
    """The marked tables of api.md are found and name what integrators meet."""
    named = {s.setting for s in STATED if s.doc == API_DOC.name}
    assert {"environment", "anonymous_read", "graphiql", "max_page_size"} <= named
    assert len(marked_tables(API_DOC, "settings")) == 2


@pytest.mark.parametrize("stated", STATED, ids=lambda s: f"{s.doc}:{s.setting}")
def test_each_stated_default_is_the_code_s(stated: StatedDefault) -> None:
    if stated.setting == "fixed":
        codes = [c for c in re.findall(r"`(\w+)`", " ".join(stated.row.values())) if c in FIXED]
        assert len(codes) == 1, f"a fixed limit names no known code: {stated.row}"
        assert stated.stated.replace(",", "") == str(FIXED[codes[0]]), stated.row
        return
    default = Settings.model_fields[stated.setting].default
    assert default_matches(stated.setting, stated.stated), (
        f"{stated.doc} says GRAPH_API_{stated.setting.upper()} defaults to {stated.stated!r}; "
        f"graph_api/config.py says {default!r}"
    )


@pytest.mark.parametrize("doc", SETTING_DOCS, ids=lambda doc: doc.name)
def test_every_variable_named_is_a_setting(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    named = set(re.findall(r"\bGRAPH_API_[A-Z0-9_]*[A-Z0-9]\b", text))
    assert named, f"{doc.name} names no setting"
    for variable in sorted(named):
        setting_field(variable)


def test_numbers_stated_next_to_a_setting_are_its_default() -> None:
    stated = _IN_PROSE.findall(API_DOC.read_text(encoding="utf-8"))
    assert len(stated) >= 2, stated
    for number, variable in stated:
        field = setting_field(variable)
        assert default_matches(field, number), f"api.md: {number} ({variable})"
