"""Turning input into metamodel-valid properties, with every problem located.

Used wherever values enter the graph (the API's writes, model files, the store's
upgrades repairing stored values), so each checks them by the same rules.
"""

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from graph_api.errors import FieldError, ValidationFailed
from graph_api.metamodel.keys import KEY_MAX_LENGTH, is_key, slugify
from graph_api.metamodel.registry import node_spec


def join_path(prefix: str, *parts: str | int) -> str:
    """``join_path("steps[2]", "emotion") == "steps[2].emotion"``; ints become indexes."""
    path = prefix
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path = f"{path}.{part}" if path else part
    return path


def property_errors(
    kind: str, values: Mapping[str, Any], prefix: str = ""
) -> tuple[dict[str, Any], list[FieldError]]:
    """Validate ``values`` as ``kind``'s properties.

    Returns the properties as stored (camelCase, JSON values, unset optional ones left
    out) and the errors found, each with its path under ``prefix``.
    """
    try:
        model = node_spec(kind).properties.model_validate(dict(values))
    except ValidationError as exc:
        return {}, [FieldError(join_path(prefix, *err["loc"]), err["msg"]) for err in exc.errors()]
    stored = model.model_dump(mode="json", by_alias=True, exclude_none=True)
    return stored, []


def validated_properties(kind: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Like :func:`property_errors` but raises VALIDATION listing every problem."""
    stored, errors = property_errors(kind, values)
    if errors:
        raise ValidationFailed(errors, f"invalid {kind}")
    return stored


def key_error(key: object, path: str = "key") -> FieldError | None:
    """Why ``key`` is not a valid key, or None."""
    if not isinstance(key, str) or not is_key(key):
        return FieldError(
            path,
            f"{key!r} is not a valid key: use lower-case letters and digits joined by "
            f"'-', '_' or '.', at most {KEY_MAX_LENGTH} characters",
        )
    return None


def label_failed(kind: str, errors: list[FieldError], prefix: str = "") -> bool:
    """Whether one of ``errors`` is about the kind's label (its name, say), under
    ``prefix``: then that error says why no key can be derived from it."""
    label = join_path(prefix, node_spec(kind).label_field)
    return any(e.path == label or e.path.startswith((f"{label}.", f"{label}[")) for e in errors)


def derive_key(kind: str, props: Mapping[str, Any]) -> str | None:
    """A key derived from the node's label, or None when the label gives none."""
    label = props.get(node_spec(kind).label_field)
    slug = slugify(str(label)) if label is not None else ""
    return slug or None
