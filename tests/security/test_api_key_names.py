"""API key names through ``graph-api keys create``: blank, over-long and unprintable names
are refused with a message saying why, and nothing is created; a name is shown as given,
never read as terminal markup."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from graph_api.cli.app import app as cli
from graph_api.config import get_settings
from graph_api.security.api_keys import MAX_NAME_LENGTH
from tests.cli.test_seed import flat


@pytest.fixture
def keys_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "keys.db"
    monkeypatch.setenv("GRAPH_API_API_KEYS_PATH", str(path))
    get_settings.cache_clear()
    yield path
    get_settings.cache_clear()


def keys(*args: str) -> Result:
    # Wide enough that Rich wraps no line of the output.
    return CliRunner().invoke(cli, ["keys", *args], env={"COLUMNS": "400"})


def create(name: str) -> Result:
    return keys("create", "--name", name, "--role", "viewer")


def stored_names(path: Path) -> list[str]:
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT name FROM api_keys ORDER BY created_at")]


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("", "an API key needs a name saying who or what uses it"),
        ("   \t ", "an API key needs a name saying who or what uses it"),
        ("\u3000\u00a0", "an API key needs a name saying who or what uses it"),
        ("x" * (MAX_NAME_LENGTH + 1), f"at most {MAX_NAME_LENGTH} characters, this one has 101"),
        ("é" * 400, "at most 100 characters, this one has 400"),
        ("ci\x00bot", "an API key's name holds U+0000 (a control character) at character 3"),
        ("\x1b[2Jbot", "holds U+001B (a control character) at character 1"),
        ("bot\x7f", "holds U+007F (a control character) at character 4"),
        ("ops\x85team", "holds U+0085 (a control character) at character 4"),
        ("a\ud800b", "holds U+D800 (a lone surrogate) at character 2"),
        ("bot\uffff", "holds U+FFFF (a non-character) at character 4"),
        ("ci\nbot", "may not hold a tab or a line break"),
        ("tab\tseparated", "may not hold a tab or a line break"),
        ("ci\rbot", "may not hold a tab or a line break"),
        ("ci\u2028bot", "may not hold a tab or a line break"),
    ],
    ids=repr,
)
def test_names_that_cannot_name_a_key_are_refused(keys_file: Path, name: str, says: str) -> None:
    result = create(name)
    assert result.exit_code == 2, result.output
    assert says in flat(result.output)
    assert "gapi_" not in result.output
    assert stored_names(keys_file) == []


@pytest.mark.parametrize(
    "name",
    [
        "ci bot",
        "x" * MAX_NAME_LENGTH,
        "  padded  ",
        "[red]release bot[/red] [/]",
        "Zürich → 東京 🚀",
    ],
    ids=repr,
)
def test_names_that_can_are_kept_as_given_and_shown_as_given(keys_file: Path, name: str) -> None:
    result = create(name)
    assert result.exit_code == 0, result.output
    assert stored_names(keys_file) == [name.strip()]
    key_id = next(w for w in result.output.split() if w.startswith("gapi_")).split("_")[1]
    assert f"created key {key_id} ({name.strip()}, viewer)" in result.output
    listed = keys("list")
    assert listed.exit_code == 0
    assert name.strip() in listed.output, listed.output
    revoked = keys("revoke", key_id)
    assert revoked.exit_code == 0 and f"({name.strip()})" in revoked.output


def test_a_name_an_earlier_release_stored_is_listed_without_its_control_characters(
    keys_file: Path,
) -> None:
    assert create("placeholder").exit_code == 0
    with sqlite3.connect(keys_file) as db:
        db.execute("UPDATE api_keys SET name = ?", ("old\x1b[2Jbot [b]x[/b]",))
    listed = keys("list")
    assert listed.exit_code == 0
    assert "\x1b[2J" not in listed.output
    assert "old\ufffd[2Jbot [b]x[/b]" in listed.output
