"""Helpers for writing the generated modules: literals, annotations, imports, layout."""

import json
import re
import subprocess
import sys
import textwrap
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

LINE_LENGTH = 100

HEADER = '''"""{title}

Generated from the metamodel (graph_api/metamodel) by graph_api/graphql/types/generate.py.
Do not edit: after changing the metamodel, run ``make generated``
(``python -m graph_api.graphql.types.generate``), which rewrites this file.
"""

'''


def text(value: str) -> str:
    """``value`` as a Python string literal; a long one as parenthesised parts, so that
    the line stays within the line length wherever it is indented."""
    if len(value) <= 60:
        return json.dumps(value, ensure_ascii=False)
    parts = textwrap.wrap(
        value,
        60,
        expand_tabs=False,
        replace_whitespace=False,
        drop_whitespace=False,
        break_on_hyphens=False,
    )
    assert "".join(parts) == value, value
    return "(" + " ".join(json.dumps(p, ensure_ascii=False) for p in parts) + ")"


def annotation(python_type: Any, *, optional: bool = False) -> str:
    """The annotation of a metamodel property's Python type, as written in source."""
    known = python_type in (str, int, float, bool, date, datetime)
    if not known and not (isinstance(python_type, type) and issubclass(python_type, Enum)):
        raise TypeError(f"no GraphQL annotation for {python_type!r}")
    name: str = python_type.__name__
    return f"{name} | None" if optional else name


def imports_for(types: set[Any]) -> list[str]:
    """The import lines the annotations of ``types`` need (dates and metamodel enums)."""
    lines = []
    dated = sorted(t.__name__ for t in types if t in (date, datetime))
    if dated:
        lines.append(f"from datetime import {', '.join(dated)}")
    enums = sorted(t.__name__ for t in types if isinstance(t, type) and issubclass(t, Enum))
    if enums:
        lines.append(f"from graph_api.metamodel.enums import {', '.join(enums)}")
    return lines


def field_call(
    function: str, description: str, *, name: str | None = None, default: str | None = None
) -> str:
    """``strawberry.field(...)`` (or ``function``) with what differs from its defaults."""
    args = []
    if name is not None:
        args.append(f"name={json.dumps(name)}")
    args.append(f"description={text(description)}")
    if default is not None:
        args.append(f"default={default}")
    return f"{function}({', '.join(args)})"


def module(title: str, body: str, path: str) -> str:
    """The module's full text: the header, then ``body`` with sorted imports, formatted
    as ``ruff format`` would."""
    wrapped = "\n".join(textwrap.wrap(title, LINE_LENGTH - 12))
    source = HEADER.format(title=wrapped) + body
    source = _ruff(["check", "--fix", "--select", "I", "--quiet"], source, path)
    source = _ruff(["format", "--quiet"], source, path)
    # A long text is written in parts; where ruff joined them into one literal that
    # fits on the line, the parentheses around it go too.
    lines = [_unwrapped(line) for line in source.splitlines()]
    return _ruff(["format", "--quiet"], "\n".join(lines) + "\n", path)


_WRAPPED = re.compile(r'^(.*[=(]\s*)\(("(?:[^"\\]|\\.)*")\)(.*)$')


def _unwrapped(line: str) -> str:
    match = _WRAPPED.match(line)
    if match is None:
        return line
    joined = "".join(match.groups())
    return joined if len(joined) <= LINE_LENGTH else line


def _ruff(arguments: list[str], source: str, path: str) -> str:
    """``source`` through ruff (as the project's configuration says), read from stdin."""
    repo = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *arguments, "--stdin-filename", path, "-"],
        input=source,
        capture_output=True,
        text=True,
        cwd=repo,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"ruff {arguments[0]} refused the generated {path}: {done.stderr}")
    return done.stdout
