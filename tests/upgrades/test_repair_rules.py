"""The rules the upgrade steps apply to one value, the same for both stores: which subject
a recorded one stands for, and how a node's text is repaired."""

import random
import string
from typing import Any

import pytest

from graph_api.metamodel.carried import is_language_tag
from graph_api.metamodel.keys import is_key
from graph_api.metamodel.text import UNREPRESENTABLE
from graph_api.metamodel.validation import property_errors
from graph_api.store.upgrades import UpgradeFailed
from graph_api.store.upgrades.subjects import namespaced_subject
from graph_api.store.upgrades.text_repair import repair_properties

# One of each sort of character the repair removes, spread over its ranges.
REMOVED = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1b", "\x1f", "\ud800", "\udfff"]
REMOVED += ["\x7f", "\x85", "\x9f", "\ufffe", "\uffff"]
KEPT = ["\t", "\n", "\r", " ", "é", "名", "\U0001f600", "\u2028"]


@pytest.mark.parametrize(
    ("recorded", "stands_for"),
    [
        ("", ""),  # written before the audit trail: unknown
        ("system", "system"),
        ("key:3dd80d793e19", "key:3dd80d793e19"),  # the only shape a key's subject had
        ("key:5", "jwt:key:5"),
        ("key:3DD80D793E19", "jwt:key:3DD80D793E19"),
        ("key:3dd80d793e1", "jwt:key:3dd80d793e1"),
        ("key:3dd80d793e19x", "jwt:key:3dd80d793e19x"),
        ("anonymous", "jwt:anonymous"),  # a caller without a token could not write
        ("ed@example.org", "jwt:ed@example.org"),
        ("jwt:ed", "jwt:jwt:ed"),
        (" system", "jwt: system"),
    ],
)
def test_a_recorded_subject_is_read_as_the_docs_say(recorded: str, stands_for: str) -> None:
    assert namespaced_subject(recorded) == stands_for
    # Running the rule again would change a JWT subject again: the version keeps it once.
    if stands_for.startswith("jwt:"):
        assert namespaced_subject(stands_for) != stands_for


def test_keys_and_language_tags_can_hold_no_character_to_remove() -> None:
    for char in REMOVED:
        for text in (f"ab{char}", f"{char}ab", f"a{char}b"):
            assert not is_key(text), repr(text)
            assert not is_language_tag(text), repr(text)


def test_nothing_to_repair_gives_none() -> None:
    props = {"name": "Tab\tnew\nline\rCR é 名 \U0001f600", "description": "fine"}
    assert repair_properties("System", "s", props) is None


@pytest.mark.parametrize("char", REMOVED)
def test_each_character_is_removed_wherever_text_is(char: str) -> None:
    props: dict[str, Any] = {
        "name": f"Na{char}me",
        "description": f"{char}Desc",
        "kind": f"Kind{char}",
        "translations": [{"language": "de", "label": f"La{char}bel", "description": f"D{char}"}],
        "attributes": [{"name": f"Own{char}er", "value": f"V{char}alue"}],
    }
    repair = repair_properties("System", "s", props)
    assert repair is not None
    assert repair.props == {
        "name": "Name",
        "description": "Desc",
        "kind": "Kind",
        "lifecycle": "active",
        "translations": [{"language": "de", "label": "Label", "description": "D"}],
        "attributes": [{"name": "Owner", "value": "Value"}],
    }
    assert sorted(repair.repaired) == [
        "attributes[0].name",
        "attributes[0].value",
        "description",
        "kind",
        "name",
        "translations[0].description",
        "translations[0].label",
    ]
    assert repair.notes == []


def test_what_is_left_blank_is_removed_or_replaced_by_the_key() -> None:
    props: dict[str, Any] = {
        "name": "\x01 \x02",
        "segment": "\x03",
        "description": " \x04\t",
        "translations": [
            {"language": "de", "label": "\x05"},
            {"language": "fr", "label": "Nom\x06", "description": "\x07"},
            {"language": "it", "description": "ok"},
        ],
        "attributes": [
            {"name": "\x08", "value": "no name left"},
            {"name": "Owner", "value": "first"},
            {"name": "Owner\x0e", "value": "second"},
            {"name": "name\x1f", "value": "a property of the kind"},
            {"name": "Cost", "value": "\x10"},
        ],
    }
    repair = repair_properties("Persona", "night-nurse", props)
    assert repair is not None
    assert repair.props == {
        "name": "night-nurse",
        "translations": [
            {"language": "fr", "label": "Nom"},
            {"language": "it", "description": "ok"},
        ],
        "attributes": [{"name": "Owner", "value": "first"}, {"name": "Cost", "value": ""}],
    }
    assert repair.notes == [
        "name: nothing left, the node's key put in its place",
        "segment: nothing left, removed",
        "description: nothing left, removed",
        "translations[0].label: nothing left, removed",
        "translations[0]: neither label nor description left, removed",
        "translations[1].description: nothing left, removed",
        "attributes[0]: no name left, removed",
        "attributes[2]: its name 'Owner' is taken, removed",
        "attributes[3]: its name 'name' is taken, removed",
    ]


def test_translations_left_empty_are_removed_whole() -> None:
    props = {"name": "Pat", "translations": [{"language": "de", "label": "\x01"}]}
    repair = repair_properties("Persona", "pat", props)
    assert repair is not None and repair.props == {"name": "Pat"}


def test_text_that_stays_invalid_stops_the_upgrade_naming_the_node() -> None:
    # Wrong for another reason than its characters: the upgrade does not guess.
    props = {"name": "Pat\x01", "severity": 9}
    with pytest.raises(UpgradeFailed) as failed:
        repair_properties("PainPoint", "too-bad", props)
    assert failed.value.message.startswith("PainPoint 'too-bad': its text cannot be repaired: ")
    assert "severity" in failed.value.message


def test_random_text_comes_out_storable_and_otherwise_unchanged() -> None:
    rng = random.Random(14)
    alphabet = REMOVED + KEPT + list(string.ascii_letters)
    for _ in range(300):

        def text(size: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(size))

        props: dict[str, Any] = {"name": text(rng.randint(1, 30)), "description": text(50)}
        props["attributes"] = [{"name": f"a{n}{text(3)}", "value": text(8)} for n in range(3)]
        repair = repair_properties("Team", "team", props)
        if repair is None:
            assert not any(UNREPRESENTABLE.search(value) for value in _texts(props))
            continue
        stored, errors = property_errors("Team", repair.props)
        assert errors == [] and stored == repair.props
        for value in _texts(repair.props):
            assert not UNREPRESENTABLE.search(value), repr(value)
        # Only the removed characters (and the ends a blank-trimming text type trims) go.
        cleaned = UNREPRESENTABLE.sub("", props["name"]).strip() or "team"
        assert repair.props["name"] == cleaned


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []
