"""Checking the arguments of the traversal queries: every malformed one listed in one
VALIDATION error, then NOT_FOUND for a node that does not exist."""

from strawberry.types import Info

from graph_api.errors import FieldError, NotFound, ValidationFailed
from graph_api.graphql.ids import node_ref
from graph_api.metamodel import is_key


def key_of(value: str, kind: str, path: str) -> str:
    """The key a node argument of ``kind`` names (:func:`node_ref`); VALIDATION if malformed
    or of another kind."""
    return node_ref(value, kind, path).key


def optional_key(value: str | None, kind: str, path: str, errors: list[FieldError]) -> str | None:
    """Like :func:`key_of` for an optional argument, adding any problem to ``errors`` so
    that one VALIDATION error can list every malformed argument."""
    if value is None:
        return None
    try:
        return key_of(value, kind, path)
    except ValidationFailed as exc:
        errors.extend(exc.errors)
        return None


async def require_node(info: Info, kind: str, key: str | None) -> None:
    """NOT_FOUND unless the node exists (nothing to check when ``key`` is None)."""
    if key is not None and await info.context.loaders.nodes(kind).load(key) is None:
        raise NotFound(kind, key)


def check_key(value: str | None, path: str) -> list[FieldError]:
    """A field error if ``value`` is given but is not a well-formed key."""
    if value is None or is_key(value):
        return []
    return [FieldError(path, f"{value!r} is not a valid key")]


def check_first(info: Info, first: int | None) -> list[FieldError]:
    """A field error if ``first`` is given but outside 0..the configured maximum page size."""
    maximum: int = info.context.settings.max_page_size
    if first is None or 0 <= first <= maximum:
        return []
    return [FieldError("first", f"must be between 0 and {maximum}, got {first}")]


def raise_if(errors: list[FieldError]) -> None:
    """VALIDATION listing every problem, if there is any."""
    if errors:
        raise ValidationFailed(errors)
