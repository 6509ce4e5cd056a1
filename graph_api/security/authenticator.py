"""From an ``Authorization`` header to the principal a request acts as."""

from graph_api.config import Settings
from graph_api.errors import Unauthenticated
from graph_api.security.api_keys import PREFIX, ApiKeyStore
from graph_api.security.jwt_tokens import InvalidToken, JwtVerifier
from graph_api.security.roles import ANONYMOUS_NOBODY, ANONYMOUS_READER, Principal


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

    def principal(self, authorization: str | None) -> Principal:
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
            key = self.keys.verify(token)
            if key is None:
                raise Unauthenticated("unknown or revoked API key")
            return Principal(f"key:{key.id}", key.role, "api-key")
        if not self.jwt.configured:
            raise Unauthenticated("not an API key, and no JWT key is configured")
        try:
            subject, role = self.jwt.verify(token)
        except InvalidToken as exc:
            raise Unauthenticated(str(exc)) from None
        return Principal(subject, role, "jwt")
