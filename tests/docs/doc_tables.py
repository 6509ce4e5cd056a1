"""Reads the tables the docs mark for checking, and what their cells state.

A table marked ``<!-- check:NAME -->`` (the marker on the line before it) is read as a
list of rows, each a dict from the header's words to the row's cells. Settings tables
(a ``setting`` and a ``default`` column) are also read where no marker stands, so that
every doc stating a setting's default is held to ``graph_api/config.py``.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph_api.config import Settings
from tests.conftest import ROOT

API_DOC = ROOT / "docs" / "api.md"
SECURITY_DOC = ROOT / "docs" / "security.md"
SETTING_DOCS = [API_DOC, SECURITY_DOC]

Row = dict[str, str]
_CODE = re.compile(r"`([^`]+)`")
_TABLE = re.compile(r"((?:^\|.*\|[ \t]*\n)+)", re.MULTILINE)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _rows(block: str) -> list[Row]:
    lines = block.strip().splitlines()
    header = [cell.lower() for cell in _cells(lines[0])]
    assert re.fullmatch(r"\|[-:| ]+\|", lines[1].strip()), f"not a table: {lines[:2]}"
    rows = []
    for line in lines[2:]:
        cells = _cells(line)
        assert len(cells) == len(header), f"{len(cells)} cells under {header}: {line}"
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def marked_tables(path: Path, name: str) -> list[list[Row]]:
    """Every table after ``<!-- check:NAME -->`` in ``path``."""
    text = path.read_text(encoding="utf-8")
    found = re.findall(rf"<!-- check:{name} -->\n((?:^\|.*\|[ \t]*\n)+)", text, re.MULTILINE)
    return [_rows(block) for block in found]


def marked_table(path: Path, name: str) -> list[Row]:
    (table,) = marked_tables(path, name)
    return table


def all_tables(path: Path) -> list[list[Row]]:
    return [_rows(block) for block in _TABLE.findall(path.read_text(encoding="utf-8"))]


def code_spans(cell: str) -> list[str]:
    """The text of each `code span` in a cell."""
    return _CODE.findall(cell)


@dataclass(frozen=True)
class StatedDefault:
    """One row of a settings table: which setting, and the default it states."""

    doc: str
    setting: str
    """The field of :class:`Settings` (``max_tokens``), or ``fixed`` for a constant."""
    stated: str
    row: Row


def stated_defaults(path: Path) -> list[StatedDefault]:
    """Every (setting, default) a table of ``path`` states."""
    stated = []
    for table in all_tables(path):
        columns = list(table[0]) if table else []
        setting_column = next((c for c in columns if c.startswith("setting")), None)
        if setting_column is None or "default" not in columns:
            continue
        # security.md's limits table names `MAX_TOKENS` under "setting (`GRAPH_API_...`)".
        prefix = "GRAPH_API_" if "graph_api_..." in setting_column else ""
        for row in table:
            names = code_spans(row[setting_column])
            if row[setting_column] == "fixed":
                names = ["fixed"]
            for name in names:
                full = name if name == "fixed" else prefix + name
                setting = "fixed" if full == "fixed" else setting_field(full)
                stated.append(StatedDefault(path.name, setting, row["default"], row))
    return stated


def setting_field(variable: str) -> str:
    """The Settings field an environment variable sets (``GRAPH_API_MAX_TOKENS``:
    ``max_tokens``); fails naming a variable that sets nothing."""
    assert variable.startswith("GRAPH_API_"), f"{variable} is not a GRAPH_API_ variable"
    field = variable.removeprefix("GRAPH_API_").lower()
    assert field in Settings.model_fields, f"{variable} is not a setting (graph_api/config.py)"
    return field


_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?: (?:bytes|s))?")


def default_matches(setting: str, stated: str) -> bool:
    """Whether ``stated`` ("2,000,000 bytes", "10 s", "on", "`production`", "on in
    development, off in production") is the default of ``setting``."""
    text = stated.replace("`", "").strip()
    if text == "on in development, off in production":
        development = getattr(Settings(environment="development"), setting)
        production = getattr(Settings(environment="production"), setting)
        return development is True and production is False
    default: Any = Settings.model_fields[setting].default
    if isinstance(default, bool):
        return text in (("on", "true") if default else ("off", "false"))
    if isinstance(default, int | float):
        number = _NUMBER.fullmatch(text)
        return number is not None and float(number.group(1).replace(",", "")) == default
    return text == str(default)


def _extensions_cell(code: str) -> str:
    for row in marked_table(API_DOC, "error-codes"):
        if code_spans(row["code"]) == [code]:
            return row["extensions"]
    raise AssertionError(f"{code} is not in api.md's error table")


def _named(parts: list[str]) -> set[str]:
    return {name for part in parts for name in code_spans(part) if name.isidentifier()}


def documented_extensions(code: str) -> set[str]:
    """The extensions besides ``code`` that api.md's error table lists for ``code`` as
    always there: those of each ';'-separated part not saying "when"."""
    return _named([p for p in _extensions_cell(code).split(";") if " when " not in p])


def conditional_extensions(code: str) -> set[str]:
    """The extensions api.md lists for ``code`` as there only sometimes (a part saying
    "when": ``errorCount`` when there are more than 50)."""
    return _named([p for p in _extensions_cell(code).split(";") if " when " in p])


def assert_documented_extensions(extensions: dict[str, object], code: str) -> None:
    """``extensions`` (of an error coded ``code``) hold every extension api.md lists as
    always there, and nothing it does not list."""
    given = set(extensions) - {"code"}
    always = documented_extensions(code)
    assert always <= given <= always | conditional_extensions(code), (code, extensions)
