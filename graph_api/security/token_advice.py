"""What a caller refused for want of a token is told to do, in one place.

The 401 of GraphQL over HTTP, the role check of each operation and ``graph-api serve``'s
start-up lines give the same advice: how to send a token, how to get one
(``graph-api keys create``), and, for reading, that a development server lets anyone read
without one.
"""

from graph_api.security.roles import Role

SEND = "send 'Authorization: Bearer <API key or JWT>'"


def keys_create(role: Role) -> str:
    """The command that makes an API key for ``role``."""
    return f"graph-api keys create --name NAME --role {role.label}"


def _ways_out(role: Role) -> str:
    return (
        f"{SEND}, with an API key from `{keys_create(role)}` (viewer to read, editor to write, "
        "admin to delete and import), run where the server runs. Or, to read without a "
        "token, run the server with GRAPH_API_ENVIRONMENT=development."
    )


NO_TOKEN = f"A token is needed: {_ways_out(Role.VIEWER)}"
"""The 401 of a request without a token where anonymous reading is off."""


def field_needs_token(field: str) -> str:
    """``field`` was called without a token where anonymous reading is off."""
    return f"{field} needs a token: {_ways_out(Role.VIEWER)}"


def write_needs_token(field: str, role: Role) -> str:
    """An anonymous reader called ``field``, which needs ``role``: reading is all callers
    without a token may do, in any mode."""
    return (
        f"{field} needs a token with the {role.label} role: callers without a token may "
        f"only read. {SEND[0].upper()}{SEND[1:]}, with an API key from "
        f"`{keys_create(role)}`, run where the server runs."
    )
