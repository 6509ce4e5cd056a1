"""How the Neo4j store opens sessions: reads in READ transactions, writes in WRITE ones,
all of a process in one causal chain.

The access mode is what lets a cluster spread the load. Through a routing URI
(``neo4j://``, ``neo4j+s://``, ``neo4j+ssc://``) the driver sends a READ transaction to a
member that serves reads (a follower or a secondary) and a WRITE transaction to the
database's leader; Aura is such a cluster. Through a direct URI
(``bolt://``) every transaction goes to the one server named, which still enforces the
mode: a write in a READ transaction is refused (``Neo.ClientError.Statement.AccessMode``),
so a read path that writes fails on one server exactly as it would in a cluster.

A follower applies the leader's commits a little later. So that a read that follows a
write sees it wherever it runs, every session of the process shares one bookmark
manager: each transaction starts from the bookmarks of those that committed before it,
and a member that has not yet applied them waits until it has (causal consistency).
Within one process that is read-your-writes; another process sees a write once the
member it reads from has applied it, as any cluster client does.
"""

from collections.abc import Callable

from neo4j import READ_ACCESS, WRITE_ACCESS, AsyncDriver, AsyncSession
from neo4j.api import AsyncBookmarkManager
from neo4j.exceptions import Neo4jError

READ = READ_ACCESS
WRITE = WRITE_ACCESS

OpenSession = Callable[[str], AsyncSession]
"""Opens a session of the store's causal chain in an access mode (``Neo4jStore.session``)."""

ACCESS_MODE_REFUSED = "Neo.ClientError.Statement.AccessMode"
"""Neo4j's code for a write in a READ transaction (or a write sent to a member that
cannot take writes)."""


class WriteInReadTransaction(RuntimeError):
    """A query run as a read tried to write: a bug in the read path, never the caller's
    fault. Masked to clients (an internal error), logged with this message."""

    def __init__(self, uri: str, refusal: Neo4jError) -> None:
        super().__init__(
            f"a read of the Neo4j store at {uri} tried to write, and Neo4j refused it "
            f"({refusal.message}): reads run in READ transactions, which a cluster may "
            "route to a member that takes no writes; writes go through the store's write "
            "methods, in WRITE transactions"
        )


def is_write_in_read(error: Neo4jError) -> bool:
    """Whether Neo4j refused ``error``'s query for writing in a READ transaction."""
    return error.code == ACCESS_MODE_REFUSED


def open_session(
    driver: AsyncDriver, database: str, access_mode: str, bookmarks: AsyncBookmarkManager
) -> AsyncSession:
    """A session on ``database`` whose transactions default to ``access_mode`` (what
    ``run`` and ``begin_transaction`` use; ``execute_read``/``execute_write`` say their
    own), chained to the process's other sessions through ``bookmarks``."""
    return driver.session(
        database=database, default_access_mode=access_mode, bookmark_manager=bookmarks
    )
