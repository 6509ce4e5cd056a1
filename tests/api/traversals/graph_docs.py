"""Reads a query doc's example blocks (``<!-- example:query -->``/``<!-- example:output -->``)."""

import json
import re
from typing import Any

from tests.conftest import ROOT


def _block_after(marker: str, text: str) -> str:
    match = re.search(rf"<!-- {marker} -->\s*```\w*\n(.*?)```", text, re.DOTALL)
    assert match, f"no code block after <!-- {marker} -->"
    return match.group(1)


def doc_example(doc: str) -> tuple[str, dict[str, Any]]:
    """The query and the parsed output shown in ``docs/queries/<doc>``."""
    text = (ROOT / "docs" / "queries" / doc).read_text(encoding="utf-8")
    shown: dict[str, Any] = json.loads(_block_after("example:output", text))
    return _block_after("example:query", text), shown


def doc_examples(doc: str) -> list[tuple[str, dict[str, Any]]]:
    """Every query of ``docs/queries/<doc>`` with the parsed output shown after it, in order."""
    text = (ROOT / "docs" / "queries" / doc).read_text(encoding="utf-8")
    pairs = re.findall(
        r"<!-- example:query -->\s*```\w*\n(.*?)```\s*<!-- example:output -->\s*```\w*\n(.*?)```",
        text,
        re.DOTALL,
    )
    assert len(pairs) == text.count("<!-- example:query -->"), f"{doc}: a query without output"
    return [(query, json.loads(output)) for query, output in pairs]
