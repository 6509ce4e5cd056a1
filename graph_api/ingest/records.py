"""A raw record checked into the node it writes: the node's key, its properties (checked
by the metamodel's own model of the kind, as every other write is) and its links.

Before the metamodel's model sees a value, its JSON type is checked here: the models
convert in lax mode (``"12"`` or ``true`` to a number, a number to a date), which suits a
model file but would let a source system's wrong column pass unnoticed. A record is
refused with every problem found, each naming its field.
"""

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph_api.errors import FieldError
from graph_api.ingest.keys import node_key
from graph_api.ingest.limits import MAX_ID_CHARS, MAX_TARGETS
from graph_api.metamodel.keys import KEY_MAX_LENGTH, is_key
from graph_api.metamodel.text import unrepresentable_problem
from graph_api.metamodel.validation import key_error, property_errors

RECORD_TYPES: dict[str, str] = {"measurement": "Measurement", "evidence": "Evidence"}
"""A record's ``type`` -> the node kind it writes."""

PROPERTY_FIELDS: dict[str, tuple[str, ...]] = {
    "Measurement": ("value", "at"),
    "Evidence": ("kind", "summary", "source", "collectedAt", "sampleSize", "score"),
}
"""The properties a record of each kind sets; the node's other properties (a description,
translations) are the graph's own and kept as they are."""

LINK_FIELDS: dict[str, tuple[str, ...]] = {
    "Measurement": ("kpi",),
    "Evidence": ("steps", "touchpoints", "painPoints", "outcomes"),
}
"""The relationship fields (of the node's kind, :func:`graph_api.metamodel.relationship_fields`)
a record of each kind names its targets in. A record names all of them: a target it no
longer names is unlinked."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_FIELDS = frozenset({"at", "collectedAt"})
_NUMBER_FIELDS = frozenset({"value", "score"})
_INTEGER_FIELDS = frozenset({"sampleSize"})
_TEXT_FIELDS = frozenset({"kind", "summary", "source"})


@dataclass(frozen=True, slots=True)
class CheckedRecord:
    """What a valid record writes."""

    kind: str
    """``Measurement`` or ``Evidence``."""
    external_id: str
    key: str
    props: Mapping[str, Any]
    """The properties it sets, as stored (camelCase, JSON values)."""
    links: Mapping[str, frozenset[str]]
    """Relationship field -> the keys of the nodes it links to (every field of
    :data:`LINK_FIELDS`, empty sets included)."""


def check_record(fields: Mapping[str, Any]) -> CheckedRecord | list[FieldError]:
    """The record ``fields`` describe, or every problem with them."""
    type_ = fields.get("type")
    if not isinstance(type_, str) or type_ not in RECORD_TYPES:
        shown = "missing" if type_ is None else f"{type_!r} is not a record type"
        return [FieldError("type", f"{shown}: use measurement or evidence")]
    kind = RECORD_TYPES[str(type_)]
    errors: list[FieldError] = []
    external_id = _external_id(fields.get("id"), errors)
    allowed = {"type", "id", *PROPERTY_FIELDS[kind], *LINK_FIELDS[kind]}
    for name in fields:
        if name not in allowed:
            known = ", ".join(sorted(allowed))
            errors.append(FieldError(name, f"not a field of {type_} records; they have: {known}"))
    # null is "not given": an optional property left out, a required one missing.
    values = {n: fields[n] for n in PROPERTY_FIELDS[kind] if fields.get(n) is not None}
    mistyped: set[str] = set()
    for name, value in values.items():
        if (problem := _type_problem(name, value)) is not None:
            errors.append(FieldError(name, problem))
            mistyped.add(name)
    links = _links(kind, fields, errors)
    props, property_problems = property_errors(kind, values)
    # A value of the wrong type has its problem said once, above.
    errors.extend(e for e in property_problems if e.path.split(".")[0] not in mistyped)
    if errors or external_id is None:
        return errors
    return CheckedRecord(kind, external_id, node_key(external_id), props, links)


def _external_id(value: Any, errors: list[FieldError]) -> str | None:
    """The record's id as text (a whole number is taken as its digits), or None with the
    problem added to ``errors``."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if value is None:
        problem = "missing: every record needs an id, its name in the system it comes from"
    elif not isinstance(value, str):
        problem = f"must be text or a whole number, not {_json_type(value)}"
    elif not value.strip():
        problem = "must not be blank"
    elif value != value.strip():
        problem = "must not start or end with spaces"
    elif len(value) > MAX_ID_CHARS:
        problem = f"holds {len(value)} characters; at most {MAX_ID_CHARS}"
    elif (unrepresentable := unrepresentable_problem(value)) is not None:
        problem = unrepresentable
    else:
        return value
    errors.append(FieldError("id", problem))
    return None


