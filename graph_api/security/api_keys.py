"""API keys: random bearer tokens, stored hashed in a SQLite file of their own.

A token reads ``gapi_<id>_<secret>``. Only the SHA-256 of the secret is stored: the
secret has 256 random bits, so a plain hash cannot be reversed or guessed, and a stolen
keys file grants nothing. The token is shown once, when the key is created.
"""

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from graph_api.metamodel.text import unrepresentable_problem
from graph_api.security.roles import Role

PREFIX = "gapi"

MAX_NAME_LENGTH = 100
"""The longest name a key may have: a label for `graph-api keys list`, not a document."""

_LAYOUT = ("\t", "\n", "\r", "\u2028", "\u2029")
"""Tabs and line breaks: a name is shown in one cell of a table."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    secret_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
)
"""

_TABLE_EXISTS = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'api_keys'"


@dataclass(frozen=True, slots=True)
class ApiKey:
    """A key as listed: never its secret."""

    id: str
    name: str
    role: Role
    created_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def checked_name(name: str) -> str:
    """``name`` trimmed, as a key is given it; ValueError saying why it cannot name one.

    A name is one line of text every tool can show: never blank, at most
    :data:`MAX_NAME_LENGTH` characters, without tabs or line breaks and without the characters
    no export or terminal can carry (control characters, lone surrogates, U+FFFE/U+FFFF).
    """
    trimmed = name.strip()
    if not trimmed:
        raise ValueError("an API key needs a name saying who or what uses it")
    if len(trimmed) > MAX_NAME_LENGTH:
        raise ValueError(
            f"an API key's name may have at most {MAX_NAME_LENGTH} characters, "
            f"this one has {len(trimmed)}"
        )
    if (problem := unrepresentable_problem(trimmed)) is not None:
        raise ValueError(f"an API key's name {problem}")
    if any(char in trimmed for char in _LAYOUT):
        raise ValueError("an API key's name is one line: it may not hold a tab or a line break")
    return trimmed


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiKeyStore:
    """The keys file (``GRAPH_API_API_KEYS_PATH``); opened per call, safe across processes.

    Commands that change or list keys (``graph-api keys``) make the file and its table the
    first time this store opens it. Checking a token (:meth:`verify`, once per request)
    only reads: it opens the file read-only, never creates anything, and answers None
    while there is no file or no table yet.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._table_made = False

    def _open(self, *, read_only: bool) -> sqlite3.Connection:
        """The file, opened for reading only (OperationalError where it cannot be) or not."""
        if read_only:
            return sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        return sqlite3.connect(self.path)

    def _connect(self) -> sqlite3.Connection:
        """The file opened for the key commands, with its table made on first use."""
        if not self._table_made:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = self._open(read_only=False)
        if not self._table_made:
            with connection:
                connection.execute(_SCHEMA)
            self._table_made = True
        return connection

    def create(self, name: str, role: Role) -> tuple[ApiKey, str]:
        """A new key and its token (the only time the token is available); ValueError
        for a name :func:`checked_name` refuses."""
        name = checked_name(name)
        key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        with self._connect() as db:
            db.execute(
                "INSERT INTO api_keys VALUES (?, ?, ?, ?, ?, NULL)",
                (key_id, name, role.label, _digest(secret), now.isoformat()),
            )
        return ApiKey(key_id, name, role, now, None), f"{PREFIX}_{key_id}_{secret}"

    def list(self) -> list[ApiKey]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, name, role, created_at, revoked_at FROM api_keys ORDER BY created_at"
            ).fetchall()
        return [_key(row) for row in rows]

    def revoke(self, key_id: str) -> ApiKey:
        """Revoke a key (idempotent); KeyError if there is no such key."""
        with self._connect() as db:
            db.execute(
                "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                (datetime.now(UTC).isoformat(), key_id),
            )
            row = db.execute(
                "SELECT id, name, role, created_at, revoked_at FROM api_keys WHERE id = ?",
                (key_id,),
            ).fetchone()
        if row is None:
            raise KeyError(key_id)
        return _key(row)

    def verify(self, token: str) -> ApiKey | None:
        """The active key a token belongs to, or None. Blocking file I/O: async callers
        run it in a worker thread (:meth:`graph_api.security.Authenticator.principal`)."""
        prefix, _, rest = token.partition("_")
        key_id, _, secret = rest.partition("_")
        if prefix != PREFIX or not key_id or not secret or not self.path.exists():
            return None
        connection = self._open(read_only=True)
        try:
            if connection.execute(_TABLE_EXISTS).fetchone() is None:
                return None  # a file no key was ever made in
            row = connection.execute(
                "SELECT id, name, role, created_at, revoked_at, secret_sha256 "
                "FROM api_keys WHERE id = ?",
                (key_id,),
            ).fetchone()
        finally:
            connection.close()
        if row is None or not hmac.compare_digest(row[5], _digest(secret)):
            return None
        key = _key(row[:5])
        return key if key.active else None


def _key(row: tuple[str, str, str, str, str | None]) -> ApiKey:
    return ApiKey(
        id=row[0],
        name=row[1],
        role=Role.parse(row[2]),
        created_at=datetime.fromisoformat(row[3]),
        revoked_at=datetime.fromisoformat(row[4]) if row[4] else None,
    )
