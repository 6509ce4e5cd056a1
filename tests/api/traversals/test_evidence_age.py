"""Evidence that ages, over HTTP on every store: coverage's ``staleSteps``,
``thinChannels`` and ``evidenceWindow``, serviceBlueprint's per-step freshness and the
diagram's stale marks, on the dated journey of
:mod:`tests.contract.traversals.dated_evidence`; the arguments' defaults (settings, today)
and hostile values.
"""

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from pydantic import ValidationError

from graph_api.config import Settings
from graph_api.store.base import GraphStore
from tests.api.helpers import validation_paths
from tests.conftest import app_client, app_settings
from tests.contract.traversals.dated_evidence import MODEL
from tests.graphql_client import error_codes, gql, gql_data

COVERAGE = """
query($journeyId: ID, $maxAgeDays: Int, $asOf: Date, $minChannelEvidence: Int) {
  coverage(journeyId: $journeyId, maxAgeDays: $maxAgeDays, asOf: $asOf,
           minChannelEvidence: $minChannelEvidence) {
    evidenceWindow { asOf maxAgeDays since }
    minChannelEvidence
    stepsWithoutEvidence { key }
    staleSteps {
      step { key }
      latestEvidenceDate
      freshness { evidenceCount freshCount olderCount laterCount undatedCount stale }
    }
    thinChannels {
      channel { key }
      touchpointCount
      freshEvidenceCount
      freshness { evidenceCount olderCount latestDate }
    }
  }
}
"""

BLUEPRINT = """
query($maxAgeDays: Int, $asOf: Date) {
  serviceBlueprint(journeyId: "trip", maxAgeDays: $maxAgeDays, asOf: $asOf) {
    evidenceWindow { asOf maxAgeDays since }
    stages { steps { step { key } latestEvidenceDate evidenceStale
                     evidenceFreshness { freshCount undatedCount } } }
  }
}
"""


@pytest.fixture
async def dated(client: httpx.AsyncClient, store: GraphStore) -> httpx.AsyncClient:
    await store.write(MODEL)
    return client


def freshness(count: int, fresh: int, older: int, later: int, undated: int) -> dict[str, Any]:
    return {
        "evidenceCount": count,
        "freshCount": fresh,
        "olderCount": older,
        "laterCount": later,
        "undatedCount": undated,
        "stale": fresh == 0 and count > 0,
    }


def stale_row(step: str, latest: str | None, *counts: int) -> dict[str, Any]:
    return {"step": {"key": step}, "latestEvidenceDate": latest, "freshness": freshness(*counts)}


async def coverage(client: httpx.AsyncClient, **arguments: Any) -> dict[str, Any]:
    found: dict[str, Any] = (await gql_data(client, COVERAGE, journeyId="trip", **arguments))[
        "coverage"
    ]
    return found


def stale_keys(found: dict[str, Any]) -> list[str]:
    return [row["step"]["key"] for row in found["staleSteps"]]


async def test_stale_steps_and_thin_channels_with_the_defaults(
    dated: httpx.AsyncClient,
) -> None:
    found = await coverage(dated, asOf="2026-06-30")
    assert found["evidenceWindow"] == {
        "asOf": "2026-06-30",
        "maxAgeDays": 365,
        "since": "2025-06-30",
    }
    assert found["minChannelEvidence"] == 3
    assert found["stepsWithoutEvidence"] == [{"key": "none"}]
    assert found["staleSteps"] == [
        stale_row("later", None, 1, 0, 0, 1, 0),
        stale_row("over-age", "2025-06-29", 1, 0, 1, 0, 0),
        stale_row("pain-only", "2024-01-15", 1, 0, 1, 0, 0),
        stale_row("tp-only", "2025-01-10", 1, 0, 1, 0, 0),
        stale_row("undated", None, 1, 0, 0, 0, 1),
    ]
    assert found["thinChannels"] == [
        {
            "channel": {"key": "app"},
            "touchpointCount": 1,
            "freshEvidenceCount": 0,
            "freshness": {"evidenceCount": 1, "olderCount": 1, "latestDate": "2025-01-10"},
        },
        {
            "channel": {"key": "shop"},
            "touchpointCount": 1,
            "freshEvidenceCount": 2,
            "freshness": {"evidenceCount": 3, "olderCount": 1, "latestDate": "2026-06-01"},
        },
    ]


