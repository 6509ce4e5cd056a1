"""The arguments every list field shares, checked together: every problem reported at once."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from graph_api.config import Settings
from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.types.filters import to_filter, to_order
from graph_api.graphql.types.pagination import page_window
from graph_api.store.listing import Filter, SortKey, Window, effective_order

T = TypeVar("T")


@dataclass(frozen=True)
class ListArguments:
    """``where``, ``orderBy`` and the page arguments of a list field, in the store's terms."""

    where: Filter | None
    order: tuple[SortKey, ...]
    window: Window | None


def list_arguments(
    kind: str,
    settings: Settings,
    *,
    where: object | None,
    order_by: list[Any] | None,
    positional: bool,
    paged: bool = True,
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
) -> ListArguments:
    """Checks and converts a list field's arguments; VALIDATION lists every problem.

    ``positional``: the default order is position then key (relationship lists) rather
    than key. ``paged``: the field takes Relay's page arguments.
    """
    errors: list[FieldError] = []

    def checked(convert: Callable[[], T], fallback: T) -> T:
        try:
            return convert()
        except ValidationFailed as exc:
            errors.extend(exc.errors)
            return fallback

    condition = checked(lambda: None if where is None else to_filter(kind, where), None)
    no_order: tuple[SortKey, ...] = ()
    requested = checked(lambda: to_order(order_by), no_order)
    order = effective_order(requested, kind, positional=positional)
    span = None
    if paged:
        span = checked(
            lambda: page_window(
                settings, order, first=first, after=after, last=last, before=before
            ),
            None,
        )
    if errors:
        raise ValidationFailed(errors, "invalid arguments")
    return ListArguments(condition, order, span)