def _type_problem(name: str, value: Any) -> str | None:
    """Why ``value`` has the wrong JSON type for the field ``name``, or None."""
    if name in _NUMBER_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be a number, not {_json_type(value)}"
        if isinstance(value, int) and abs(value) > 2**1023:
            return "is too large for a number of the graph"
        if isinstance(value, float) and not math.isfinite(value):
            return "must be a finite number"
    elif name in _INTEGER_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be a whole number, not {_json_type(value)}"
    elif name in _DATE_FIELDS:
        if not isinstance(value, str):
            return f"must be a date written YYYY-MM-DD, not {_json_type(value)}"
        if not _DATE.fullmatch(value):
            return f"{value[:40]!r} is not a date written YYYY-MM-DD"
    elif name in _TEXT_FIELDS and not isinstance(value, str):
        return f"must be text, not {_json_type(value)}"
    return None


def _links(
    kind: str, fields: Mapping[str, Any], errors: list[FieldError]
) -> dict[str, frozenset[str]]:
    """The targets the record names, field by field; problems added to ``errors``."""
    links: dict[str, frozenset[str]] = {}
    if kind == "Measurement":
        kpi = fields.get("kpi")
        if kpi is None:
            errors.append(FieldError("kpi", "missing: the key of the KPI the value measures"))
        elif not isinstance(kpi, str):
            errors.append(FieldError("kpi", f"must be a key (text), not {_json_type(kpi)}"))
        elif (problem := _key_problem(kpi, "kpi")) is not None:
            errors.append(problem)
        else:
            links["kpi"] = frozenset({kpi})
        return links
    named = 0
    problems = len(errors)
    for name in LINK_FIELDS[kind]:
        keys = fields.get(name)
        if keys is None:
            continue
        if not isinstance(keys, list):
            errors.append(FieldError(name, f"must be a list of keys, not {_json_type(keys)}"))
            continue
        for position, key in enumerate(keys):
            if (problem := _key_problem(key, f"{name}[{position}]")) is not None:
                errors.append(problem)
        links[name] = frozenset(k for k in keys if isinstance(k, str) and is_key(k))
        named += len(links[name])
    if named == 0 and len(errors) == problems:
        names = ", ".join(LINK_FIELDS[kind])
        errors.append(FieldError("targets", f"name at least one target: the keys of {names}"))
    elif named > MAX_TARGETS:
        errors.append(FieldError("targets", f"names {named} targets; at most {MAX_TARGETS}"))
    for name in LINK_FIELDS[kind]:
        links.setdefault(name, frozenset())
    return links


def _key_problem(value: object, path: str) -> FieldError | None:
    """Why ``value`` is not a key, without quoting a text too long to be one whole."""
    if isinstance(value, str) and len(value) > KEY_MAX_LENGTH:
        return FieldError(
            path, f"holds {len(value)} characters; a key holds at most {KEY_MAX_LENGTH}"
        )
    return key_error(value, path)


def _json_type(value: Any) -> str:
    """The JSON name of ``value``'s type, as a message says it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


__all__ = ["LINK_FIELDS", "PROPERTY_FIELDS", "RECORD_TYPES", "CheckedRecord", "check_record"]
