"""Reads the examples of ``docs/api.md`` and runs them.

An example is a code block after ``<!-- example:NAME:query -->`` and its answer the
block after ``<!-- example:NAME:output -->``; examples run in the order they appear.
"""

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

from tests.conftest import ROOT

API_DOC = ROOT / "docs" / "api.md"
_BLOCK = re.compile(r"<!-- example:([\w-]+):(query|output) -->\s*```\w*\n(.*?)```", re.DOTALL)


@dataclass
class Example:
    name: str
    query: str
    output: str


def examples() -> list[Example]:
    found: dict[str, dict[str, str]] = {}
    for name, part, body in _BLOCK.findall(API_DOC.read_text(encoding="utf-8")):
        found.setdefault(name, {})[part] = body
    return [Example(name, parts["query"], parts.get("output", "")) for name, parts in found.items()]


async def run(client: httpx.AsyncClient, example: Example) -> dict[str, Any]:
    """The whole JSON answer to an example's query."""
    response = await client.post("/graphql", json={"query": example.query})
    answer: dict[str, Any] = response.json()
    return answer


def shown(answer: dict[str, Any]) -> str:
    """An answer as the doc shows it."""
    return json.dumps(answer, indent=2, ensure_ascii=False) + "\n"
