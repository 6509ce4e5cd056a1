"""Credentials for test callers: JWTs signed with a secret the test servers trust.

``tests/conftest.py`` puts ``SERVER_ENV`` into the environment of the test process, so
every ``Settings()`` made in a test (and every server a test starts with this
environment) accepts these tokens. The in-process client sends ``admin_headers()``
unless a test asks for another caller.
"""

from datetime import UTC, datetime, timedelta

import jwt

TEST_JWT_SECRET = "graph-api-tests-only-" + "0123456789abcdef" * 3
SERVER_ENV = {"GRAPH_API_JWT_SECRET": TEST_JWT_SECRET}


def token(role: str, subject: str = "tests", *, expires_in: timedelta = timedelta(hours=2)) -> str:
    """A JWT for ``subject`` with ``role`` (viewer, editor or admin)."""
    claims = {"sub": subject, "role": role, "exp": datetime.now(UTC) + expires_in}
    return jwt.encode(claims, TEST_JWT_SECRET, algorithm="HS256")


def headers_for(role: str, subject: str = "tests") -> dict[str, str]:
    return {"Authorization": f"Bearer {token(role, subject)}"}


def admin_headers() -> dict[str, str]:
    """Headers of a caller with every role."""
    return headers_for("admin")
