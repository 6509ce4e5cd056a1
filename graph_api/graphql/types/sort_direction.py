"""``SortDirection``: the direction of one key of an ``orderBy``."""

from enum import Enum

import strawberry


@strawberry.enum(description="The direction of an order.")
class SortDirection(Enum):
    ASC = "ASC"
    DESC = "DESC"
