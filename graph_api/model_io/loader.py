"""Loading a model file into a store: all of it in one atomic write, or nothing."""

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from graph_api.errors import FieldError, ValidationFailed
from graph_api.model_io.reader import character_errors, read_model
from graph_api.store.base import SYSTEM, GraphStore, NodeRef


@dataclass(frozen=True, slots=True)
class LoadSummary:
    """What loading a model did."""

    created: int
    updated: int
    unchanged: int
    linked: int


def parse_document(text: str, source: str = "model") -> Any:
    """Parse YAML (JSON is YAML too); a syntax error is a VALIDATION error with its line."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        if isinstance(exc, yaml.reader.ReaderError) and (refused := character_errors(text)):
            raise ValidationFailed(refused, f"{source} holds characters no text may") from exc
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ValidationFailed(
            [FieldError(where, str(problem))], f"{source} is not valid YAML"
        ) from exc


async def load_model(
    store: GraphStore, document: Any, source: str = "model", *, actor: str = SYSTEM
) -> LoadSummary:
    """Upsert every node and ensure every link of ``document`` in one write.

    Raises VALIDATION listing every problem (with its location) before anything is
    written; store-side refusals (a cardinality conflict with links already stored)
    abort the one write, so the store is left exactly as it was.
    """
    # Checking a large document takes seconds: in a worker thread, off the event loop
    # (the document is the caller's alone; the store is only read afterwards).
    draft = await asyncio.to_thread(read_model, document)
    errors = list(draft.errors)
    errors.extend(await _missing_references(store, draft.external))
    if errors:
        raise ValidationFailed(errors, f"{source} is invalid ({len(errors)} errors)")
    ops = await asyncio.to_thread(draft.ops)
    result = await store.write(ops, actor=actor)
    return LoadSummary(
        created=len(result.created),
        updated=len(result.updated),
        unchanged=len(result.unchanged),
        linked=result.linked,
    )


async def load_model_file(store: GraphStore, path: Path) -> LoadSummary:
    """Load the model file at ``path``."""
    text = await asyncio.to_thread(path.read_text, encoding="utf-8")
    document = await asyncio.to_thread(parse_document, text, str(path))
    return await load_model(store, document, str(path))


async def _missing_references(store: GraphStore, refs: dict[NodeRef, str]) -> list[FieldError]:
    by_kind: dict[str, list[NodeRef]] = {}
    for ref in refs:
        by_kind.setdefault(ref.kind, []).append(ref)
    errors: list[FieldError] = []
    for kind, wanted in by_kind.items():
        found = await store.get_nodes(kind, [r.key for r in wanted])
        errors.extend(
            FieldError(refs[r], f"{r} is neither in the file nor in the store")
            for r in wanted
            if r.key not in found
        )
    return errors
