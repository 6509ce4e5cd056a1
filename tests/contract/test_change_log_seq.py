"""What a write says it logged is what the log holds, and where the log ends, on both stores.

The change feed publishes a write's ``WriteResult.logged`` at once and later reads the
log past it (other processes' writes): the two must agree entry for entry, or a
subscriber would get an entry twice or not at all.
"""

from graph_api.store.base import GraphStore, UpsertNode
from graph_api.store.change_log import ChangeLogQuery, ChangeType
from graph_api.store.embedded.staged import LARGE_WRITE


async def test_a_write_s_logged_entries_are_the_log_s(store: GraphStore) -> None:
    assert await store.last_change_seq() == 0
    first = await store.write([UpsertNode("Persona", "pat", {"name": "Pat"})], actor="jwt:ann")
    ((seq, actor, event),) = [(e.seq, e.actor, e.event) for e in first.logged]
    assert (actor, event.type, event.node.key) == ("jwt:ann", ChangeType.CREATED, "pat")
    assert await store.change_log(ChangeLogQuery()) == first.logged
    assert await store.last_change_seq() == seq

    unchanged = await store.write([UpsertNode("Persona", "pat", {"name": "Pat"})])
    assert unchanged.logged == [] and await store.last_change_seq() == seq


async def test_a_large_write_s_entries_are_numbered_in_one_run(store: GraphStore) -> None:
    """Large enough for the embedded store to stage it in a worker thread."""
    ops = [UpsertNode("Persona", f"p{n:04}", {"name": f"P {n}"}) for n in range(LARGE_WRITE)]
    written = await store.write(ops)
    seqs = [entry.seq for entry in written.logged]
    assert seqs == list(range(seqs[0], seqs[0] + LARGE_WRITE))
    assert await store.last_change_seq() == seqs[-1]
    tail = await store.change_log(ChangeLogQuery(after_seq=seqs[-1] - 3))
    assert tail == written.logged[-3:]