async def test_arguments_override_the_defaults(dated: httpx.AsyncClient) -> None:
    shorter = await coverage(dated, asOf="2026-06-30", maxAgeDays=364, minChannelEvidence=2)
    assert shorter["evidenceWindow"]["since"] == "2025-07-01"
    assert stale_keys(shorter)[0] == "at-age"
    assert [c["channel"]["key"] for c in shorter["thinChannels"]] == ["app"]
    longer = await coverage(dated, asOf="2026-06-30", maxAgeDays=366, minChannelEvidence=0)
    assert "over-age" not in stale_keys(longer)
    assert longer["thinChannels"] == []


async def test_as_of_defaults_to_today_in_utc(dated: httpx.AsyncClient) -> None:
    before = datetime.now(UTC).date().isoformat()
    window = (await coverage(dated))["evidenceWindow"]
    after = datetime.now(UTC).date().isoformat()
    assert window["asOf"] in {before, after}
    assert window["maxAgeDays"] == 365


@pytest.mark.parametrize(
    ("arguments", "since", "stale"),
    [
        ({"maxAgeDays": 2**31 - 1, "asOf": "2026-06-30"}, "0001-01-01", ["later", "undated"]),
        ({"asOf": "0001-01-01"}, "0001-01-01", 7),
        ({"asOf": "9999-12-31"}, "9998-12-31", 7),
        ({"maxAgeDays": 0, "asOf": "2026-06-01"}, "2026-06-01", 6),
    ],
    ids=["huge-age", "first-day", "last-day", "age-0"],
)
async def test_extreme_but_valid_arguments(
    dated: httpx.AsyncClient, arguments: dict[str, Any], since: str, stale: list[str] | int
) -> None:
    found = await coverage(dated, **arguments)
    assert found["evidenceWindow"]["since"] == since
    keys = stale_keys(found)
    assert keys == stale if isinstance(stale, list) else len(keys) == stale
    assert "none" not in keys  # a step without evidence is never stale


async def test_bad_arguments_are_listed_in_one_validation_error(dated: httpx.AsyncClient) -> None:
    body = await gql(dated, COVERAGE, journeyId="not a key", maxAgeDays=-1, minChannelEvidence=-5)
    assert validation_paths(body) == ["journeyId", "maxAgeDays", "minChannelEvidence"]
    messages = [e["message"] for e in body["errors"][0]["extensions"]["errors"]]
    assert "must not be negative, got -1" in messages
    assert "must not be negative, got -5" in messages
    body = await gql(dated, BLUEPRINT, maxAgeDays=-2147483648)
    assert validation_paths(body) == ["maxAgeDays"]


@pytest.mark.parametrize(
    "variables",
    [
        {"maxAgeDays": 2**31},
        {"maxAgeDays": 1.5},
        {"maxAgeDays": "365"},
        {"asOf": "2026-02-30"},
        {"asOf": "30/06/2026"},
        {"asOf": "10000-01-01"},
        {"asOf": ""},
        {"asOf": 20260630},
    ],
    ids=["beyond-int", "fraction", "text-age", "no-such-day", "other-format", "year-10000",
         "empty", "number"],
)  # fmt: skip
async def test_malformed_values_are_refused_before_the_store(
    dated: httpx.AsyncClient, variables: dict[str, Any]
) -> None:
    body = await gql(dated, COVERAGE, journeyId="trip", **variables)
    assert body.get("data") is None
    assert error_codes(body)
    name = next(iter(variables))
    assert f"${name}" in body["errors"][0]["message"]


