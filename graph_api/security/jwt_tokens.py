"""JWTs from an identity provider: HS256 with a shared secret or RS256 with a public key.

The role comes from the ``role`` claim (``viewer``, ``editor``, ``admin`` or ``ingest``)
or, failing that, the highest of a ``roles`` list, where ``ingest`` counts only alone (it
is below the ladder: ``[ingest, viewer]`` is a viewer; a client that must read and ingest
needs ``editor``); the subject from ``sub``. ``exp`` is required.
"""

from pathlib import Path
from typing import Any

import jwt

from graph_api.security.roles import Role


class InvalidToken(Exception):
    """Why a token was refused (shown to the caller: it reveals nothing secret)."""


class JwtVerifier:
    def __init__(
        self,
        *,
        secret: str | None = None,
        public_key: str | None = None,
        audience: str | None = None,
        issuer: str | None = None,
    ) -> None:
        if public_key and not public_key.lstrip().startswith("-----BEGIN"):
            public_key = Path(public_key).read_text(encoding="utf-8")
        self._keys: list[tuple[str, str]] = []
        if secret:
            self._keys.append(("HS256", secret))
        if public_key:
            self._keys.append(("RS256", public_key))
        self._audience = audience
        self._issuer = issuer

    @property
    def configured(self) -> bool:
        return bool(self._keys)

    def verify(self, token: str) -> tuple[str, Role]:
        """The subject and role a valid token carries; InvalidToken otherwise."""
        try:
            algorithm = jwt.get_unverified_header(token).get("alg")
        except jwt.PyJWTError as exc:
            raise InvalidToken(f"not a JWT: {exc}") from None
        key = next((k for alg, k in self._keys if alg == algorithm), None)
        if key is None:
            raise InvalidToken(f"JWTs signed with {algorithm} are not accepted here")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=[str(algorithm)],
                audience=self._audience,
                issuer=self._issuer,
                options={"require": ["exp", "sub"]},
            )
        except jwt.PyJWTError as exc:
            raise InvalidToken(f"the JWT is not valid: {exc}") from None
        return str(claims["sub"]), _role(claims)


def _role(claims: dict[str, Any]) -> Role:
    try:
        if isinstance(claims.get("role"), str):
            return Role.parse(claims["role"])
        roles = claims.get("roles")
        if isinstance(roles, list) and roles:
            return max(Role.parse(str(r)) for r in roles)
    except ValueError as exc:
        raise InvalidToken(str(exc)) from None
    raise InvalidToken("the JWT has no role claim (role: viewer, editor, admin or ingest)")
