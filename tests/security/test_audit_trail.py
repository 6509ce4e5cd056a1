"""The audit trail: who created and changed each node, and the append-only change log.

Run on both stores through the API, with callers told apart by their JWT subjects
(recorded ``jwt:<sub>``).
"""

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from graph_api.errors import NotFound
from graph_api.store.base import GraphStore, NodeRef, UpsertNode
from graph_api.store.change_log import ChangeLogQuery
from tests.auth_headers import headers_for
from tests.conftest import app_client
from tests.graphql_client import error_codes, gql, gql_data

CREATE = 'mutation { createPersona(key: "pat", input: {name: "Pat"}) { createdBy updatedBy } }'
UPDATE = 'mutation { updatePersona(id: "pat", input: {segment: "Renters"}) { version } }'
PAT_ID = "UGVyc29uYTpwYXQ"  # Persona:pat
LOG = """
query($node: ID, $since: DateTime, $after: Int, $first: Int) {
  changeLog(nodeId: $node, since: $since, after: $after, first: $first) {
    hasMore lastSeq
    entries { seq actor change { kind key version relationship target { key } } }
  }
}
"""


def _act_as(client: httpx.AsyncClient, role: str, subject: str) -> None:
    client.headers.update(headers_for(role, subject))


def _summary(page: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (e["actor"], e["change"]["kind"], e["change"]["key"], e["change"]["version"])
        for e in page["entries"]
    ]


async def test_nodes_record_who_created_and_who_changed_them(store: GraphStore) -> None:
    async with app_client(store) as client:
        _act_as(client, "editor", "ed@example.org")
        created = (await gql_data(client, CREATE))["createPersona"]
        assert created == {"createdBy": "jwt:ed@example.org", "updatedBy": "jwt:ed@example.org"}
        _act_as(client, "editor", "sue@example.org")
        await gql_data(client, UPDATE)
        node = await gql_data(client, '{ persona(key: "pat") { createdBy updatedBy } }')
        assert node["persona"] == {
            "createdBy": "jwt:ed@example.org",
            "updatedBy": "jwt:sue@example.org",
        }


async def test_the_change_log_lists_every_change_with_its_actor(store: GraphStore) -> None:
    async with app_client(store) as client:
        _act_as(client, "editor", "ed")
        await gql_data(client, CREATE)
        await gql_data(client, UPDATE)
        await gql_data(client, UPDATE)  # the same values: no change, no entry
        job = 'mutation { createJob(key: "move", input: {statement: "Move home"}) { key } }'
        await gql_data(client, job)
        link = (
            f'mutation {{ link(sourceId: "{PAT_ID}", field: "jobs", '
            'targetId: "Sm9iOm1vdmU") { type } }'
        )
        await gql_data(client, link)
        _act_as(client, "admin", "root")
        await gql_data(client, 'mutation { deletePersona(id: "pat") { key } }')

        about_pat = (await gql_data(client, LOG, node=PAT_ID))["changeLog"]
        assert _summary(about_pat) == [
            ("jwt:ed", "CREATED", "pat", 1),
            ("jwt:ed", "UPDATED", "pat", 2),
            ("jwt:ed", "LINKED", "pat", None),
            ("jwt:root", "DELETED", "pat", None),
        ]
        assert about_pat["entries"][2]["change"]["relationship"] == "HAS_JOB"
        assert about_pat["entries"][2]["change"]["target"] == {"key": "move"}
        seqs = [e["seq"] for e in about_pat["entries"]]
        assert seqs == sorted(seqs) and len(set(seqs)) == 4

        everything = (await gql_data(client, LOG, first=2))["changeLog"]
        assert (len(everything["entries"]), everything["hasMore"]) == (2, True)
        rest = (await gql_data(client, LOG, after=everything["lastSeq"]))["changeLog"]
        assert len(everything["entries"]) + len(rest["entries"]) == 5
        assert rest["hasMore"] is False

        later = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()
        assert (await gql_data(client, LOG, since=later))["changeLog"]["entries"] == []


async def test_refused_and_failed_writes_leave_no_entry(store: GraphStore) -> None:
    async with app_client(store) as client:
        await gql_data(client, CREATE)
        stale = (
            'mutation { updatePersona(id: "pat", expectedVersion: 7, input: {name: "X"}) { key } }'
        )
        assert error_codes(await gql(client, stale)) == ["CONFLICT"]
        _act_as(client, "viewer", "vic")
        assert error_codes(await gql(client, UPDATE)) == ["FORBIDDEN"]
        # A write failing part-way (its second op names a missing node) logs nothing.
        bad = [
            UpsertNode("Persona", "kim", {"name": "Kim"}),
            UpsertNode("Persona", "nobody", {"name": "N"}, must_exist=True),
        ]
        with pytest.raises(NotFound):
            await store.write(bad, actor="batch")
        entries = await store.change_log(ChangeLogQuery(first=100))
    assert [(e.actor, e.event.type.value, e.event.node) for e in entries] == [
        ("jwt:tests", "CREATED", NodeRef("Persona", "pat"))
    ]
