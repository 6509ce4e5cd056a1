"""``POST /tracker/import`` on both stores: the report answered, editors only, raw and
multipart bodies, and every refusal in the API's refusal shape."""

import httpx
import pytest

from graph_api.store.base import GraphStore
from tests.auth_headers import headers_for
from tests.conftest import app_client, app_settings
from tests.tracker.targets import FIXTURES, items, jira_csv, seed_targets, story

URL = "/tracker/import"
CSV = {"Content-Type": "text/csv"}


async def test_an_editor_imports_and_reimports(store: GraphStore) -> None:
    await seed_targets(store)
    export = (FIXTURES / "jira-claims.csv").read_bytes()
    async with app_client(store, headers=headers_for("editor", "ed")) as http:
        first = await http.post(URL, params={"format": "jira-csv"}, content=export, headers=CSV)
        assert first.status_code == 200, first.text
        body = first.json()
        assert body["written"] is True
        assert body["counts"] == {
            "created": 5,
            "updated": 0,
            "unchanged": 0,
            "refused": 0,
            "linksAdded": 6,
            "linksNoLongerLabelled": 0,
            "missingFromExport": 0,
        }
        assert body["created"][1] == {"trackerKey": "CLAIMS-2", "key": "claims-2", "changes": []}
        changed = (FIXTURES / "jira-claims-changed.csv").read_bytes()
        second = await http.post(URL, params={"format": "jira-csv"}, content=changed, headers=CSV)
        body = second.json()
        assert body["updated"] == [
            {
                "trackerKey": "CLAIMS-2",
                "key": "claims-2",
                "changes": ["resolvedAt", "status", "title"],
            },
            {"trackerKey": "CLAIMS-5", "key": "claims-5", "changes": ["parent"]},
        ]
        assert body["linksNoLongerLabelled"] == [
            {
                "trackerKey": "CLAIMS-2",
                "key": "claims-2",
                "field": "painPoints",
                "target": "lost-paperwork",
            }
        ]
        assert body["missingFromExport"] == [{"trackerKey": "CLAIMS-4", "key": "claims-4"}]
        stored = await items(store)  # while the app has the store open
    assert stored["claims-6"].created_by == "jwt:ed"
    assert stored["claims-2"].updated_by == "jwt:ed"


async def test_multipart_with_a_mapping_and_a_dry_run(client: httpx.AsyncClient) -> None:
    export = jira_csv(story("CL-1", type="Chore"))
    files = {
        "export": ("export.csv", export, "text/csv"),
        "mapping": ("mapping.yaml", b"key_prefix: jira-\nkinds: {Chore: task}\n", "text/yaml"),
    }
    params = {"format": "jira-csv", "dryRun": "true"}
    answer = await client.post(URL, params=params, files=files)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["dryRun"], body["written"]) == (True, False)
    assert body["created"] == [{"trackerKey": "CL-1", "key": "jira-cl-1", "changes": []}]
    count = await client.post("/graphql", json={"query": "{ backlogItems { totalCount } }"})
    assert count.json()["data"]["backlogItems"]["totalCount"] == 0


async def test_all_or_nothing_answers_422_and_writes_nothing(client: httpx.AsyncClient) -> None:
    export = jira_csv(story("A-1"), story("A-2", priority="P9"))
    params = {"format": "jira-csv", "allOrNothing": "true"}
    answer = await client.post(URL, params=params, content=export, headers=CSV)
    assert answer.status_code == 422
    assert answer.json()["refused"] == [
        {
            "where": "line 3",
            "trackerKey": "A-2",
            "reasons": ["priority 'P9' is not mapped: add it to priorities in the mapping"],
        }
    ]
    count = await client.post("/graphql", json={"query": "{ backlogItems { totalCount } }"})
    assert count.json()["data"]["backlogItems"]["totalCount"] == 0


@pytest.mark.parametrize(
    ("params", "content", "headers", "status", "code", "message"),
    [
        ({}, b"x", CSV, 400, "BAD_REQUEST", "say what the export is"),
        ({"format": "trello"}, b"x", CSV, 400, "BAD_REQUEST", "format 'trello' is not"),
        (
            {"format": "jira-csv", "dryrun": "true"},
            b"x",
            CSV,
            400,
            "BAD_REQUEST",
            "unknown query parameter 'dryrun'",
        ),
        ({"format": "jira-csv", "dryRun": "yes"}, b"x", CSV, 400, "BAD_REQUEST", "dryRun is"),
        (
            {"format": "jira-csv"},
            b"x",
            {"Content-Type": "application/xml"},
            415,
            "UNSUPPORTED_MEDIA_TYPE",
            "Content-Type 'application/xml'",
        ),
        (
            {"format": "jira-csv"},
            b"",
            {"Content-Type": "multipart/form-data"},
            400,
            "BAD_REQUEST",
            "the multipart body cannot be read: Missing boundary",
        ),
        (
            {"format": "jira-csv"},
            b"--xx\r\nbroken",
            {"Content-Type": "multipart/form-data; boundary=xx"},
            400,
            "BAD_REQUEST",
            "send a part 'export'",
        ),
        (
            {"format": "jira-json"},
            b'{"issues": 3}',
            {"Content-Type": "application/json"},
            400,
            "VALIDATION",
            "export is not a Jira export",
        ),
    ],
)
async def test_refusals(
    client: httpx.AsyncClient,
    params: dict[str, str],
    content: bytes,
    headers: dict[str, str],
    status: int,
    code: str,
    message: str,
) -> None:
    answer = await client.post(URL, params=params, content=content, headers=headers)
    assert answer.status_code == status, answer.text
    error = answer.json()["errors"][0]
    assert error["extensions"]["code"] == code
    assert error["message"].startswith(message)


async def test_a_bad_mapping_lists_its_entries(client: httpx.AsyncClient) -> None:
    files = {
        "export": ("export.csv", jira_csv(story("A-1")), "text/csv"),
        "mapping": ("mapping.yaml", b"priorities: {P0: 0}\nbogus: 1\n", "text/yaml"),
    }
    answer = await client.post(URL, params={"format": "jira-csv"}, files=files)
    assert answer.status_code == 400
    errors = answer.json()["errors"][0]["extensions"]["errors"]
    assert [e["path"] for e in errors] == ["bogus", "priorities.P0"]


@pytest.mark.parametrize(("role", "status"), [("viewer", 403), (None, 401)])
async def test_only_editors_may_import(store: GraphStore, role: str | None, status: int) -> None:
    headers = headers_for(role) if role else {}
    async with app_client(store, app_settings(), headers=headers) as http:
        answer = await http.post(
            URL, params={"format": "jira-csv"}, content=jira_csv(story("A-1")), headers=CSV
        )
        assert await items(store) == {}
    assert answer.status_code == status
    assert answer.json()["errors"][0]["extensions"]["code"] in ("FORBIDDEN", "UNAUTHENTICATED")


async def test_an_editor_may_send_an_export_larger_than_a_request(store: GraphStore) -> None:
    settings = app_settings().model_copy(update={"max_request_bytes": 5_000})
    rows = [story(f"BIG-{n}", f"Story number {n} of a long export") for n in range(200)]
    export = jira_csv(*rows)
    assert len(export) > 5_000
    async with app_client(store, settings, headers=headers_for("editor")) as http:
        answer = await http.post(URL, params={"format": "jira-csv"}, content=export, headers=CSV)
        assert answer.status_code == 200, answer.text
        assert answer.json()["counts"]["created"] == 200
        graphql = await http.post("/graphql", content=b" " * 6_000, headers=CSV)
        assert graphql.status_code == 413  # other requests keep their limit