async def test_blueprint_steps_carry_their_freshness(dated: httpx.AsyncClient) -> None:
    found = (await gql_data(dated, BLUEPRINT, asOf="2026-06-30"))["serviceBlueprint"]
    assert found["evidenceWindow"] == {
        "asOf": "2026-06-30",
        "maxAgeDays": 365,
        "since": "2025-06-30",
    }
    steps = {
        s["step"]["key"]: (s["latestEvidenceDate"], s["evidenceStale"])
        for stage in found["stages"]
        for s in stage["steps"]
    }
    assert steps == {
        "at-age": ("2025-06-30", False),
        "over-age": ("2025-06-29", True),
        "undated": (None, True),
        "none": (None, False),
        "pain-only": ("2024-01-15", True),
        "tp-only": ("2025-01-10", True),
        "mixed": ("2026-06-01", False),
        "later": (None, True),
    }
    mixed = found["stages"][1]["steps"][2]
    assert mixed["evidenceFreshness"] == {"freshCount": 3, "undatedCount": 1}
    older = (await gql_data(dated, BLUEPRINT, asOf="2026-06-30", maxAgeDays=364))[
        "serviceBlueprint"
    ]
    assert older["stages"][0]["steps"][0]["evidenceStale"] is True


DIAGRAM = """
query($stale: Boolean!, $asOf: Date) {
  serviceBlueprintDiagram(journeyId: "trip", staleEvidence: $stale, asOf: $asOf)
}
"""


async def test_the_diagram_marks_stale_steps_only_when_asked(dated: httpx.AsyncClient) -> None:
    plain = (await gql_data(dated, DIAGRAM, stale=False, asOf="2026-06-30"))[
        "serviceBlueprintDiagram"
    ]
    assert "stale" not in plain
    marked = (await gql_data(dated, DIAGRAM, stale=True, asOf="2026-06-30"))[
        "serviceBlueprintDiagram"
    ]
    assert marked.startswith(plain.split("\n", 2)[0])
    assert "  classDef stale " in marked
    stale_nodes = [line.strip() for line in marked.splitlines() if line.endswith(":::stale")]
    assert len(stale_nodes) == 5  # later, over-age, pain-only, tp-only, undated
    assert (
        'stale_evidence_Step_over_age["Stale evidence: latest 2025-06-29"]:::stale' in stale_nodes
    )
    assert "  evidence_Step_over_age -.- stale_evidence_Step_over_age" in marked.splitlines()
    assert not any("Step_at_age" in node or "Step_none" in node for node in stale_nodes)
    # every line of the plain diagram is still there
    assert set(plain.splitlines()) <= set(marked.splitlines())


async def test_the_settings_give_the_defaults(store: GraphStore) -> None:
    await store.write(MODEL)
    settings = app_settings().model_copy(
        update={"evidence_max_age_days": 364, "min_channel_evidence": 1}
    )
    async with app_client(store, settings) as client:
        found = await coverage(client, asOf="2026-06-30")
    assert found["evidenceWindow"]["maxAgeDays"] == 364
    assert found["minChannelEvidence"] == 1
    assert stale_keys(found)[0] == "at-age"
    assert [c["channel"]["key"] for c in found["thinChannels"]] == ["app"]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("evidence_max_age_days", -1),
        ("evidence_max_age_days", 2**31),
        ("min_channel_evidence", -1),
        ("evidence_max_age_days", "a year"),
    ],
)
def test_bad_settings_are_refused_naming_the_setting(name: str, value: object) -> None:
    with pytest.raises(ValidationError, match=name):
        Settings(_env_file=None, **{name: value})  # type: ignore[arg-type]


def test_the_settings_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPH_API_EVIDENCE_MAX_AGE_DAYS", "90")
    monkeypatch.setenv("GRAPH_API_MIN_CHANNEL_EVIDENCE", "5")
    settings = Settings(_env_file=None)
    assert (settings.evidence_max_age_days, settings.min_channel_evidence) == (90, 5)
