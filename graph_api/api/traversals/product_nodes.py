"""Helpers of the product traversals' resolvers (painfulSteps, opportunityScores,
traceability, storyMap): loading result keys as nodes, checking named nodes exist."""

from strawberry.types import Info

from graph_api.api.ids import node_ref
from graph_api.api.types.base import GraphNode
from graph_api.api.types.nodes import to_node
from graph_api.errors import FieldError, NotFound, ValidationFailed
from graph_api.metamodel import is_key


async def load_nodes(info: Info, kind: str, keys: list[str]) -> list[GraphNode]:
    """The nodes of ``kind`` with ``keys``, in the order of the keys (through the loaders).

    Keys the store no longer holds (a concurrent delete) are left out.
    """
    records = await info.context.loaders.nodes(kind).load_many(keys)
    return [to_node(r) for r in records if r is not None]


async def load_node(info: Info, kind: str, key: str) -> GraphNode:
    """One node a traversal returned; NOT_FOUND if it vanished since."""
    record = await info.context.loaders.nodes(kind).load(key)
    if record is None:
        raise NotFound(kind, key)
    return to_node(record)


def key_of(value: str, kind: str, path: str) -> str:
    """The key a global ID or key argument names; VALIDATION if malformed or of another kind."""
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
