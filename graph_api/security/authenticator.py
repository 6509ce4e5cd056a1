"""From an ``Authorization`` header to the principal a request acts as.

:meth:`Authenticator.principal` is asynchronous: an API key is looked up in its file in a
worker thread, so a slow disk never holds the event loop. A request resolves its caller
once (:mod:`graph_api.security.callers`).
"""

import asyncio

from graph_api.config import Settings
from graph_api.errors import Unauthenticated
from graph_api.metamodel.text import UNREPRESENTABLE
from graph_api.security.api_keys import PREFIX, ApiKeyStore
from graph_api.security.jwt_tokens import InvalidToken, JwtVerifier
from graph_api.security.roles import (
    ANONYMOUS_NOBODY,
    ANONYMOUS_READER,
    Principal,
    api_key_subject,
    jwt_subject,
)

MAX_SUBJECT_LENGTH = 255
"""The longest JWT ``sub`` accepted: OpenID Connect's bound (a subject is recorded on
every node a caller writes and on every change-log entry)."""


def subject_problem(sub: str) -> str | None:
    """Why a JWT's ``sub`` cannot name a caller in the audit trail, or None."""
    if not sub.strip():
        return "the JWT's sub is empty or blank"
    if len(sub) > MAX_SUBJECT_LENGTH:
        return f"the JWT's sub is longer than {MAX_SUBJECT_LENGTH} characters"
    if (found := UNREPRESENTABLE.search(sub)) is not None:
        return (
            f"the JWT's sub holds U+{ord(found.group()):04X} at character {found.start() + 1}: "
            "control characters (but tab, line feed and carriage return), lone surrogates "
            "and non-characters cannot be recorded"
        )
    return None


class Authenticator:
    """Checks bearer tokens: API keys (``gapi_...``) first, else JWTs."""

    def __init__(self, settings: Settings) -> None:
        self.keys = ApiKeyStore(settings.api_keys_path)
        self.jwt = JwtVerifier(
            secret=settings.jwt_secret.get_secret_value() or None,
            public_key=settings.jwt_public_key or None,
            audience=settings.jwt_audience or None,
            issuer=settings.jwt_issuer or None,
        )
        self.anonymous = ANONYMOUS_READER if settings.anonymous_read else ANONYMOUS_NOBODY

    async def principal(self, authorization: str | None) -> Principal:
        """Who the header names; anonymous without one; UNAUTHENTICATED for a bad one.

        A token that is present but wrong is refused outright rather than read as
        anonymous, so that a client with an expired token learns why at once.
        """
        if not authorization:
            return self.anonymous
        scheme, _, token = authorization.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise Unauthenticated("the Authorization header must read 'Bearer <token>'")
        if token.startswith(f"{PREFIX}_"):
            key = await asyncio.to_thread(self.keys.verify, token)
            if key is None:
                raise Unauthenticated("unknown or revoked API key")
            return Principal(api_key_subject(key.id), key.role, "api-key")
        if not self.jwt.configured:
            raise Unauthenticated("not an API key, and no JWT key is configured")
        try:
            subject, role = self.jwt.verify(token)
        except InvalidToken as exc:
            raise Unauthenticated(str(exc)) from None
        if (problem := subject_problem(subject)) is not None:
            raise Unauthenticated(problem)
        # Prefixed whatever the sub reads: a JWT whose sub is "key:5" is recorded as
        # "jwt:key:5", never as the API key "key:5".
        return Principal(jwt_subject(subject), role, "jwt")
