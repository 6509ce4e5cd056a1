"""Loading a model file into a store: all of it in one atomic write, or nothing."""

import asyncio
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from graph_api.errors import FieldError, ValidationFailed
from graph_api.long_work import off_the_loop
from graph_api.model_io.reader import character_errors, read_model
from graph_api.plural import counted
from graph_api.store.base import SYSTEM, AddLink, GraphStore, NodeRef
from graph_api.store.rules import CycleRefused


@dataclass(frozen=True, slots=True)
class LoadSummary:
    """What loading a model did."""

    created: int
    updated: int
    unchanged: int
    linked: int


def _number_too_long(exc: ValueError, source: str, fmt: str) -> ValidationFailed:
    """Python refuses to read an integer of more than 4300 digits (a guard against the
    quadratic cost of converting it): no property takes such a number anyway."""
    reason = str(exc).split(";")[0]
    return ValidationFailed(
        [FieldError("", f"a number too long to read: {reason}")],
        f"{source} cannot be read as {fmt}",
    )


def parse_document(text: str, source: str = "model", loader: Any = yaml.SafeLoader) -> Any:
    """Parse a YAML model document; a syntax error is a VALIDATION error with its line.

    ``loader`` is PyYAML's safe loader unless a faster one (libyaml's) is given."""
    try:
        return yaml.load(text, Loader=loader)  # a safe loader: plain data, no tags run
    except yaml.YAMLError as exc:
        if isinstance(exc, yaml.reader.ReaderError) and (refused := character_errors(text)):
            raise ValidationFailed(refused, f"{source} holds characters no text may") from exc
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ValidationFailed(
            [FieldError(where, str(problem))], f"{source} is not valid YAML"
        ) from exc
    except ValueError as exc:
        raise _number_too_long(exc, source, "YAML") from exc


def parse_json_document(text: str, source: str = "model") -> Any:
    """Parse a JSON model document; a syntax error is a VALIDATION error with its line
    and column, and every character no text may hold is listed with its own.

    JSON is read as JSON, not as YAML: YAML would read a raw U+2028 or U+2029 in a
    string as a line break and fold the spaces around it away."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        errors = character_errors(text)  # JSON stops at the first, if it refuses it at all
        if all(e.path != where for e in errors):
            errors.insert(0, FieldError(where, exc.msg))
        raise ValidationFailed(errors, f"{source} is not valid JSON") from exc
    except ValueError as exc:
        raise _number_too_long(exc, source, "JSON") from exc


def parse_model_file_text(text: str, path: Path) -> Any:
    """Parse a model file's ``text``: as JSON when its name ends in ``.json``, else YAML."""
    if path.suffix.lower() == ".json":
        return parse_json_document(text, str(path))
    return parse_document(text, str(path))


async def load_model(
    store: GraphStore, document: Any, source: str = "model", *, actor: str = SYSTEM
) -> LoadSummary:
    """Upsert every node and ensure every link of ``document`` in one write.

    Raises VALIDATION listing every problem (with its location, in document order)
    before anything is written; store-side refusals (a cardinality conflict with links
    already stored, a hierarchy link closing a cycle through stored links) abort the one
    write, so the store is left exactly as it was.
    """
    # Checking a large document takes seconds: in a worker thread, off the event loop
    # (the document is the caller's alone; the store is only read afterwards).
    draft = await off_the_loop(read_model, document)
    missing = await _missing_references(store, draft.external)
    errors = draft.in_document_order([*draft.errors, *missing]) if missing else draft.errors
    if errors:
        raise ValidationFailed(errors, f"{source} is invalid ({counted(len(errors), 'error')})")
    ops = await off_the_loop(draft.ops)
    try:
        result = await store.write(ops, actor=actor)
    except CycleRefused as exc:  # the file's links with those stored: located in the file
        closing = AddLink(exc.type, exc.cycle[0], exc.cycle[1])
        raise exc.at(draft.links.get(closing, "")) from exc
    return LoadSummary(
        created=len(result.created),
        updated=len(result.updated),
        unchanged=len(result.unchanged),
        linked=result.linked,
    )


async def load_model_file(store: GraphStore, path: Path) -> LoadSummary:
    """Load the model file at ``path`` (JSON by its ``.json`` name, else YAML)."""
    # utf-8-sig: a byte order mark, which some editors write, is not part of the JSON.
    text = await asyncio.to_thread(path.read_text, encoding="utf-8-sig")
    document = await off_the_loop(parse_model_file_text, text, path)
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
