"""Who is calling and what they may do: API keys, JWTs, roles."""

from graph_api.security.authenticator import Authenticator
from graph_api.security.roles import Principal, Role

__all__ = ["Authenticator", "Principal", "Role"]
