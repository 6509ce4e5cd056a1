"""What each committed write changed: events for the change feed and the change log.

:func:`change_events` derives the events from a :class:`~graph_api.store.base.WriteResult`,
so they describe what the store actually did. The stores append them, with who made the
write, to an append-only change log in the write's own transaction (``changeLog``); the
API publishes them to live subscribers after the commit (``changes``).
"""

import enum
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime

from graph_api.store.base import NodeRef, WriteResult


class ChangeType(enum.Enum):
    """What happened to a node or a relationship."""

    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"
    LINKED = "LINKED"
    UNLINKED = "UNLINKED"


@dataclass(frozen=True, slots=True)
class ChangeEvent:
    """One change a committed write made.

    For node events ``node`` is the node changed; for LINKED/UNLINKED it is the
    relationship's source, with ``relationship``, ``source`` and ``target`` set.
    ``version`` is the node's version after the change: None for DELETED and for link
    events (a relationship does not change the version of its ends).
    """

    type: ChangeType
    node: NodeRef
    version: int | None
    at: datetime
    relationship: str | None = None
    source: NodeRef | None = None
    target: NodeRef | None = None

    @property
    def kinds(self) -> frozenset[str]:
        """The node kinds the event concerns: the node's, or both ends' of a link."""
        ends = (self.source, self.target)
        return frozenset({self.node.kind, *(ref.kind for ref in ends if ref is not None)})

    def concerns(self, kinds: Collection[str] | None) -> bool:
        """Whether a subscriber to ``kinds`` (None: every kind) receives this event."""
        return kinds is None or not self.kinds.isdisjoint(kinds)


def change_events(result: WriteResult, at: datetime | None = None) -> list[ChangeEvent]:
    """The events of one committed write: its net effect, node by node and link by link.

    In this order: DELETED, CREATED, UPDATED, LINKED, UNLINKED. A node is reported by
    how it compares before and after the write, however many operations named it: one
    CREATED or UPDATED with its final version; DELETED then CREATED when the write
    deleted and re-created it; nothing when it created and deleted it. Links of nodes
    the write left deleted give nothing (DELETED stands for them, as for the links a
    delete takes with it), nor does a link added and removed (or removed and re-added).

    ``at`` defaults to now; CREATED and UPDATED take the node's ``updatedAt``.
    """
    at = at or datetime.now(UTC)
    creates, deletes = Counter(result.created), Counter(result.deleted)
    deleted: list[ChangeEvent] = []
    created: list[ChangeEvent] = []
    gone: set[NodeRef] = set()
    for ref in dict.fromkeys([*result.deleted, *result.created]):
        # ``records`` holds every upserted node that still exists after the write.
        record = result.records.get(ref)
        existed_before = (record is not None) - creates[ref] + deletes[ref] == 1
        if existed_before and deletes[ref]:
            deleted.append(ChangeEvent(ChangeType.DELETED, ref, None, at))
        if record is None:
            gone.add(ref)
        elif creates[ref]:
            created.append(ChangeEvent(ChangeType.CREATED, ref, record.version, record.updated_at))
    updated = [
        ChangeEvent(ChangeType.UPDATED, ref, record.version, record.updated_at)
        for ref in dict.fromkeys(result.updated)
        if not creates[ref] and (record := result.records.get(ref)) is not None
    ]
    added, removed = Counter(result.links_added), Counter(result.links_removed)
    links = [
        ChangeEvent(type_, link.source, None, at, link.type, link.source, link.target)
        for type_, these, others in (
            (ChangeType.LINKED, added, removed),
            (ChangeType.UNLINKED, removed, added),
        )
        for link, times in these.items()
        if times > others[link] and gone.isdisjoint((link.source, link.target))
    ]
    return deleted + created + updated + links


@dataclass(frozen=True, slots=True)
class ChangeLogEntry:
    """One change as the log keeps it: numbered in commit order, with who made it."""

    seq: int
    actor: str
    event: ChangeEvent


@dataclass(frozen=True, slots=True)
class ChangeLogQuery:
    """Entries about ``node`` (or all), at or after ``since``, after ``after_seq``."""

    node: NodeRef | None = None
    since: datetime | None = None
    after_seq: int | None = None
    first: int = 20


def ref_text(ref: NodeRef) -> str:
    """How the stores write a node reference in a log entry: ``Kind:key``."""
    return f"{ref.kind}:{ref.key}"


def parse_ref(text: str | None) -> NodeRef | None:
    """The node reference :func:`ref_text` wrote (None stays None)."""
    if text is None:
        return None
    kind, _, key = text.partition(":")
    return NodeRef(kind, key)
